import type { TranscriptRenderContext } from '../context.js';
import { messageText } from './content.js';
import { eventText } from './Event.js';
import { senderName } from './names.js';
import type { RowModel } from './rows.js';

/**
 * The accessible name of a row: sender, time and a text summary (about 200 characters), or
 * the attachment names, or the event sentence. Used as the row's `aria-label`.
 *
 * @example
 * ```ts
 * rowLabel(row, createRenderContext({ locale: 'en-GB' })); // 'Ana, 14:02: Your order shipped'
 * ```
 */
export function rowLabel(row: RowModel, ctx: TranscriptRenderContext): string {
  const { item, cls } = row;
  const m = ctx.messages;
  const time = ctx.formatTime(item.AbsoluteTime);
  const sender = row.mine ? m.you : senderName(item, m);
  switch (cls.kind) {
    case 'message':
      return m.rowLabel(sender, time, messageText(row, ctx));
    case 'attachment': {
      const names = (item.Attachments ?? []).map((a) => a.AttachmentName?.trim() || m.attachment);
      return m.rowLabel(sender, time, m.attachments(names.length ? names : [m.attachment]));
    }
    case 'event':
      return time ? `${eventText(item, row, m)}, ${time}` : eventText(item, row, m);
    default:
      return m.unsupportedItem;
  }
}
