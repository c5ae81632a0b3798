'use client';
import {
  allItems,
  confirmItem as confirmLiveItem,
  fetchSinceLoaded,
  mergeItems,
  receiptsFromItems,
  rowItems,
  type TranscriptError,
  type TranscriptItem,
  type TranscriptPage,
  type TranscriptPageParam,
  type TranscriptSource,
  type TranscriptState,
  TYPING_TIMEOUT_MS,
  type TypingParticipant,
  typingFromItems,
  type UnreadState,
  unreadFromItems,
} from '@connect-transcript/core';
import {
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type TranscriptClient, useResolvedClient } from './provider.js';
import {
  type LiveItems,
  liveItemsQueryKey,
  type TranscriptQueryOptions,
  transcriptInfiniteQueryOptions,
  transcriptQueryKey,
} from './queryOptions.js';
import {
  type AttachmentSource,
  knownAttachmentSize,
  signedAttachmentUrl,
} from './useAttachmentUrl.js';

/** Options of {@link useTranscript}. */
export interface UseTranscriptOptions extends Omit<TranscriptQueryOptions, 'source'> {
  /** A core `ParticipantClient` (create it once, outside render). @default the provider's */
  client?: TranscriptClient | undefined;
  /** Any object with `getTranscript(input, { signal })`, e.g. `fromChatSession(session)`. */
  source?: TranscriptSource | undefined;
  /** `false` loads nothing until it turns `true`. @default true */
  enabled?: boolean | undefined;
  /**
   * The reader's participant id: with it, `unread` says what the reader has not read yet, from
   * the read receipts the transcript carries.
   */
  selfParticipantId?: string | undefined;
  /**
   * Fill the gap after a silence by itself (see `refreshNewest`): when the browser comes back
   * online, and when the tab becomes visible after being hidden for `refreshAfterHiddenMs`.
   * @default true
   */
  refreshOnReconnect?: boolean | undefined;
  /** How long the tab must have been hidden before showing it again fills the gap. @default 30000 */
  refreshAfterHiddenMs?: number | undefined;
}

/** What every {@link useTranscript} result has, whatever its `status`. */
export interface UseTranscriptBase extends TranscriptState {
  /** Whether the first page is loading (nothing to show yet). */
  readonly isLoading: boolean;
  /**
   * Merges live items (from the chat's websocket) into the cached transcript, no request made.
   * They survive refetches; when a page later returns the same `Id`, it is one item.
   */
  readonly addItems: (items: readonly TranscriptItem[]) => void;
  /**
   * Confirms a message the app added (`addItems`) under a temporary `Id` before SendMessage
   * answered: it takes the real `Id` and `AbsoluteTime` and keeps rendering as the same row
   * (core's `confirmItem`, `renderKey`), also when the websocket's echo came first.
   *
   * @example
   * ```ts
   * const temp = { Id: `local-${crypto.randomUUID()}`, Type: 'MESSAGE', ContentType: 'text/plain', Content: text, ParticipantRole: 'CUSTOMER' };
   * transcript.addItems([temp]);
   * const { data } = await session.sendMessage({ contentType: 'text/plain', message: text });
   * transcript.confirmItem(temp.Id, data);
   * ```
   */
  readonly confirmItem: (
    temporaryId: string,
    confirmed: { readonly Id: string; readonly AbsoluteTime?: string | undefined },
  ) => void;
  /**
   * Fills the gap after a silence (a dropped websocket, a phone asleep): fetches the newest page
   * afresh and pages back until it meets what is loaded, merging it all without moving the
   * reader (nothing is reordered or dropped). Runs by itself on `online` and when a hidden tab
   * comes back (`refreshOnReconnect`); call it when a live source reconnects. While one runs,
   * returns the same promise. After a jump into the middle (`hasNewer`), it does nothing: the
   * newer pages lead to the end.
   */
  readonly refreshNewest: () => Promise<void>;
  /**
   * What the reader has not read yet (needs `selfParticipantId`): the messages of others after
   * the last one the reader read, from the transcript's read receipts.
   */
  readonly unread: UnreadState;
  /** The underlying TanStack Query result, for anything not surfaced here. */
  readonly query: UseInfiniteQueryResult<
    InfiniteData<TranscriptPage, TranscriptPageParam>,
    TranscriptError
  >;
}

/** The result of {@link useTranscript}: a union keyed on `status`. */
export type UseTranscriptResult =
  | (UseTranscriptBase & { readonly status: 'pending'; readonly error: null })
  | (UseTranscriptBase & { readonly status: 'error'; readonly error: TranscriptError })
  | (UseTranscriptBase & { readonly status: 'success' });

const NO_ITEMS: LiveItems = [];
const NO_TYPING: readonly TypingParticipant[] = [];

const useIsoLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Whether two typing lists name the same participants, started at the same times. */
function sameTyping(a: readonly TypingParticipant[], b: readonly TypingParticipant[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.participantId === b[i]!.participantId && p.since === b[i]!.since)
  );
}

/**
 * `fetch` without ever running twice at once: while a call runs, the same promise is handed back;
 * when there is nothing to fetch, nothing is asked (no request, no fetching state).
 */
function useSingleFlight(
  fetch: (options: { cancelRefetch: boolean }) => Promise<unknown>,
  has: boolean,
): () => Promise<unknown> {
  const running = useRef<Promise<unknown> | null>(null);
  return useCallback(() => {
    if (!running.current && has) {
      running.current = fetch({ cancelRefetch: false }).finally(() => {
        running.current = null;
      });
    }
    return running.current ?? Promise.resolve();
  }, [fetch, has]);
}

/**
 * An Amazon Connect chat transcript on TanStack Query: the newest page first, older pages on
 * demand, live items merged in, typing and receipts derived. Its result is a `TranscriptState`,
 * ready for `<TranscriptView transcript={...} />`.
 *
 * Needs a `QueryClientProvider` above it, and a client from `client`/`source` or a
 * `TranscriptClientProvider`.
 *
 * @example
 * ```tsx
 * function Chat({ client }: { client: ParticipantClient }) {
 *   const t = useTranscript({ client, pageSize: 50 });
 *   if (t.status === 'pending') return <Spinner />;
 *   if (t.status === 'error') return <p>{t.error.message}</p>;
 *   return (
 *     <>
 *       {t.hasOlder && <button onClick={t.fetchOlder}>Earlier messages</button>}
 *       {t.items.map((item) => <p key={item.Id}>{item.Content}</p>)}
 *     </>
 *   );
 * }
 * ```
 */
export function useTranscript(options: UseTranscriptOptions = {}): UseTranscriptResult {
  const {
    client,
    source: givenSource,
    enabled = true,
    selfParticipantId,
    refreshOnReconnect = true,
    refreshAfterHiddenMs = 30_000,
    ...rest
  } = options;
  const source = useResolvedClient(givenSource ?? client, 'useTranscript');
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    ...transcriptInfiniteQueryOptions({ ...rest, source }),
    enabled,
  });

  const liveKeyHash = JSON.stringify(liveItemsQueryKey({ ...rest, source }));
  const liveKey = useMemo(() => JSON.parse(liveKeyHash) as QueryKey, [liveKeyHash]);
  const live =
    useQuery({
      queryKey: liveKey,
      // Live items only ever come from addItems; a refetch (invalidation) keeps them.
      queryFn: ({ client: qc, queryKey }) => qc.getQueryData<LiveItems>(queryKey) ?? NO_ITEMS,
      initialData: NO_ITEMS,
      // Not "now": a stamp read while rendering would make the render depend on the clock.
      initialDataUpdatedAt: 0,
      staleTime: Number.POSITIVE_INFINITY,
      // The items are stored as merged (unchanged ones keep their identity already): copying
      // them would lose what is kept per item object, such as a confirmed message's render key.
      structuralSharing: false,
    }).data ?? NO_ITEMS;
  const addItems = useCallback(
    (items: readonly TranscriptItem[]) => {
      if (items.length === 0) return;
      queryClient.setQueryData<LiveItems>(liveKey, (prev) => mergeItems(prev ?? NO_ITEMS, items));
    },
    [queryClient, liveKey],
  );
  const confirmItem = useCallback(
    (temporaryId: string, confirmed: { Id: string; AbsoluteTime?: string | undefined }) => {
      queryClient.setQueryData<LiveItems>(liveKey, (prev) =>
        confirmLiveItem(prev ?? NO_ITEMS, temporaryId, confirmed),
      );
    },
    [queryClient, liveKey],
  );

  const pages = query.data?.pages;
  const merged = useMemo(() => allItems(pages ?? [], live), [pages, live]);
  const items = useMemo(() => rowItems(merged), [merged]);
  const receipts = useMemo(() => receiptsFromItems(merged), [merged]);
  // Who is typing depends on the time. The clock is read in effects only, never while
  // rendering (server renders and Next.js prerendering must not read it): the first render
  // shows nobody typing, and the effect below catches up before the browser paints. Who is
  // typing is worked out once per change of the items (or expiry), and kept while it stays the
  // same, so a new message that changes nobody's typing costs no second render.
  const [typing, setTyping] = useState<readonly TypingParticipant[]>(NO_TYPING);
  const mergedRef = useRef(merged);
  mergedRef.current = merged;
  const update = useCallback(() => {
    const next = typingFromItems(mergedRef.current, Date.now());
    setTyping((prev) => (sameTyping(prev, next) ? prev : next));
  }, []);
  useIsoLayoutEffect(update, [merged]);
  useEffect(() => {
    // typingFromItems sorts by start: the first entry expires first.
    const first = typing[0];
    if (!first) return;
    const timer = setTimeout(update, first.since + TYPING_TIMEOUT_MS - Date.now() + 1);
    return () => clearTimeout(timer);
  }, [typing, update]);

  const { fetchNextPage, fetchPreviousPage, hasNextPage, hasPreviousPage, refetch } = query;
  const fetchOlder = useSingleFlight(fetchNextPage, hasNextPage);
  const fetchNewer = useSingleFlight(fetchPreviousPage, hasPreviousPage);

  // Attachments are signed through the useAttachmentUrl cache, by a client that can sign.
  const prefixHash = JSON.stringify(rest.queryKey ?? null);
  const openAttachment = useMemo(() => {
    if (typeof (source as Partial<AttachmentSource>).getAttachment !== 'function') return undefined;
    const prefix = (JSON.parse(prefixHash) as QueryKey | null) ?? undefined;
    return (id: string) => signedAttachmentUrl(queryClient, source as AttachmentSource, id, prefix);
  }, [queryClient, source, prefixHash]);
  const attachmentSize = useMemo(() => {
    if (!openAttachment) return undefined;
    const prefix = (JSON.parse(prefixHash) as QueryKey | null) ?? undefined;
    return (id: string) => knownAttachmentSize(queryClient, source as AttachmentSource, id, prefix);
  }, [openAttachment, queryClient, source, prefixHash]);

  const unread = useMemo(
    () => unreadFromItems(merged, selfParticipantId ?? ''),
    [merged, selfParticipantId],
  );

  // Gap-fill: the newest items since a silence, merged into the newest page.
  const queryKeyHash = JSON.stringify(transcriptQueryKey({ ...rest, source }));
  const { contactId, pageSize } = rest;
  const filling = useRef<Promise<void> | null>(null);
  const refreshNewest = useCallback((): Promise<void> => {
    if (filling.current) return filling.current;
    const key = JSON.parse(queryKeyHash) as QueryKey;
    const data = queryClient.getQueryData<InfiniteData<TranscriptPage, TranscriptPageParam>>(key);
    // Nothing loaded yet, or a jump: the query's own fetches lead to the end.
    if (!data?.pages.length || data.pages[0]!.newer) return Promise.resolve();
    const loaded = new Set(allItems(data.pages).map((i) => i.Id));
    filling.current = fetchSinceLoaded(source, (id) => loaded.has(id), { contactId, pageSize })
      .then(({ items: found }) => {
        queryClient.setQueryData<InfiniteData<TranscriptPage, TranscriptPageParam>>(key, (d) => {
          const newest = d?.pages[0];
          if (!d || !newest || newest.newer) return d;
          const merged = mergeItems(newest.items, found);
          return { ...d, pages: [{ ...newest, items: merged }, ...d.pages.slice(1)] };
        });
      })
      .finally(() => {
        filling.current = null;
      });
    return filling.current;
  }, [queryClient, queryKeyHash, source, contactId, pageSize]);
  // On `online`, and when the tab comes back after a while: the socket may have missed items.
  useEffect(() => {
    if (!refreshOnReconnect || !enabled || typeof window === 'undefined') return;
    let hiddenSince = document.visibilityState === 'hidden' ? Date.now() : undefined;
    const fill = () => {
      refreshNewest().catch(() => {
        // A failed gap-fill changes nothing loaded; the next trigger tries again.
      });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hiddenSince = Date.now();
      else if (hiddenSince !== undefined) {
        if (Date.now() - hiddenSince >= refreshAfterHiddenMs) fill();
        hiddenSince = undefined;
      }
    };
    window.addEventListener('online', fill);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('online', fill);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [refreshOnReconnect, enabled, refreshAfterHiddenMs, refreshNewest]);

  const hasData = query.data !== undefined;
  const base: UseTranscriptBase = {
    items,
    status: hasData ? 'success' : query.status,
    error: !hasData || query.isRefetchError ? query.error : null,
    hasOlder: hasNextPage,
    fetchOlder,
    isFetchingOlder: query.isFetchingNextPage,
    olderError: query.isFetchNextPageError && !query.isFetchingNextPage ? query.error : null,
    hasNewer: hasPreviousPage,
    fetchNewer,
    isFetchingNewer: query.isFetchingPreviousPage,
    newerError:
      query.isFetchPreviousPageError && !query.isFetchingPreviousPage ? query.error : null,
    refetch,
    typing,
    receipts,
    openAttachment,
    attachmentSize,
    isLoading: query.isLoading,
    addItems,
    confirmItem,
    refreshNewest,
    unread,
    query,
  };
  return base as UseTranscriptResult;
}
