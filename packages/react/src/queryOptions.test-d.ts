import type { ParticipantClient } from '@connect-transcript/core';
import { QueryClient } from '@tanstack/react-query';
import { transcriptInfiniteQueryOptions } from './queryOptions.js';
import type { UseTranscriptOptions } from './useTranscript.js';

// The README's prefetch recipe, compiled under exactOptionalPropertyTypes (on in this
// repository) as apps with strict settings compile it.
declare const client: ParticipantClient;
const queryClient = new QueryClient();
export const prefetched: Promise<void> = queryClient.prefetchInfiniteQuery(
  transcriptInfiniteQueryOptions({ source: client, sourceKey: 'chat', pageSize: 30 }),
);

// Options passed through from an app's own optional values.
declare const maybe: <T>(value: T) => T | undefined;
export const options: UseTranscriptOptions = {
  client: maybe(client),
  pageSize: maybe(30),
  maxPages: maybe(10),
  sourceKey: maybe('chat'),
  enabled: maybe(true),
};
