import {
  initialPageParam,
  pageRequest,
  refreshPage,
  samePageParam,
  TranscriptError,
  type TranscriptItem,
  type TranscriptPage,
  type TranscriptPageParam,
  type TranscriptSource,
  type TranscriptStartAt,
  toPage,
} from '@connect-transcript/core';
import { type InfiniteData, infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';

/** Options of {@link transcriptInfiniteQueryOptions} (and, with `client`/context, `useTranscript`). */
export interface TranscriptQueryOptions {
  /** Where pages come from: a core `ParticipantClient`, `fromChatSession(session)`, or your own. */
  source: TranscriptSource;
  /** Contact to read (a past contact of a persistent chat, say). @default the token's contact */
  contactId?: string | undefined;
  /**
   * Items per page, an integer from 1 to 100.
   * @default 30
   */
  pageSize?: number | undefined;
  /**
   * Jump: load the page at this item or time first, then older pages backward (`fetchOlder`)
   * and newer pages forward (`fetchNewer`). @default undefined (open at the newest page)
   */
  startAt?: TranscriptStartAt | undefined;
  /**
   * Start of every query key of this package; put your own app/tenant scope here.
   * @default ['connect-transcript']
   */
  queryKey?: QueryKey | undefined;
  /**
   * Stable name of the source for the query key (use it when keys must match across processes,
   * e.g. SSR hydration). @default a number assigned to the source object on first use
   */
  sourceKey?: string | number | undefined;
  /** Keep at most this many pages (a window); the other end is dropped and reloads on demand. */
  maxPages?: number | undefined;
  /**
   * How long the newest page counts as fresh. Older pages never change and are never
   * refetched: a refetch asks only for the newest page and merges it in.
   * @default 30_000
   */
  staleTime?: number | undefined;
}

/** The default start of every query key. */
export const DEFAULT_QUERY_KEY: QueryKey = ['connect-transcript'];
/** The default page size. */
export const DEFAULT_PAGE_SIZE = 30;

const ids = new WeakMap<object, number>();
let lastId = 0;

/** A number that names `source` in query keys (never the ConnectionToken it holds). */
export function sourceId(source: object): number {
  let id = ids.get(source);
  if (id === undefined) {
    id = ++lastId;
    ids.set(source, id);
  }
  return id;
}

function checkPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    throw new TranscriptError('VALIDATION_ERROR', `pageSize: ${pageSize} is not an integer 1–100`);
  }
  return pageSize;
}

function key(options: TranscriptQueryOptions, kind: string, extra: object): QueryKey {
  return [
    ...(options.queryKey ?? DEFAULT_QUERY_KEY),
    kind,
    {
      source: options.sourceKey ?? sourceId(options.source),
      contactId: options.contactId ?? null,
      ...extra,
    },
  ];
}

/**
 * The query key of a transcript: prefix, source identity, contact, page size and jump target.
 * Never the ConnectionToken.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ queryKey: transcriptQueryKey({ source: client }) });
 * ```
 */
export function transcriptQueryKey(options: TranscriptQueryOptions): QueryKey {
  return key(options, 'transcript', {
    pageSize: checkPageSize(options.pageSize ?? DEFAULT_PAGE_SIZE),
    startAt: options.startAt ?? null,
  });
}

/**
 * The query key of the live items (`addItems`) of a contact, shared by every page size.
 *
 * @example
 * ```ts
 * queryClient.setQueryData(liveItemsQueryKey({ source: client }), []); // forget live items
 * ```
 */
export function liveItemsQueryKey(options: TranscriptQueryOptions): QueryKey {
  return key(options, 'live', {});
}

/**
 * `useInfiniteQuery` options of a transcript, for `useInfiniteQuery`, `prefetchInfiniteQuery`
 * or `fetchInfiniteQuery` (prefetch on hover, seed on the server).
 *
 * - Pages are stored newest first: `fetchNextPage` loads older, `fetchPreviousPage` newer.
 * - The `signal` reaches the source, so unmounting aborts the HTTP request.
 * - `retry: false`: the core client already retries throttling and 5xx with backoff and
 *   `Retry-After`; retrying again here would multiply requests. Access denied is never retried.
 * - A refetch asks only for the newest page: cached older pages are history and are reused.
 *
 * @example
 * ```ts
 * await queryClient.prefetchInfiniteQuery(transcriptInfiniteQueryOptions({ source: client }));
 * ```
 */
export function transcriptInfiniteQueryOptions(options: TranscriptQueryOptions) {
  const { source, contactId, startAt, maxPages } = options;
  // Checked by transcriptQueryKey below, before anything else runs.
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  return infiniteQueryOptions<
    TranscriptPage,
    TranscriptError,
    InfiniteData<TranscriptPage, TranscriptPageParam>,
    QueryKey,
    TranscriptPageParam
  >({
    queryKey: transcriptQueryKey(options),
    initialPageParam: initialPageParam(startAt),
    getNextPageParam: (last) => last.older,
    getPreviousPageParam: (first) => first.newer,
    ...(maxPages === undefined ? {} : { maxPages }),
    staleTime: options.staleTime ?? 30_000,
    retry: false,
    queryFn: async ({ pageParam, signal, client, queryKey }) => {
      const cached =
        client.getQueryData<InfiniteData<TranscriptPage, TranscriptPageParam>>(queryKey);
      const index = cached ? cached.pageParams.findIndex((p) => samePageParam(p, pageParam)) : -1;
      // A refetch walks every cached page: older pages are history, reuse them as they are.
      if (cached && index > 0) return cached.pages[index] as TranscriptPage;
      const output = await source.getTranscript(pageRequest(pageParam, contactId, pageSize), {
        signal,
      });
      const page = toPage(pageParam, output);
      return cached && index === 0 ? refreshPage(cached.pages[0] as TranscriptPage, page) : page;
    },
  });
}

/** Live items as stored under {@link liveItemsQueryKey}. */
export type LiveItems = readonly TranscriptItem[];
