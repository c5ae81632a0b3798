import {
  confirmItem,
  mergeItems,
  rowItems,
  stitchStreams,
  type TranscriptItem,
} from '@connect-transcript/core';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { frames, gapToBottom, type MountedView, mountView } from '../test/mountView.js';
import { createTestTranscript, makeMessage, messages } from '../test/transcriptStore.js';

let view: MountedView | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const pause = (ms = 300) => new Promise<void>((r) => setTimeout(r, ms)).then(() => frames(2));
const rowByKey = (v: MountedView, key: string) =>
  v.host.querySelector<HTMLElement>(`.ct-Row[data-key="${key}"]`);

/** The key and viewport offset of the row at the log's vertical middle. */
function eyeRow(log: HTMLElement): { key: string; top: number } {
  const box = log.getBoundingClientRect();
  const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const row = el?.closest<HTMLElement>('.ct-Row');
  if (!row?.dataset.key) throw new Error('no row under the eye');
  return { key: row.dataset.key, top: row.getBoundingClientRect().top };
}

/** Lex streaming: chunk `n` of the reply `id`, as the chat websocket delivers it. */
const chunk = (id: string, n: number, text: string, last = false): TranscriptItem => ({
  ...makeMessage(1000, {
    Id: id,
    ParticipantRole: 'SYSTEM',
    DisplayName: 'BOT',
    ParticipantId: 'lex',
  }),
  Content: text,
  MessageMetadata: { MessageId: id, ChunkNumber: n, ...(last ? { MessageCompleted: true } : {}) },
});
const PARTS = [
  'Let me check that order for you. ',
  'It left our warehouse on Monday and is with the carrier now; ',
  'the tracking page says it will arrive on Friday between 9 and 12, ',
  'and you will get a text message an hour before the driver arrives. ',
  'If nobody is home, it goes to the parcel shop on Main Street.',
];

/**
 * A data layer that does what useTranscript does with live items: merge, stitch streamed
 * replies, drop controls. `at` is where the streamed reply sits among the page's items.
 */
function streamingStore(count: number, at: number) {
  const base = messages(0, count);
  const live: TranscriptItem[] = [];
  const store = createTestTranscript({ items: base, hasOlder: false });
  const itemsWith = (chunks: TranscriptItem[]) => {
    // The reply's time places it right after message `at`.
    const time = base[at]!.AbsoluteTime!;
    const timed = chunks.map((c) => ({ ...c, AbsoluteTime: time }));
    return rowItems(stitchStreams(mergeItems(base, timed)));
  };
  return {
    store,
    deliver(...chunks: TranscriptItem[]) {
      live.push(...chunks);
      store.set({ items: itemsWith(live) });
    },
    replace(item: TranscriptItem) {
      store.set({ items: rowItems(stitchStreams(mergeItems(base, live, [item]))) });
    },
  };
}

describe('in-place updates by Id', () => {
  it('keeps a pinned view pinned while a streamed reply grows at the bottom', async () => {
    const s = streamingStore(40, 39);
    view = await mountView(s.store);
    s.deliver(chunk('lex-1', 1, PARTS[0]!));
    await pause();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    const reply = () => rowByKey(view!, 'lex-1');
    expect(reply()?.querySelector('.ct-Message')?.getAttribute('aria-busy')).toBe('true');
    const gaps: number[] = [];
    for (let n = 2; n <= PARTS.length; n++) {
      s.deliver(chunk('lex-1', n, PARTS[n - 1]!, n === PARTS.length));
      for (let f = 0; f < 3; f++) {
        await frames(1);
        gaps.push(gapToBottom(view.log));
      }
    }
    await pause();
    gaps.push(gapToBottom(view.log));
    console.log(`streamed reply at the bottom: gaps ${gaps.join(', ')} px`);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(1);
    expect(reply()?.textContent).toContain(PARTS.join('').trim());
    expect(reply()?.querySelector('.ct-Message')?.hasAttribute('aria-busy')).toBe(false);
    // One row for the reply, whatever the number of chunks.
    expect(view.host.querySelectorAll('.ct-Row[data-key="lex-1"]')).toHaveLength(1);
  });

  it('does not move the row under the eye while a reply above it streams in', async () => {
    const s = streamingStore(120, 95);
    view = await mountView(s.store);
    s.deliver(chunk('lex-1', 1, PARTS[0]!));
    await pause();
    // Read a little below the reply: it is on screen, above the eye.
    expect(view.handle.current?.scrollToItem('lex-1')).toBe(true);
    await pause();
    const reply = rowByKey(view, 'lex-1');
    if (!reply) throw new Error('reply not rendered');
    const replyHeight = reply.getBoundingClientRect().height;
    view.log.scrollTop += replyHeight / 2 + 80;
    await pause();
    const before = eyeRow(view.log);
    expect(before.key).not.toBe('lex-1');
    const drifts: number[] = [];
    for (let n = 2; n <= PARTS.length; n++) {
      s.deliver(chunk('lex-1', n, PARTS[n - 1]!, n === PARTS.length));
      await frames(2);
      drifts.push(Math.abs(rowByKey(view, before.key)!.getBoundingClientRect().top - before.top));
    }
    await pause();
    drifts.push(Math.abs(rowByKey(view, before.key)!.getBoundingClientRect().top - before.top));
    console.log(
      `streamed reply above the eye: drifts ${drifts.map((d) => d.toFixed(1)).join(', ')} px`,
    );
    for (const d of drifts) expect(d).toBeLessThanOrEqual(1);
    // The reply did grow above the reader (by four chunks of text).
    expect(rowByKey(view, 'lex-1')!.getBoundingClientRect().height).toBeGreaterThan(
      replyHeight + 30,
    );
  });

  it('keeps the eye row when a processed message above it gets its final content', async () => {
    const s = streamingStore(120, 95);
    const pending: TranscriptItem = {
      ...makeMessage(96),
      Id: 'pii',
      Content: 'my card is 4111 1111 1111 1111 and it expires next year, please check',
      MessageMetadata: { MessageId: 'pii', MessageProcessingStatus: 'PROCESSING' },
    };
    s.replace(pending);
    view = await mountView(s.store);
    await pause();
    expect(view.handle.current?.scrollToItem('pii')).toBe(true);
    await pause();
    const row = rowByKey(view, 'pii');
    if (!row) throw new Error('message not rendered');
    expect(row.querySelector('.ct-Message-status')?.textContent).toBe('Sending…');
    view.log.scrollTop += row.getBoundingClientRect().height / 2 + 80;
    await pause();
    const before = eyeRow(view.log);
    // Redacted: shorter content, the status gone.
    s.replace({
      ...pending,
      Content: 'my card is [redacted]',
      MessageMetadata: { MessageId: 'pii' },
    });
    await frames(3);
    const after = rowByKey(view, before.key)!.getBoundingClientRect().top;
    expect(Math.abs(after - before.top)).toBeLessThanOrEqual(1);
    expect(rowByKey(view, 'pii')?.textContent).toContain('[redacted]');
    expect(rowByKey(view, 'pii')?.querySelector('.ct-Message-status')).toBeNull();
  });

  it('keeps the eye row and the pinned bottom when an attachment’s scan finishes', async () => {
    const file = (Status: string): TranscriptItem => ({
      ...makeMessage(119),
      Id: 'file',
      Type: 'ATTACHMENT',
      ContentType: undefined,
      Content: undefined,
      Attachments: [
        {
          AttachmentId: 'a1',
          AttachmentName: 'receipt.pdf',
          ContentType: 'application/pdf',
          Status,
        },
      ],
    });
    const s = streamingStore(119, 0);
    s.replace(file('IN_PROGRESS'));
    view = await mountView(s.store);
    await pause();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    s.replace(file('APPROVED'));
    await frames(3);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    expect(rowByKey(view, 'file')?.querySelector('[data-status="approved"]')).not.toBeNull();
  });

  it('keeps the same row when a sent message is confirmed under its real Id', async () => {
    const temp: TranscriptItem = {
      ...makeMessage(120, { ParticipantRole: 'CUSTOMER', ParticipantId: 'customer-1' }),
      Id: 'local-1',
      Content: 'Sent before the service answered',
    };
    let items = [...messages(0, 120), temp];
    const store = createTestTranscript({ items, hasOlder: false });
    view = await mountView(store);
    await pause();
    const row = rowByKey(view, 'local-1');
    expect(row).not.toBeNull();
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    // SendMessage answered: the real Id and the service's time.
    items = confirmItem(items, 'local-1', { Id: 'real-1', AbsoluteTime: temp.AbsoluteTime });
    store.set({ items });
    await frames(3);
    // The same element (its measurements, focus and place kept), the view still pinned.
    expect(rowByKey(view, 'local-1')).toBe(row);
    expect(gapToBottom(view.log)).toBeLessThanOrEqual(1);
    // The echo merged in: one row.
    items = mergeItems(items, [{ ...temp, Id: 'real-1' }]);
    store.set({ items });
    await frames(3);
    expect(rowByKey(view, 'local-1')).toBe(row);
    expect(rowByKey(view, 'real-1')).toBeNull();
    // Scrolled up while another sent message is confirmed at the bottom: nothing moves.
    items = [...items, { ...temp, Id: 'local-2', AbsoluteTime: undefined }];
    store.set({ items });
    await pause();
    view.log.scrollTop -= 2000;
    await pause();
    const eye = eyeRow(view.log);
    items = confirmItem(items, 'local-2', { Id: 'real-2', AbsoluteTime: temp.AbsoluteTime });
    store.set({ items });
    await frames(3);
    const top = rowByKey(view, eye.key)!.getBoundingClientRect().top;
    expect(Math.abs(top - eye.top)).toBeLessThanOrEqual(1);
    // Found by its real Id too.
    expect(view.handle.current?.scrollToItem('real-1')).toBe(true);
    await pause();
    expect(rowByKey(view, 'local-1')).not.toBeNull();
  });
});
