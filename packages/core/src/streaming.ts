import type { TranscriptItem } from './schemas.js';

/**
 * The chunk number of one part of a streamed reply (Lex streaming: the same `Id` arrives again
 * with `MessageMetadata.ChunkNumber` 1…n), or `undefined` for an item that is not a chunk.
 *
 * @example
 * ```ts
 * chunkNumber({ Id: 'm1', MessageMetadata: { ChunkNumber: 2 } }); // 2
 * ```
 */
export function chunkNumber(item: TranscriptItem): number | undefined {
  const n = item.MessageMetadata?.ChunkNumber;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * Whether a message is a streamed reply that is still arriving: stitched from chunks, and the
 * last chunk (`MessageCompleted: true`) or some chunk before it has not come yet.
 *
 * @example
 * ```tsx
 * <div aria-busy={isStreaming(item) || undefined}>{item.Content}</div>
 * ```
 */
export function isStreaming(item: TranscriptItem): boolean {
  return chunkNumber(item) !== undefined && item.MessageMetadata?.MessageCompleted !== true;
}

interface Stream {
  /** Where the message shows: the first chunk's place. */
  readonly at: number;
  readonly chunks: Map<number, TranscriptItem>;
}

// The stitched message of the same chunk objects is the same object, so its row is not
// rendered again until a chunk is added.
const stitched = new WeakMap<TranscriptItem, { parts: TranscriptItem[]; item: TranscriptItem }>();

function stitch(chunks: Map<number, TranscriptItem>): TranscriptItem {
  // Chunks in order, as far as they are contiguous: one that came early waits for the gap.
  const parts: TranscriptItem[] = [];
  for (let n = 1; chunks.has(n); n++) parts.push(chunks.get(n)!);
  if (parts.length === 0) {
    // Nothing from chunk 1 yet: show the lowest chunk alone, still streaming.
    const lowest = Math.min(...chunks.keys());
    const only = chunks.get(lowest)!;
    return {
      ...only,
      MessageMetadata: { ...only.MessageMetadata, MessageCompleted: false },
    };
  }
  const first = parts[0]!;
  const cached = stitched.get(first);
  if (
    cached &&
    cached.parts.length === parts.length &&
    cached.parts.every((p, i) => p === parts[i])
  )
    return cached.item;
  const last = parts[parts.length - 1]!;
  const complete = last.MessageMetadata?.MessageCompleted === true;
  let content = '';
  for (const part of parts) content += part.Content ?? '';
  const item: TranscriptItem = {
    ...first,
    Content: content,
    MessageMetadata: {
      ...first.MessageMetadata,
      ChunkNumber: parts.length,
      MessageCompleted: complete,
    },
  };
  stitched.set(first, { parts, item });
  return item;
}

/**
 * Joins the chunks of streamed replies into one message each, at the first chunk's place and
 * with its time: the text of chunks 1…k in chunk order (a chunk that arrives before the one
 * before it waits), `MessageMetadata.ChunkNumber` k, and `MessageCompleted` once the last chunk
 * is in. A copy of the message without a chunk number (a later GetTranscript page holds the
 * whole text) replaces the chunks. Other items pass through untouched, in order.
 *
 * {@link mergeItems} keeps chunks of one `Id` apart so that merging stays lossless; stitch the
 * merged list before rendering (`allItems` and `staticTranscript` do).
 *
 * @example
 * ```ts
 * const items = stitchStreams(mergeItems(pageItems, liveItems));
 * ```
 */
export function stitchStreams(items: readonly TranscriptItem[]): TranscriptItem[] {
  let streams: Map<string, Stream> | undefined;
  const whole = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const id = item.Id;
    if (id === undefined) continue;
    const n = chunkNumber(item);
    if (n === undefined) {
      whole.add(id);
      continue;
    }
    streams ??= new Map();
    let stream = streams.get(id);
    if (!stream) {
      stream = { at: i, chunks: new Map() };
      streams.set(id, stream);
    }
    stream.chunks.set(n, item);
  }
  if (!streams) return items as TranscriptItem[];
  const out: TranscriptItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const id = item.Id;
    const stream = id === undefined ? undefined : streams.get(id);
    if (!stream || chunkNumber(item) === undefined) {
      out.push(item);
      continue;
    }
    // A chunk: shown once, at the first chunk's place, unless a whole copy exists.
    if (stream.at === i && !whole.has(id!)) out.push(stitch(stream.chunks));
  }
  return out;
}
