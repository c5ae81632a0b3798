import type { ReceiptState, TypingParticipant } from './controls.js';
import type { TranscriptError } from './errors.js';
import type { TranscriptItem } from './schemas.js';

/**
 * What a transcript view needs to know and do: the contract between a data layer
 * (`useTranscript`, a static array, your own store) and `<TranscriptView>`.
 *
 * `useTranscript` returns a superset of it; `staticTranscript(items)` builds one from an array.
 *
 * @example
 * ```ts
 * const archive: TranscriptState = staticTranscript(savedItems);
 * ```
 */
export interface TranscriptState {
  /** Row items (no typing/receipt control items), chronological, deduplicated by `Id`. */
  readonly items: readonly TranscriptItem[];
  /** `pending` until the first page arrives; `error` when it failed and nothing is loaded. */
  readonly status: 'pending' | 'error' | 'success';
  /** Why the first page failed (status `error`), or the latest failure of a refetch. */
  readonly error: TranscriptError | null;
  /** Whether older items exist beyond `items[0]` (false once the start of the chat is loaded). */
  readonly hasOlder: boolean;
  /** Loads the next older page. While one is loading, returns that same promise. */
  readonly fetchOlder: () => Promise<unknown>;
  /** Whether an older page is loading. */
  readonly isFetchingOlder: boolean;
  /** Why the last older page failed; cleared when a retry starts. Loaded items are kept. */
  readonly olderError: TranscriptError | null;
  /** Whether newer items exist after the last item (only after a jump into the middle). */
  readonly hasNewer: boolean;
  /** Loads the next newer page (after a jump). While one is loading, returns that same promise. */
  readonly fetchNewer: () => Promise<unknown>;
  /** Whether a newer page is loading. */
  readonly isFetchingNewer: boolean;
  /** Why the last newer page failed. */
  readonly newerError: TranscriptError | null;
  /**
   * Refetches the newest page and merges it in, without reordering or dropping items. With
   * `useTranscript`, older pages are history and are reused from the cache (one request).
   */
  readonly refetch: () => Promise<unknown>;
  /** Who is typing now (from TYPING control items). */
  readonly typing: readonly TypingParticipant[];
  /** Delivered/read state per message id (from receipts). */
  readonly receipts: ReadonlyMap<string, ReceiptState>;
  /**
   * A signed URL of an attachment, valid now: signed on demand (GetAttachment), re-signed once
   * expired; rejects with a `TranscriptError`. `useTranscript` fills it in from its client; a
   * transcript without it (an archive, `staticTranscript`) shows attachments by name only.
   */
  readonly openAttachment?: ((attachmentId: string) => Promise<string>) | undefined;
  /**
   * An attachment's size in bytes, when known: `useTranscript` knows it once the file's URL was
   * signed (GetAttachment returns it); the transcript's items do not carry it.
   */
  readonly attachmentSize?: ((attachmentId: string) => number | undefined) | undefined;
}
