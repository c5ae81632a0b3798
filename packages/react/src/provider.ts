'use client';
import {
  type ParticipantClient,
  TranscriptError,
  type TranscriptSource,
} from '@connect-transcript/core';
import { createContext, createElement, type ReactNode, useContext } from 'react';

/** What the provider holds: a full client, or any transcript source (e.g. `fromChatSession`). */
export type TranscriptClient = TranscriptSource & Partial<Pick<ParticipantClient, 'getAttachment'>>;

const ClientContext = createContext<TranscriptClient | null>(null);

/** Props of {@link TranscriptClientProvider}. */
export interface TranscriptClientProviderProps {
  /** The client (or source) the hooks below use when not given one. Create it once. */
  client: TranscriptClient;
  children?: ReactNode | undefined;
}

/**
 * Provides a client to `useTranscript` and `useAttachmentUrl` below it.
 *
 * @example
 * ```tsx
 * const client = createParticipantClient({ region: 'us-east-1', connectionToken: getToken });
 * <QueryClientProvider client={queryClient}>
 *   <TranscriptClientProvider client={client}><Chat /></TranscriptClientProvider>
 * </QueryClientProvider>
 * ```
 */
export function TranscriptClientProvider({
  client,
  children,
}: TranscriptClientProviderProps): ReactNode {
  return createElement(ClientContext.Provider, { value: client }, children);
}

function missing(hook: string): TranscriptError {
  return new TranscriptError(
    'VALIDATION_ERROR',
    `${hook} needs a client: pass one or use <TranscriptClientProvider>`,
  );
}

/**
 * The client of the nearest {@link TranscriptClientProvider}; throws a `VALIDATION_ERROR`
 * `TranscriptError` when there is none.
 *
 * @example
 * ```tsx
 * const client = useTranscriptClient();
 * ```
 */
export function useTranscriptClient(): TranscriptClient {
  return useResolvedClient(undefined, 'useTranscriptClient');
}

/** `given`, else the provider's client, else a clear error naming `hook`. */
export function useResolvedClient(given: object | undefined, hook: string): TranscriptClient {
  const fromContext = useContext(ClientContext);
  const client = (given as TranscriptClient | undefined) ?? fromContext;
  if (!client) throw missing(hook);
  return client;
}
