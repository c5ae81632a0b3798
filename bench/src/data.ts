import { isRowItem, type TranscriptItem } from '@connect-transcript/core';
import { generateTranscript } from '@connect-transcript/mock';
import { HOSTILE_INPUTS } from '../../packages/ui/src/test/hostileInputs.js';

/** The seed every contender's transcript is generated from. */
export const BENCH_SEED = 8;

/** What a page shows first, what it can load above, and what arrives live below. */
export interface BenchData {
  /** Older items, chronological; pages are taken from its end. */
  readonly older: TranscriptItem[];
  /** Items on screen at mount (the newest `n` of the history). */
  readonly initial: TranscriptItem[];
  /** Items that arrive live after mount, in order. */
  readonly future: TranscriptItem[];
}

/**
 * The same transcript for every contender: the simulator's seeded generator (row items only,
 * chronological, previous contacts first), split into older / initial / future parts.
 */
export function benchData(n: number, older: number, future = 200, hostile = 0): BenchData {
  const want = n + older + future;
  // The generator's size counts every item; ask for a margin so enough rows remain.
  let size = Math.ceil(want * 1.1) + 20;
  let rows: TranscriptItem[] = [];
  for (let attempt = 0; attempt < 4 && rows.length < want; attempt++) {
    const chat = generateTranscript({ seed: BENCH_SEED, size, controls: false });
    const all = [...(chat.previousContacts ?? []).flatMap((c) => c.items), ...chat.items];
    rows = all.filter(isRowItem);
    size = Math.ceil(size * 1.3);
  }
  // As the items would arrive from the service: parsed from JSON. The generator builds ids and
  // texts by concatenation, and V8 keeps such strings as rope trees until something flattens
  // them — a contender that reads every key (a virtualizer measuring every item) would flatten
  // them and show a smaller heap than one that reads only what it renders. Parsed strings are
  // flat for everyone.
  rows = JSON.parse(JSON.stringify(rows.slice(rows.length - want))) as TranscriptItem[];
  const initial = rows.slice(older, older + n);
  if (hostile > 0) {
    // What a customer can send: the content corpus's hostile inputs, as markdown and as text.
    let k = 0;
    for (let i = initial.length - 1; i >= 0; i -= hostile) {
      const { Attachments: _, ...item } = initial[i]!;
      const input = HOSTILE_INPUTS[k % HOSTILE_INPUTS.length]!;
      initial[i] = {
        ...item,
        Type: 'MESSAGE',
        ContentType: k % 2 === 0 ? 'text/markdown' : 'text/plain',
        Content: input.content,
      };
      k++;
    }
  }
  return { older: rows.slice(0, older), initial, future: rows.slice(older + n) };
}

/** Stable key of an item (every generated item has an `Id`). */
export const keyOf = (item: TranscriptItem): string => item.Id ?? `${item.AbsoluteTime}`;

/**
 * Whether the row of an item carries the late-growing box (an image without dimensions, a link
 * preview): attachments and every fifth message, decided from the id so all contenders agree.
 */
export function growsLate(item: TranscriptItem): boolean {
  if (item.Type === 'ATTACHMENT') return true;
  const id = keyOf(item);
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return (h >>> 0) % 5 === 0;
}
