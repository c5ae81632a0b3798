import {
  isTranscriptError,
  mergeItems,
  nextPageToken,
  type TranscriptItem,
} from '@connect-transcript/core';
import { useCallback, useEffect, useState } from 'react';
import { type StorySimulatorOptions, useStorySimulator } from './useStorySimulator.js';

/** Props of {@link SimulatorExplorer}. */
export interface SimulatorExplorerProps extends StorySimulatorOptions {
  /** Items per GetTranscript page. */
  pageSize: number;
}

/**
 * Raw GetTranscript pages from the simulator, read with the core client over `fetch` (MSW), and
 * the simulator's request log: what the service answers, without any React layer on top.
 */
export function SimulatorExplorer({ pageSize, ...options }: SimulatorExplorerProps) {
  const { sim, endpoint, client } = useStorySimulator(options);
  const [items, setItems] = useState<readonly TranscriptItem[]>([]);
  const [next, setNext] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [log, setLog] = useState(sim.requests.slice());

  const load = useCallback(
    async (token: string | undefined) => {
      setBusy(true);
      setError(null);
      try {
        const page = await client.getTranscript({
          MaxResults: pageSize,
          SortOrder: 'DESCENDING',
          ScanDirection: 'BACKWARD',
          ...(token ? { NextToken: token } : {}),
        });
        setItems((old) => mergeItems(old, page.Transcript ?? []));
        const following = nextPageToken(page);
        setNext(following);
        setDone(following === undefined);
      } catch (e) {
        setError(isTranscriptError(e) ? `${e.code}: ${e.message}` : String(e));
      } finally {
        setBusy(false);
        setLog(sim.requests.slice());
      }
    },
    [client, pageSize, sim],
  );

  useEffect(() => {
    setItems([]);
    void load(undefined);
  }, [load]);

  return (
    <section data-sim-endpoint={endpoint} aria-label="Simulator explorer" style={{ fontSize: 14 }}>
      <p>
        <strong>{items.length}</strong> of {sim.items().length} items loaded
        {done ? ' (start of the chat reached)' : ''}.
      </p>
      <button type="button" disabled={busy || done} onClick={() => void load(next)}>
        Load older page
      </button>
      {error && <p role="alert">{error}</p>}
      <ol aria-label="Loaded items">
        {items.map((item) => (
          <li key={item.Id}>
            <code>{item.Type}</code> {item.ParticipantRole ?? ''} {item.DisplayName ?? ''}:{' '}
            {item.Content ?? item.ContentType}
          </li>
        ))}
      </ol>
      <table aria-label="Requests the simulator answered">
        <thead>
          <tr>
            <th scope="col">operation</th>
            <th scope="col">status</th>
            <th scope="col">fault</th>
          </tr>
        </thead>
        <tbody>
          {log.map((r) => (
            <tr key={r.requestId}>
              <td>{r.operation}</td>
              <td>{r.status}</td>
              <td>{r.fault ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
