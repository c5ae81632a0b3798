import { useTranscript, useTranscriptExport, useTranscriptSearch } from '@connect-transcript/react';
import { TranscriptView, type TranscriptViewHandle } from '@connect-transcript/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { people } from './chats.js';
import { type StorySimulatorOptions, useStorySimulator } from './useStorySimulator.js';

/** Props of {@link ReaderTools}. */
export interface ReaderToolsProps extends StorySimulatorOptions {
  /** Items per GetTranscript page. */
  pageSize: number;
  /** Export format of the "Export" button. */
  format?: 'text' | 'markdown' | 'html';
}

/**
 * What a reader of a long chat uses: the "New messages" divider from read receipts (with a jump
 * to it), messages reported as seen, search with jumps, export, and a gap-fill after a silence —
 * over the simulator.
 */
export function ReaderTools(props: ReaderToolsProps) {
  const { pageSize, format = 'html', ...simulator } = props;
  const { sim, endpoint, client } = useStorySimulator(simulator);
  // A fresh cache per simulator: a story never shows another story's (or an old arg's) pages.
  // biome-ignore lint/correctness/useExhaustiveDependencies: one cache per simulator
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    [sim],
  );
  return (
    <div data-sim-endpoint={endpoint}>
      <QueryClientProvider client={queryClient}>
        <Reader client={client} sim={sim} pageSize={pageSize} format={format} />
      </QueryClientProvider>
    </div>
  );
}

function Reader({
  client,
  sim,
  pageSize,
  format,
}: {
  client: ReturnType<typeof useStorySimulator>['client'];
  sim: ReturnType<typeof useStorySimulator>['sim'];
  pageSize: number;
  format: 'text' | 'markdown' | 'html';
}) {
  const me = people.customer.ParticipantId;
  const transcript = useTranscript({ client, pageSize, selfParticipantId: me });
  const view = useRef<TranscriptViewHandle>(null);
  const [seen, setSeen] = useState(0);
  const [query, setQuery] = useState('');
  const [exported, setExported] = useState('');
  const { hits, searchOlder, progress: searching } = useTranscriptSearch(transcript, query);
  const { exportLoaded, exportAll, progress: exporting } = useTranscriptExport(transcript);
  const newest = hits.at(-1)?.key;
  useEffect(() => {
    if (newest) view.current?.scrollToItem(newest);
  }, [newest]);
  return (
    <div style={{ display: 'grid', gap: 8, width: 380 }}>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <button type="button" onClick={() => void view.current?.scrollToUnread()}>
          Jump to first unread
        </button>
        <button
          type="button"
          onClick={() => {
            // Said while the socket was down: the simulator has them, the view does not.
            for (let i = 1; i <= 45; i++) {
              sim.advance(1000);
              sim.append(sim.defaultContactId, {
                Type: 'MESSAGE',
                ContentType: 'text/plain',
                Content: `Missed while away ${i}`,
                ...people.agent,
              });
            }
          }}
        >
          Miss 45 messages
        </button>
        <button type="button" onClick={() => void transcript.refreshNewest()}>
          Fill the gap
        </button>
        <button type="button" onClick={() => setExported(exportLoaded({ format }))}>
          Export
        </button>
        <button
          type="button"
          onClick={() => void exportAll({ format }).then(({ text }) => setExported(text))}
        >
          {exporting ? `Reading… ${exporting.pages} pages` : 'Export the whole chat'}
        </button>
        <button type="button" onClick={() => void searchOlder()}>
          {searching ? `Searching… ${searching.pages} pages` : 'Search older'}
        </button>
      </div>
      <input
        type="search"
        aria-label="Search this chat"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p style={{ margin: 0, fontSize: 13 }}>
        <span data-testid="unread">{transcript.unread.count}</span> unread ·{' '}
        <span data-testid="seen">{seen}</span> seen ·{' '}
        <span data-testid="hits">{query.trim() ? hits.length : 0}</span> hits
      </p>
      <TranscriptView
        ref={view}
        transcript={transcript}
        selfParticipantId={me}
        unreadFrom={transcript.unread.firstUnreadId}
        onMessagesSeen={(ids) => setSeen((n) => n + ids.length)}
        highlight={query.trim() ? { query, current: newest } : undefined}
        style={{ height: 420 }}
      />
      {exported && (
        <pre
          data-testid="export"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached by keyboard
          tabIndex={0}
          style={{ maxHeight: 200, overflow: 'auto', fontSize: 11 }}
        >
          {exported}
        </pre>
      )}
    </div>
  );
}
