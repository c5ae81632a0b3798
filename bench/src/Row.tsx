import type { TranscriptItem } from '@connect-transcript/core';
import { memo } from 'react';
import { growsLate, keyOf } from './data.js';
import { LateBox } from './LateBox.js';

// One formatter for all rows (a per-row Intl formatter is a classic cost), built at the first
// row's render like TranscriptView builds its own: on a cold page the first Intl formatter costs
// tens of ms (ICU data), and that cost belongs inside the mount clock for every contender.
let timeFormat: Intl.DateTimeFormat | undefined;
const time = (): Intl.DateTimeFormat => {
  timeFormat ??= new Intl.DateTimeFormat('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  return timeFormat;
};

function text(item: TranscriptItem): string {
  if (item.Type === 'ATTACHMENT') {
    // Words, not an emoji: on a machine without an emoji font the browser's fallback search for
    // one glyph costs ~10 ms per page, a cost of the machine that TranscriptView's rows (an icon
    // drawn in CSS) do not pay.
    return (item.Attachments ?? [])
      .map((a) => `Attachment: ${a.AttachmentName ?? 'file'}`)
      .join('\n');
  }
  if (item.Type === 'MESSAGE') return item.Content ?? '';
  const kind = (item.ContentType ?? '').split('.').pop() ?? 'event';
  return `${item.DisplayName ?? item.ParticipantRole ?? 'Someone'} · ${kind}`;
}

/**
 * The row the peers render: what an app builds around a bare virtualizer (sender, time, text,
 * the same late-growing box as the other contenders). Memoised, keyed by item id.
 */
export const Row = memo(function Row({ item }: { item: TranscriptItem }) {
  const at = item.AbsoluteTime ? time().format(Date.parse(item.AbsoluteTime)) : '';
  return (
    <div className="bench-row" data-bench-id={keyOf(item)} data-role={item.ParticipantRole}>
      <div className="bench-meta">
        <span>{item.DisplayName}</span> <time>{at}</time>
      </div>
      <div className="bench-bubble">{text(item)}</div>
      {growsLate(item) ? <LateBox /> : null}
    </div>
  );
});
