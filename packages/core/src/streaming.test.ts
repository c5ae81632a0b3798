import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeItems } from './merge.js';
import { allItems, initialPageParam, toPage } from './pages.js';
import { ItemSchema, type TranscriptItem } from './schemas.js';
import { staticTranscript } from './staticTranscript.js';
import { chunkNumber, isStreaming, stitchStreams } from './streaming.js';
import { fcParams } from './test/arbitraries.js';

const T0 = Date.parse('2026-03-03T10:00:00.000Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();

/** Chunk `n` of the streamed reply `id`, arriving `n` seconds after the first. */
function chunk(id: string, n: number, text: string, last = false): TranscriptItem {
  return {
    Id: id,
    Type: 'MESSAGE',
    ContentType: 'text/plain',
    ParticipantRole: 'SYSTEM',
    DisplayName: 'BOT',
    Content: text,
    AbsoluteTime: at(10 + n),
    MessageMetadata: { MessageId: id, ChunkNumber: n, ...(last ? { MessageCompleted: true } : {}) },
  };
}
const before: TranscriptItem = {
  Id: 'q',
  Type: 'MESSAGE',
  Content: 'Where is my order?',
  AbsoluteTime: at(5),
};
const after: TranscriptItem = {
  Id: 'later',
  Type: 'MESSAGE',
  Content: 'Thanks',
  AbsoluteTime: at(12),
};

describe('stitchStreams', () => {
  it('joins the chunks of a reply in chunk order, at the first chunk’s place and time', () => {
    const merged = mergeItems(
      [before],
      [chunk('r', 1, 'Your order ')],
      [after],
      [chunk('r', 2, 'ships ')],
      [chunk('r', 3, 'today.', true)],
    );
    expect(merged).toHaveLength(5);
    const items = stitchStreams(merged);
    expect(items.map((i) => i.Id)).toEqual(['q', 'r', 'later']);
    expect(items[1]).toMatchObject({
      Content: 'Your order ships today.',
      AbsoluteTime: at(11),
      MessageMetadata: { ChunkNumber: 3, MessageCompleted: true },
    });
    expect(isStreaming(items[1]!)).toBe(false);
  });

  it('is streaming until the last chunk is in, and a chunk that came early waits for its gap', () => {
    const one = stitchStreams(mergeItems([chunk('r', 1, 'A ')], [chunk('r', 3, 'C', true)]));
    expect(one).toHaveLength(1);
    expect(one[0]!.Content).toBe('A ');
    expect(isStreaming(one[0]!)).toBe(true);
    const all = stitchStreams(
      mergeItems([chunk('r', 1, 'A ')], [chunk('r', 3, 'C', true)], [chunk('r', 2, 'B ')]),
    );
    expect(all[0]!.Content).toBe('A B C');
    expect(isStreaming(all[0]!)).toBe(false);
  });

  it('shows a reply whose first chunk has not come yet as streaming, never as nothing', () => {
    const [only] = stitchStreams([chunk('r', 2, 'B ')]);
    expect(only!.Content).toBe('B ');
    expect(isStreaming(only!)).toBe(true);
  });

  it('lets a page’s whole copy of the message replace the partials, wherever it arrives', () => {
    const whole: TranscriptItem = {
      ...chunk('r', 1, 'Your order ships today.'),
      MessageMetadata: { MessageId: 'r' },
    };
    for (const lists of [
      [[whole], [chunk('r', 1, 'Your '), chunk('r', 2, 'order')]],
      [[chunk('r', 1, 'Your '), chunk('r', 2, 'order')], [whole]],
    ]) {
      const items = stitchStreams(mergeItems(...lists));
      expect(items).toEqual([whole]);
      expect(items[0]).toBe(whole);
      expect(isStreaming(items[0]!)).toBe(false);
    }
  });

  it('keeps the stitched object while no chunk is added, so its row is not rendered again', () => {
    const live = [chunk('r', 1, 'A '), chunk('r', 2, 'B ')];
    const a = stitchStreams(mergeItems([before], live))[1];
    const b = stitchStreams(mergeItems([before], live, [after]))[1];
    expect(b).toBe(a);
    const c = stitchStreams(mergeItems([before], live, [chunk('r', 3, 'C', true)]))[1];
    expect(c).not.toBe(a);
    expect(c!.Content).toBe('A B C');
  });

  it('returns the very list when nothing streams', () => {
    const list = [before, after];
    expect(stitchStreams(list)).toBe(list);
  });

  it('ends with the same text whatever order and repetition the chunks arrive in (property)', () => {
    const parts = ['Hel', 'lo, ', 'how ', 'can ', 'I ', 'help?'];
    const chunks = parts.map((text, i) => chunk('r', i + 1, text, i === parts.length - 1));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(chunks, { minLength: chunks.length }),
        fc.array(fc.constantFrom(...chunks), { maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (order, repeats, batch) => {
          // Delivered in batches into a live list, as a websocket would, then stitched.
          let live: TranscriptItem[] = [];
          const arrivals = [...order, ...repeats];
          for (let i = 0; i < arrivals.length; i += batch) {
            live = mergeItems(live, arrivals.slice(i, i + batch));
            const shown = stitchStreams(mergeItems([before], live));
            expect(shown.filter((x) => x.Id === 'r')).toHaveLength(1);
          }
          const [, reply] = stitchStreams(mergeItems([before], live));
          expect(reply!.Content).toBe(parts.join(''));
          expect(isStreaming(reply!)).toBe(false);
        },
      ),
      fcParams(),
    );
  });
});

describe('streamed replies through the transcript helpers', () => {
  it('allItems stitches live chunks between pages, and staticTranscript too', () => {
    const page = toPage(initialPageParam(), { Transcript: [before] });
    const items = allItems([page], [chunk('r', 1, 'On '), chunk('r', 2, 'its way', true)]);
    expect(items.map((i) => i.Content)).toEqual(['Where is my order?', 'On its way']);
    const t = staticTranscript([before, chunk('r', 2, 'its way', true), chunk('r', 1, 'On ')]);
    expect(t.items.map((i) => i.Content)).toEqual(['Where is my order?', 'On its way']);
  });

  it('keeps ChunkNumber and MessageCompleted through validation, and drops them when mistyped', () => {
    const ok = ItemSchema.parse(chunk('r', 2, 'x', true));
    expect(chunkNumber(ok)).toBe(2);
    expect(ok.MessageMetadata?.MessageCompleted).toBe(true);
    const odd = ItemSchema.parse({
      Id: 'r',
      MessageMetadata: { MessageId: 'r', ChunkNumber: 'two', MessageCompleted: 'yes' },
    });
    expect(odd.MessageMetadata).toEqual({ MessageId: 'r' });
    expect(chunkNumber({ MessageMetadata: { ChunkNumber: 0 } })).toBeUndefined();
    expect(chunkNumber({ MessageMetadata: { ChunkNumber: 1.5 } })).toBeUndefined();
  });
});
