import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { DemoConfig } from '../demoServer.js';
import { type ChatBackend, connectBackend, simulatorBackend } from './backend.js';
import { ChatWidget } from './ChatWidget.js';
import { RealChatForm } from './RealChatForm.js';

type Source =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'form'; region: string; config: DemoConfig }
  | { kind: 'ready'; backend: ChatBackend; config: DemoConfig };

/** Loads the dev server's config and picks the simulator or a real chat. */
export function App() {
  const [source, setSource] = useState<Source>({ kind: 'loading' });
  const queryClient = useMemo(() => new QueryClient(), []);

  useEffect(() => {
    fetch('/demo/config')
      .then((r) => (r.ok ? (r.json() as Promise<DemoConfig>) : Promise.reject(new Error())))
      .then((config) => {
        if (config.mode === 'simulator') {
          setSource({ kind: 'ready', backend: simulatorBackend(config), config });
        } else if (config.connectionToken) {
          const backend = connectBackend(config.region, config.connectionToken);
          setSource({ kind: 'ready', backend, config });
        } else {
          setSource({ kind: 'form', region: config.region, config });
        }
      })
      .catch(() =>
        setSource({ kind: 'failed', message: 'Start the example with `pnpm run example`.' }),
      );
  }, []);

  return (
    <QueryClientProvider client={queryClient}>
      <main className="cw-page">
        <div className="cw-page-copy">
          <p className="cw-kicker">connect-transcript example</p>
          <h2 className="cw-page-title">A customer chat widget</h2>
          <p>
            Scroll up in the chat to load older messages, send one and watch the agent answer,
            attach a file, minimise and restore. The chat comes from the Participant Service
            simulator, or from a real Amazon Connect chat.
          </p>
          {source.kind === 'ready' && source.config.mode === 'simulator' && (
            <button
              type="button"
              className="cw-link"
              onClick={() =>
                setSource({ kind: 'form', region: 'us-east-1', config: source.config })
              }
            >
              Use a real Amazon Connect chat…
            </button>
          )}
        </div>
        {source.kind === 'loading' && <p className="cw-status">Loading…</p>}
        {source.kind === 'failed' && (
          <p className="cw-status" role="alert">
            {source.message}
          </p>
        )}
        {source.kind === 'form' && (
          <RealChatForm
            defaultRegion={source.region}
            onConnect={(region, token) => {
              queryClient.clear();
              setSource({
                kind: 'ready',
                backend: connectBackend(region, token),
                config: source.config,
              });
            }}
            {...(source.config.mode === 'simulator'
              ? {
                  onCancel: () => {
                    if (source.config.mode !== 'simulator') return;
                    queryClient.clear();
                    setSource({
                      kind: 'ready',
                      backend: simulatorBackend(source.config),
                      config: source.config,
                    });
                  },
                }
              : {})}
          />
        )}
        {source.kind === 'ready' && <ChatWidget key={source.backend.id} backend={source.backend} />}
      </main>
    </QueryClientProvider>
  );
}
