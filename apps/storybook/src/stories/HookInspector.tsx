import type { ParticipantClient } from '@connect-transcript/core';
import { useTranscript } from '@connect-transcript/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type StorySimulatorOptions, useStorySimulator } from './useStorySimulator.js';

/** Props of {@link HookInspector}. */
export interface HookInspectorProps extends StorySimulatorOptions {
  /** Items per page. */
  pageSize: number;
}

/**
 * `useTranscript` with no view on top: its state as a definition list, the items as a plain
 * list and a button for older pages, the way an app with its own chat UI would use it.
 */
export function HookInspector({ pageSize, ...options }: HookInspectorProps) {
  const story = useStorySimulator(options);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one cache per simulator
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    [story],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <div data-sim-endpoint={story.endpoint}>
        <Inspector client={story.client} pageSize={pageSize} />
      </div>
    </QueryClientProvider>
  );
}

function Inspector({ client, pageSize }: { client: ParticipantClient; pageSize: number }) {
  const t = useTranscript({ client, pageSize });
  return (
    <section aria-label="useTranscript state" style={{ fontSize: 14 }}>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px' }}>
        <dt>status</dt>
        <dd data-testid="status">{t.status}</dd>
        <dt>items</dt>
        <dd data-testid="count">{t.items.length}</dd>
        <dt>hasOlder</dt>
        <dd>{String(t.hasOlder)}</dd>
        <dt>isFetchingOlder</dt>
        <dd>{String(t.isFetchingOlder)}</dd>
        <dt>olderError</dt>
        <dd>{t.olderError ? `${t.olderError.code}: ${t.olderError.message}` : '—'}</dd>
        <dt>typing</dt>
        <dd>{t.typing.map((p) => p.displayName ?? p.participantId).join(', ') || '—'}</dd>
        <dt>receipts</dt>
        <dd>{t.receipts.size}</dd>
      </dl>
      <button
        type="button"
        disabled={!t.hasOlder || t.isFetchingOlder}
        onClick={() => void t.fetchOlder()}
      >
        Earlier messages
      </button>
      <ol aria-label="Items">
        {t.items.map((item) => (
          <li key={item.Id}>
            {item.DisplayName ?? item.ParticipantRole ?? ''}: {item.Content ?? item.ContentType}
          </li>
        ))}
      </ol>
    </section>
  );
}
