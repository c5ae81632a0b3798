'use client';
import { type ParticipantClient, TranscriptError } from '@connect-transcript/core';
import {
  hashKey,
  type QueryKey,
  queryOptions,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
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
  /** Lifetime to ask for, 5–300 seconds. @default the service's */
  urlExpiryInSeconds?: number | undefined;
  /** A URL this close to its expiry counts as expired, in ms. @default 10_000 */
  expiryMarginMs?: number | undefined;
  /** Start of the query key. @default ['connect-transcript'] */
  queryKey?: QueryKey | undefined;
}

/** A signed URL and when it stops working. */
export interface AttachmentUrl {
  readonly url: string;
  /** Epoch ms of `UrlExpiry`, or `null` when the service gave none (then never reused). */
  readonly expiresAt: number | null;
}

/** The result of {@link useAttachmentUrl}. */
export interface UseAttachmentUrlResult {
  /** The last signed URL, or `null` before the first `open()`. */
  readonly url: string | null;
  /** Epoch ms when `url` expires, if known. */
  readonly expiresAt: number | null;
  /** `idle` until asked for, then `pending`, `success` or `error`. */
  readonly status: 'idle' | 'pending' | 'success' | 'error';
  readonly error: TranscriptError | null;
  /**
   * Resolves to a URL valid for at least the margin: the cached one, or a freshly signed one
   * once the cached one is (nearly) expired. Rejects with a `TranscriptError`.
   */
  readonly open: () => Promise<string>;
}

/**
 * Query options of one attachment's signed URL: fresh until `margin` ms before its expiry.
 * A URL without an expiry is never reused.
 */
function attachmentUrlQueryOptions(
  client: AttachmentSource,
  attachmentId: string,
  { seconds, margin, prefix }: { seconds: number | undefined; margin: number; prefix: QueryKey },
) {
  return queryOptions<AttachmentUrl, TranscriptError>({
    queryKey: [
      ...prefix,
      'attachment',
      { source: sourceId(client), attachmentId, seconds: seconds ?? null },
    ],
    queryFn: async ({ signal }) => {
      const out = await client.getAttachment(
        {
          AttachmentId: attachmentId,
          ...(seconds === undefined ? {} : { UrlExpiryInSeconds: seconds }),
        },
        { signal },
      );
      if (!out.Url) {
        throw new TranscriptError('INVALID_RESPONSE', 'GetAttachment answered without a Url', {
          issues: [{ path: 'Url', message: 'missing' }],
        });
      }
      const expiry = out.UrlExpiry === undefined ? Number.NaN : Date.parse(out.UrlExpiry);
      return { url: out.Url, expiresAt: Number.isNaN(expiry) ? null : expiry };
    },
    staleTime: (q) => {
      const data = q.state.data;
      if (!data || data.expiresAt === null) return 0;
      return Math.max(0, data.expiresAt - margin - q.state.dataUpdatedAt);
    },
    retry: false,
  });
}

/**
 * A short-lived signed URL of an attachment, fetched on demand (GetAttachment), cached until
 * shortly before its `UrlExpiry` and signed again after.
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
  const client = useResolvedClient(
    options.client as ParticipantClient | undefined,
    'useAttachmentUrl',
  ) as Partial<AttachmentSource>;
  if (!client.getAttachment) {
    throw new TranscriptError(
      'VALIDATION_ERROR',
      'useAttachmentUrl needs a client with getAttachment (a core ParticipantClient)',
      { issues: [{ path: 'client', message: 'has no getAttachment' }] },
    );
  }
  const margin = options.expiryMarginMs ?? 10_000;
  const seconds = options.urlExpiryInSeconds;
  const prefixHash = hashKey(options.queryKey ?? DEFAULT_QUERY_KEY);
  const queryClient = useQueryClient();
  const opts = useMemo(
    () =>
      attachmentUrlQueryOptions(client as AttachmentSource, attachmentId, {
        seconds,
        margin,
        prefix: JSON.parse(prefixHash) as QueryKey,
      }),
    [client, attachmentId, seconds, margin, prefixHash],
  );
  const query = useQuery({ ...opts, enabled: options.enabled ?? false });
  const open = useCallback(
    () => queryClient.fetchQuery(opts).then((d) => d.url),
    [queryClient, opts],
  );
  const data = query.data;
  return {
    url: data?.url ?? null,
    expiresAt: data?.expiresAt ?? null,
    status: query.status === 'pending' && query.fetchStatus === 'idle' ? 'idle' : query.status,
    error: query.error,
    open,
  };
}
