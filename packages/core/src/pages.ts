import { isRowItem } from './classify.js';
import { withoutSuperseded } from './interactive.js';
import { mergeItems } from './merge.js';
import { nextPageToken, type TranscriptSource } from './paginate.js';
import { abortable } from './retry.js';
import type { GetTranscriptInput, GetTranscriptOutput, TranscriptItem } from './schemas.js';
import { stitchStreams } from './streaming.js';

/**
 * Where a jump starts: an item id or a time (ISO-8601 UTC with milliseconds).
 *
 * @example
 * ```ts
 * useTranscript({ client, startAt: { AbsoluteTime: '2026-11-08T02:41:28.172Z' } });
 * ```
 */
export type TranscriptStartAt = { readonly Id: string } | { readonly AbsoluteTime: string };

/**
 * Which page to load: the scan direction, where the scan starts, and the service's `NextToken`
 * to continue it. The same `ScanDirection`/`StartPosition` go with every token of a scan (the
 * service binds a token to its query).
 *
 * @example
 * ```ts
 * const first: TranscriptPageParam = { ScanDirection: 'BACKWARD' };
 * ```
 */
export interface TranscriptPageParam {
  readonly ScanDirection: 'BACKWARD' | 'FORWARD';
  readonly StartPosition?: { readonly Id?: string; readonly AbsoluteTime?: string };
  readonly NextToken?: string | undefined;
}

/**
 * One loaded page, as stored in the query cache: its items (control items included, in the
 * service's order) and the params of its older and newer neighbours (`null`: nothing there).
 *
 * @example
 * ```ts
 * const page: TranscriptPage = toPage(param, await client.getTranscript(pageRequest(param, undefined, 30)));
 * ```
 */
export interface TranscriptPage {
  readonly items: readonly TranscriptItem[];
  readonly older: TranscriptPageParam | null;
  readonly newer: TranscriptPageParam | null;
}

/**
 * The first page: the newest (scan BACKWARD from the end), or the page at `startAt` (FORWARD).
 *
 * @example
 * ```ts
 * const param = initialPageParam({ Id: 'msg-42' }); // FORWARD from msg-42
 * ```
 */
export function initialPageParam(startAt?: TranscriptStartAt): TranscriptPageParam {
  return startAt
    ? { ScanDirection: 'FORWARD', StartPosition: startAt }
    : { ScanDirection: 'BACKWARD' };
}

/**
 * The GetTranscript request of a page. Items come oldest first inside every page.
 *
 * @example
 * ```ts
 * const output = await client.getTranscript(pageRequest(initialPageParam(), undefined, 30));
 * ```
 */
export function pageRequest(
  param: TranscriptPageParam,
  contactId: string | undefined,
  pageSize: number,
): GetTranscriptInput {
  return {
    ContactId: contactId,
    MaxResults: pageSize,
    SortOrder: 'ASCENDING',
    ...param,
  };
}

const paramKey = (p: TranscriptPageParam): string =>
  JSON.stringify([
    p.ScanDirection,
    p.StartPosition?.Id,
    p.StartPosition?.AbsoluteTime,
    p.NextToken,
  ]);

/**
 * Whether two params ask for the same page.
 *
 * @example
 * ```ts
 * samePageParam(page.older!, { ...page.older!, NextToken: page.older!.NextToken }); // true
 * ```
 */
export function samePageParam(a: TranscriptPageParam, b: TranscriptPageParam): boolean {
  return paramKey(a) === paramKey(b);
}

const edgeId = (items: readonly TranscriptItem[], newest: boolean): string | undefined =>
  items.filter((i) => i.Id).at(newest ? -1 : 0)?.Id;

/**
 * A page from a GetTranscript answer, with the params of its neighbours:
 * - a BACKWARD page continues older with its `NextToken` (none, or `""`: the start of the chat);
 *   its newer neighbour is a FORWARD scan from its newest item — except for the newest page
 *   itself (no StartPosition, no token), which has nothing newer;
 * - a FORWARD page (after a jump) continues newer with its `NextToken` (none: the live end);
 *   its older neighbour is a BACKWARD scan from its oldest item.
 *
 * @example
 * ```ts
 * const page = toPage(param, await client.getTranscript(pageRequest(param, undefined, 30)));
 * if (page.older) loadLater(page.older);
 * ```
 */
export function toPage(param: TranscriptPageParam, output: GetTranscriptOutput): TranscriptPage {
  const items = output.Transcript ?? [];
  const token = nextPageToken(output);
  const next = token === undefined ? null : { ...param, NextToken: token };
  if (param.ScanDirection === 'BACKWARD') {
    const isNewest = !param.StartPosition && !param.NextToken;
    const id = edgeId(items, true);
    return {
      items,
      older: next,
      newer: isNewest || !id ? null : { ScanDirection: 'FORWARD', StartPosition: { Id: id } },
    };
  }
  const id = edgeId(items, false);
  const from = id ? { Id: id } : param.StartPosition;
  return {
    items,
    older: from ? { ScanDirection: 'BACKWARD', StartPosition: from } : null,
    newer: next,
  };
}

/**
 * A refetched page merged with what was cached at the same param: nothing loaded is dropped.
 * When the two overlap, the cached older link is kept, so the older pages that follow it in
 * the cache stay valid and need no request; otherwise (more new items than a page) the fresh
 * link is followed.
 *
 * @example
 * ```ts
 * const merged = refreshPage(cachedNewest, toPage(newestParam, freshOutput));
 * ```
 */
export function refreshPage(cached: TranscriptPage, fresh: TranscriptPage): TranscriptPage {
  const overlap = fresh.items.some((i) => i.Id && cached.items.some((c) => c.Id === i.Id));
  return {
    items: mergeItems(cached.items, fresh.items),
    older: overlap || !fresh.items.length ? cached.older : fresh.older,
    newer: fresh.newer,
  };
}

/**
 * Every item of the pages (newest page first, as TanStack stores them) and the live items, merged,
 * with streamed replies stitched.
 *
 * @example
 * ```ts
 * const items = allItems(query.data.pages, liveItems);
 * ```
 */
export function allItems(
  pages: readonly TranscriptPage[],
  live: readonly TranscriptItem[] = [],
): TranscriptItem[] {
  return stitchStreams(mergeItems(...pages.map((p) => p.items).reverse(), live));
}

/**
 * The rows of a transcript: everything but control items (typing, receipts, acks), and without
 * interactive messages a later one with the same `referenceId` replaces.
 *
 * @example
 * ```ts
 * const rows = rowItems(allItems(pages)); // no typing or receipts
 * ```
 */
export function rowItems(items: readonly TranscriptItem[]): TranscriptItem[] {
  return withoutSuperseded(items.filter(isRowItem));
}

/**
 * Options of {@link fetchSinceLoaded}.
 *
 * @example
 * ```ts
 * const options: FetchSinceLoadedOptions = { pageSize: 50, maxPages: 20, signal };
 * ```
 */
export interface FetchSinceLoadedOptions {
  /** Contact to read (a past contact of a persistent chat). @default the token's contact */
  contactId?: string | undefined;
  /** Items per request (1–100). @default 30 */
  pageSize?: number | undefined;
  /** Stop after this many requests even without reaching a loaded item. @default 20 */
  maxPages?: number | undefined;
  /** Aborts the pending request (it rejects with `ABORTED`). */
  signal?: AbortSignal | undefined;
}

/**
 * What {@link fetchSinceLoaded} found.
 *
 * @example
 * ```ts
 * const { items, reachedLoaded }: SinceLoaded = await fetchSinceLoaded(client, loaded);
 * ```
 */
export interface SinceLoaded {
  /** The newest items, down to (and including) the first one already loaded. Chronological. */
  readonly items: TranscriptItem[];
  /** Whether a loaded item was reached (or the start of the chat): nothing is missing between. */
  readonly reachedLoaded: boolean;
  /** Requests made. */
  readonly requests: number;
}

/**
 * Fills the gap after a silence (a dropped websocket, a phone asleep): fetches the newest page
 * afresh — never with an old cursor — and pages back until a page holds an item whose `Id` is
 * already loaded (or the chat's start, or `maxPages`). Merge `items` into what is loaded and
 * nothing that happened while away is missing.
 *
 * `isLoaded` should know the items loaded from pages, not live ones: a live item can itself
 * come after a gap (the socket was down before it), so reaching it proves nothing.
 *
 * @example
 * ```ts
 * const loaded = new Set(pagedItems.map((i) => i.Id));
 * const { items: missed } = await fetchSinceLoaded(client, (id) => loaded.has(id));
 * setPagedItems(mergeItems(pagedItems, missed));
 * ```
 */
export async function fetchSinceLoaded(
  source: TranscriptSource,
  isLoaded: (id: string) => boolean,
  options: FetchSinceLoadedOptions = {},
): Promise<SinceLoaded> {
  const { contactId, pageSize = 30, maxPages = 20, signal } = options;
  let param: TranscriptPageParam | null = initialPageParam();
  const pages: (readonly TranscriptItem[])[] = [];
  let requests = 0;
  while (param && requests < maxPages) {
    const request = pageRequest(param, contactId, pageSize);
    // Raced: a source other than our client may not look at the signal.
    const output = await abortable(() => source.getTranscript(request, { signal }), signal);
    requests++;
    const page = toPage(param, output);
    pages.push(page.items);
    if (page.items.some((i) => i.Id !== undefined && isLoaded(i.Id))) {
      return { items: mergeItems(...pages.reverse()), reachedLoaded: true, requests };
    }
    param = page.older;
  }
  return { items: mergeItems(...pages.reverse()), reachedLoaded: param === null, requests };
}
