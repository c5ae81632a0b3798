import { createParticipantClient } from '@connect-transcript/core';
import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setup } from './test/setup.js';
import { type UseTranscriptResult, useTranscript } from './useTranscript.js';

// The README's "instant reopen" recipe: TanStack Query's persister (sessionStorage) and a stable
// `sourceKey`, so a reopened widget (a reload, a new tab session) shows the last state at once.

afterEach(() => sessionStorage.clear());

function App({
  client,
  queryClient,
  seen,
}: {
  client: ReturnType<typeof setup>['client'];
  queryClient: QueryClient;
  seen: (t: UseTranscriptResult) => void;
}) {
  const persister = createSyncStoragePersister({
    storage: window.sessionStorage,
    key: 'connect-transcript-cache',
    throttleTime: 0,
  });
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{ persister, maxAge: 3_600_000 }}
    >
      <Transcript client={client} seen={seen} />
    </PersistQueryClientProvider>
  );
}

function Transcript({
  client,
  seen,
}: {
  client: ReturnType<typeof setup>['client'];
  seen: (t: UseTranscriptResult) => void;
}) {
  // A key that outlives the page: the contact, never the ConnectionToken.
  const t = useTranscript({ client, sourceKey: 'contact-1234', staleTime: 0 });
  seen(t);
  return null;
}

const newClient = () => new QueryClient({ defaultOptions: { queries: { gcTime: 3_600_000 } } });

describe('reopening with a persisted cache', () => {
  it('shows the last state with no request, then revalidates the newest page only', async () => {
    const h = setup();
    let last: UseTranscriptResult | undefined;
    const first = render(
      <App client={h.client} queryClient={newClient()} seen={(t) => (last = t)} />,
    );
    await waitFor(() => expect(last?.status).toBe('success'));
    await waitFor(() => expect(last?.hasOlder).toBe(true));
    // Read back two pages, as a reader would have.
    const newest = last!.items.length;
    await last!.fetchOlder();
    await waitFor(() => expect(last?.items.length).toBeGreaterThan(newest));
    const before = last!.items.map((i) => i.Id);
    await waitFor(() =>
      expect(sessionStorage.getItem('connect-transcript-cache')).toContain('contact-1234'),
    );
    expect(sessionStorage.getItem('connect-transcript-cache')).not.toContain(h.token);
    first.unmount();

    // A new page: a new QueryClient and a new client object, the same persisted cache.
    h.sim.resetRequests();
    const states: UseTranscriptResult[] = [];
    const reopened = createParticipantClient({
      endpoint: 'https://participant.sim.local',
      connectionToken: h.token,
      fetch: h.sim.handler,
    });
    render(<App client={reopened} queryClient={newClient()} seen={(t) => states.push(t)} />);
    await waitFor(() => expect(states.at(-1)?.items.map((i) => i.Id)).toEqual(before));
    // The first state with items came from the cache, before any request was answered.
    const firstShown = states.findIndex((t) => t.items.length > 0);
    expect(states[firstShown]!.items.map((i) => i.Id)).toEqual(before);
    // Then the newest page is revalidated: one request, the older pages reused as they are.
    await waitFor(() => expect(h.transcriptRequests()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(h.transcriptRequests()).toHaveLength(1);
    expect(states.at(-1)?.items.map((i) => i.Id)).toEqual(before);
  });
});
