'use client';
import {
  type ExportTranscriptOptions,
  exportTranscript,
  type SearchTranscriptOptions,
  searchTranscript,
  type TranscriptItem,
  type TranscriptSearchHit,
  type TranscriptState,
} from '@connect-transcript/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * How far a {@link useTranscriptSearch} or {@link useTranscriptExport} run has read back.
 *
 * @example
 * ```tsx
 * const { progress } = useTranscriptExport(transcript);
 * progress && <progress aria-label="Reading the chat" value={progress.pages} max={progress.maxPages} />;
 * ```
 */
export interface OlderPagesProgress {
  /** Older pages loaded by this run so far. */
  readonly pages: number;
  /** The most it will load. */
  readonly maxPages: number;
  /** Items loaded now. */
  readonly items: number;
}

interface Run {
  readonly until: (items: readonly TranscriptItem[]) => boolean;
  readonly maxPages: number;
  pages: number;
  readonly done: (finished: boolean) => void;
}

/**
 * Loads older pages of `transcript` one at a time until `until(items)` holds, the start of the
 * chat, an error or `maxPages`; one run at a time, cancellable. Driven by effects: each page is
 * asked for once the previous one has rendered.
 */
function useOlderPages(transcript: TranscriptState) {
  const run = useRef<Run | null>(null);
  const [progress, setProgress] = useState<OlderPagesProgress | null>(null);
  // Bumped when a run starts, so the step below runs for it.
  const [started, setStarted] = useState(0);
  const { items, hasOlder, isFetchingOlder, olderError, fetchOlder } = transcript;
  const finish = useCallback((finished: boolean) => {
    const r = run.current;
    run.current = null;
    setProgress(null);
    r?.done(finished);
  }, []);
  const step = useCallback(() => {
    void started;
    const r = run.current;
    if (!r || isFetchingOlder) return;
    if (r.until(items)) return finish(true);
    if (!hasOlder) return finish(true);
    if (olderError || r.pages >= r.maxPages) return finish(false);
    r.pages++;
    setProgress({ pages: r.pages, maxPages: r.maxPages, items: items.length });
    fetchOlder().catch(() => undefined);
  }, [items, hasOlder, isFetchingOlder, olderError, fetchOlder, finish, started]);
  useEffect(step, [step]);
  useEffect(() => () => finish(false), [finish]);
  const start = useCallback(
    (until: Run['until'], maxPages: number): Promise<boolean> => {
      finish(false);
      return new Promise<boolean>((done) => {
        run.current = { until, maxPages, pages: 0, done };
        setProgress({ pages: 0, maxPages, items: 0 });
        setStarted((n) => n + 1);
      });
    },
    [finish],
  );
  const cancel = useCallback(() => finish(false), [finish]);
  return { start, cancel, progress };
}

/** Options of {@link useTranscriptSearch}. */
export interface UseTranscriptSearchOptions extends SearchTranscriptOptions {
  /** Older pages `searchOlder()` may load in one call. @default 20 */
  maxPages?: number | undefined;
}

/**
 * What {@link useTranscriptSearch} returns.
 *
 * @example
 * ```tsx
 * const { hits, searchOlder, progress }: UseTranscriptSearchResult = useTranscriptSearch(t, q);
 * ```
 */
export interface UseTranscriptSearchResult {
  /** Hits in what is loaded, oldest first (see `searchTranscript`). */
  readonly hits: readonly TranscriptSearchHit[];
  /**
   * Loads older pages until a hit older than all of `hits` is found, the start of the chat, or
   * `maxPages`. Resolves `true` when it found one or read the whole chat, `false` when it gave up
   * (cancelled, an error, the page limit). One run at a time: a new call cancels the last.
   */
  readonly searchOlder: () => Promise<boolean>;
  /** How far `searchOlder` has read, while it runs. */
  readonly progress: OlderPagesProgress | null;
  /** Stops `searchOlder` (it resolves `false`). */
  readonly cancel: () => void;
}

/**
 * Search a transcript as the reader types: `searchTranscript` over what is loaded, and
 * `searchOlder()` to page back for more (bounded, cancellable, with progress). Works on any
 * `TranscriptState` (`useTranscript`, `staticTranscript`, your own store).
 *
 * @example
 * ```tsx
 * const transcript = useTranscript({ client });
 * const { hits, searchOlder, progress } = useTranscriptSearch(transcript, query);
 * <button onClick={() => void searchOlder()} disabled={!transcript.hasOlder}>
 *   {progress ? `Searching… ${progress.pages} pages` : 'Search older messages'}
 * </button>;
 * ```
 */
export function useTranscriptSearch(
  transcript: TranscriptState,
  query: string,
  options: UseTranscriptSearchOptions = {},
): UseTranscriptSearchResult {
  const { locale, names, events, labels, maxPages = 20 } = options;
  const hits = useMemo(
    () => searchTranscript(transcript.items, query, { locale, names, events, labels }),
    [transcript.items, query, locale, names, events, labels],
  );
  const older = useOlderPages(transcript);
  const latest = useRef({ query, search: { locale, names, events, labels } });
  latest.current = { query, search: { locale, names, events, labels } };
  const { start } = older;
  const searchOlder = useCallback(() => {
    const { query: q, search } = latest.current;
    // A hit older than every hit now: an item before the oldest loaded one.
    const oldest = transcript.items[0];
    return start((items) => {
      const at = oldest ? items.indexOf(oldest) : items.length;
      return at > 0 && searchTranscript(items.slice(0, at), q, search).length > 0;
    }, maxPages);
  }, [start, transcript.items, maxPages]);
  return { hits, searchOlder, progress: older.progress, cancel: older.cancel };
}

/** Options of {@link useTranscriptExport}'s `exportAll`. */
export interface ExportAllOptions extends ExportTranscriptOptions {
  /** Older pages to load at most before exporting. @default 200 */
  maxPages?: number | undefined;
}

/**
 * What {@link useTranscriptExport} returns.
 *
 * @example
 * ```tsx
 * const { exportAll, progress, cancel }: UseTranscriptExportResult = useTranscriptExport(t);
 * ```
 */
export interface UseTranscriptExportResult {
  /** What is loaded, exported at once (no request: works after the chat ended). */
  readonly exportLoaded: (options?: ExportTranscriptOptions) => string;
  /**
   * Loads older pages to the start of the chat (at most `maxPages`), then exports everything.
   * Resolves `{ text, complete }`: `complete` is `false` when it stopped early (cancelled, an
   * error such as the chat having ended, the page limit) — `text` then holds what was loaded.
   */
  readonly exportAll: (options?: ExportAllOptions) => Promise<{ text: string; complete: boolean }>;
  /** How far `exportAll` has read, while it runs. */
  readonly progress: OlderPagesProgress | null;
  /** Stops `exportAll` early (it exports what is loaded). */
  readonly cancel: () => void;
}

/**
 * "Send me this chat": exports what is loaded, or the whole chat (loading older pages first,
 * with progress, cancellable), with `exportTranscript` (text, Markdown or script-free HTML).
 *
 * @example
 * ```tsx
 * const { exportAll, progress, cancel } = useTranscriptExport(transcript);
 * async function download() {
 *   const { text } = await exportAll({ format: 'html' });
 *   saveAs(new Blob([text], { type: 'text/html' }), 'chat.html');
 * }
 * ```
 */
export function useTranscriptExport(transcript: TranscriptState): UseTranscriptExportResult {
  const older = useOlderPages(transcript);
  const itemsRef = useRef(transcript.items);
  itemsRef.current = transcript.items;
  const { start } = older;
  const exportLoaded = useCallback(
    (options?: ExportTranscriptOptions) => exportTranscript(itemsRef.current, options),
    [],
  );
  const exportAll = useCallback(
    async (options: ExportAllOptions = {}) => {
      const { maxPages = 200, ...rest } = options;
      const complete = await start(() => false, maxPages);
      // The items as they are after the last page rendered.
      return { text: exportTranscript(itemsRef.current, rest), complete };
    },
    [start],
  );
  return { exportLoaded, exportAll, progress: older.progress, cancel: older.cancel };
}
