import { useTranscript } from '@connect-transcript/react';
import { TranscriptView } from '@connect-transcript/ui';
import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useMemo, useState } from 'react';
import { type StorySimulatorOptions, useStorySimulator } from './useStorySimulator.js';

/**
 * The react README's instant-reopen recipe: closing the widget drops its QueryClient (as a reload
 * does); opening it makes a new one, restored from sessionStorage, keyed by a stable `sourceKey`,
 * and the view reopens on the same message with `scrollStateKey`.
 */
export function ReopenWidget(options: StorySimulatorOptions) {
  const { sim, endpoint, client } = useStorySimulator(options);
  const [open, setOpen] = useState(true);
  // A new QueryClient each time it opens: nothing survives in memory.
  const [generation, setGeneration] = useState(0);
  const storageKey = `connect-transcript-story-${endpoint}`;
  const persister = useMemo(
    () =>
      createSyncStoragePersister({
        storage: window.sessionStorage,
        key: storageKey,
        throttleTime: 0,
      }),
    [storageKey],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh cache per opening
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { gcTime: 3_600_000, retry: false } } }),
    [generation, sim],
  );
  return (
    <div data-sim-endpoint={endpoint} style={{ display: 'grid', gap: 8, width: 380 }}>
      <button
        type="button"
        onClick={() => {
          if (!open) setGeneration((g) => g + 1);
          setOpen(!open);
        }}
      >
        {open ? 'Close the widget' : 'Open the widget'}
      </button>
      {open && (
        <PersistQueryClientProvider
          client={queryClient}
          persistOptions={{ persister, maxAge: 3_600_000 }}
        >
          <Widget client={client} contactId={sim.defaultContactId} />
        </PersistQueryClientProvider>
      )}
    </div>
  );
}

function Widget({
  client,
  contactId,
}: {
  client: ReturnType<typeof useStorySimulator>['client'];
  contactId: string;
}) {
  const transcript = useTranscript({ client, sourceKey: contactId, staleTime: 0, pageSize: 20 });
  return (
    <TranscriptView
      transcript={transcript}
      scrollStateKey={`story-${contactId}`}
      style={{ height: 400 }}
    />
  );
}
