'use client';
import { type ParticipantClient, TranscriptError } from '@connect-transcript/core';
import {
  type QueryClient,
  type QueryKey,
  queryOptions,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { useResolvedClient } from './provider.js';
import { DEFAULT_QUERY_KEY, sourceId } from './queryOptions.js';

/** Anything that can sign attachment URLs: a core `ParticipantClient`. */
export type AttachmentSource = Pick<ParticipantClient, 'getAttachment'>;

/** Options of {@link useAttachmentUrl}. */
export interface UseAttachmentUrlOptions {
  /** The client that signs URLs. @default the `TranscriptClientProvider`'s */
  client?: AttachmentSource | undefined;
  /** `true` fetches the URL at once (e.g. for an image preview). @default false (on `open()`) */
  enabled?: boolean | undefined;
  /** Start of the query key. @default ['connect-transcript'] */
  queryKey?: QueryKey | undefined;
}

/** A signed URL and when it stops working. */
export interface AttachmentUrl {
  readonly url: string;
  /** Epoch ms of `UrlExpiry`, or `null` when the service gave none (then never reused). */
  readonly expiresAt: number | null;
  /** `AttachmentSizeInBytes`, or `null` when the service gave none. */
  readonly sizeInBytes: number | null;
}

/** The result of {@link useAttachmentUrl}. */
export interface UseAttachmentUrlResult {
  /** The last signed URL, or `null` before the first `open()`. */
  readonly url: string | null;
  /** Epoch ms when `url` expires, if known. */
  readonly expiresAt: number | null;
  /** The file's size in bytes, once a URL was signed (GetAttachment gives it), if known. */
  readonly sizeInBytes: number | null;
  /** `idle` until asked for, then `pending`, `success` or `error`. */
  readonly status: 'idle' | 'pending' | 'success' | 'error';
  readonly error: TranscriptError | null;
  /**
   * Resolves to a URL valid for at least the margin: the cached one, or a freshly signed one
   * once the cached one is (nearly) expired. Rejects with a `TranscriptError`.
   */
  readonly open: () => Promise<string>;
}

/** A URL this close to its expiry (ms) counts as expired: a click must not get a dying link. */
const MARGIN_MS = 10_000;

/** Query options of one attachment's signed URL: fresh until shortly before its expiry. */
function attachmentUrlQueryOptions(
  client: Partial<AttachmentSource>,
  attachmentId: string,
  prefix: QueryKey,
) {
  return queryOptions<AttachmentUrl, TranscriptError>({
    queryKey: [...prefix, 'attachment', { source: sourceId(client), attachmentId }],
    queryFn: async ({ signal }) => {
      // A source without getAttachment (chatjs) fails as a TranscriptError too, not a TypeError.
      const out = await client.getAttachment?.({ AttachmentId: attachmentId }, { signal });
      if (!out?.Url) throw new TranscriptError('INVALID_RESPONSE', 'GetAttachment: no Url');
      const expiry = Date.parse(out.UrlExpiry ?? '');
      return {
        url: out.Url,
        expiresAt: Number.isNaN(expiry) ? null : expiry,
        sizeInBytes: out.AttachmentSizeInBytes ?? null,
      };
    },
    // A URL without an expiry is never reused.
    staleTime: ({ state: { data, dataUpdatedAt } }) =>
      data?.expiresAt ? Math.max(0, data.expiresAt - MARGIN_MS - dataUpdatedAt) : 0,
    retry: false,
  });
}

/**
 * A short-lived signed URL of an attachment, fetched on demand (GetAttachment), cached until
 * 10 s before its `UrlExpiry` and signed again after. The client must have `getAttachment`
 * (a core `ParticipantClient`; a chatjs source has none).
 *
 * @example
 * ```tsx
 * function Download({ id, name }: { id: string; name: string }) {
 *   const { open, status } = useAttachmentUrl(id);
 *   return (
 *     <button disabled={status === 'pending'} onClick={async () => window.open(await open())}>
 *       {name}
 *     </button>
 *   );
 * }
 * ```
 */
export function useAttachmentUrl(
  attachmentId: string,
  options: UseAttachmentUrlOptions = {},
): UseAttachmentUrlResult {
  const client: Partial<AttachmentSource> = useResolvedClient(options.client, 'useAttachmentUrl');
  const queryClient = useQueryClient();
  const opts = attachmentUrlQueryOptions(
    client,
    attachmentId,
    options.queryKey ?? DEFAULT_QUERY_KEY,
  );
  const query = useQuery({ ...opts, enabled: options.enabled ?? false });
  const prefix = options.queryKey ?? DEFAULT_QUERY_KEY;
  const open = useCallback(
    () => signedAttachmentUrl(queryClient, client, attachmentId, prefix),
    [queryClient, client, attachmentId, prefix],
  );
  const data = query.data;
  return {
    url: data?.url ?? null,
    expiresAt: data?.expiresAt ?? null,
    sizeInBytes: data?.sizeInBytes ?? null,
    status: query.status === 'pending' && query.fetchStatus === 'idle' ? 'idle' : query.status,
    error: query.error,
    open,
  };
}

/** The size of an attachment whose URL was signed through the cache, if the service gave one. */
export function knownAttachmentSize(
  queryClient: QueryClient,
  client: Partial<AttachmentSource>,
  attachmentId: string,
  prefix: QueryKey = DEFAULT_QUERY_KEY,
): number | undefined {
  const { queryKey } = attachmentUrlQueryOptions(client, attachmentId, prefix);
  return queryClient.getQueryData<AttachmentUrl>(queryKey)?.sizeInBytes ?? undefined;
}

/**
 * A URL valid now for one attachment, through the same cache as {@link useAttachmentUrl}:
 * the cached one, or a freshly signed one once it is (nearly) expired.
 */
export function signedAttachmentUrl(
  queryClient: QueryClient,
  client: Partial<AttachmentSource>,
  attachmentId: string,
  prefix: QueryKey = DEFAULT_QUERY_KEY,
): Promise<string> {
  return queryClient
    .fetchQuery(attachmentUrlQueryOptions(client, attachmentId, prefix))
    .then((d) => d.url);
}
