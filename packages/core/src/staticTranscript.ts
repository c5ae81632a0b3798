import { receiptsFromItems, typingFromItems } from './controls.js';
import { mergeItems } from './merge.js';
import { rowItems } from './pages.js';
import type { TranscriptItem } from './schemas.js';
import { stitchStreams } from './streaming.js';
import type { TranscriptState } from './transcriptState.js';

/**
 * Options of {@link staticTranscript}.
 *
 * @example
 * ```ts
 * staticTranscript(items, { now: Date.parse(exportedAt) });
 * ```
 */
export interface StaticTranscriptOptions {
  /** "Now" for the typing indicator (typing events older than 12 s are over). @default Date.now() */
  now?: number | undefined;
}

const done = (): Promise<void> => Promise.resolve();

/**
 * A `TranscriptState` from an array of items, without any data layer: for archives, exports,
 * tests and stories. Items are merged (sorted, deduplicated by `Id`), control items (typing,
 * receipts) become `typing`/`receipts` instead of rows, and there is nothing older to load.
 *
 * @example
 * ```tsx
 * <TranscriptView transcript={staticTranscript(savedItems)} selfRole="CUSTOMER" />
 * ```
 */
export function staticTranscript(
  items: readonly TranscriptItem[],
  options: StaticTranscriptOptions = {},
): TranscriptState {
  const all = stitchStreams(mergeItems(items));
  return {
    items: rowItems(all),
    status: 'success',
    error: null,
    hasOlder: false,
    fetchOlder: done,
    isFetchingOlder: false,
    olderError: null,
    hasNewer: false,
    fetchNewer: done,
    isFetchingNewer: false,
    newerError: null,
    refetch: done,
    typing: typingFromItems(all, options.now ?? Date.now()),
    receipts: receiptsFromItems(all),
  };
}
