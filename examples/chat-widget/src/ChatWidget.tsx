import { useTranscript } from '@connect-transcript/react';
import { TranscriptView } from '@connect-transcript/ui';
import { useState } from 'react';
import type { ChatBackend } from './backend.js';
import { Composer } from './Composer.js';
import { useLiveTail } from './useLiveTail.js';

/** Props of {@link ChatWidget}. */
export interface ChatWidgetProps {
  backend: ChatBackend;
  /** Start minimised (the launcher button only). @default false */
  minimised?: boolean;
}

const PAGE_SIZE = 30;
const SCROLL_KEY = 'connect-transcript-chat-widget';

/**
 * A customer chat widget: header, the transcript (scroll back through the whole chat), a composer
 * and a launcher. Minimising unmounts the transcript; `scrollStateKey` brings the reader back to
 * the same message on restore.
 */
export function ChatWidget({ backend, minimised: startMinimised = false }: ChatWidgetProps) {
  const [minimised, setMinimised] = useState(startMinimised);
  return minimised ? (
    <button
      type="button"
      className="cw-launcher"
      aria-label="Open chat"
      onClick={() => setMinimised(false)}
    >
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
        <path
          fill="currentColor"
          d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2Z"
          opacity=".95"
        />
      </svg>
    </button>
  ) : (
    <OpenWidget backend={backend} onMinimise={() => setMinimised(true)} />
  );
}

function OpenWidget({ backend, onMinimise }: { backend: ChatBackend; onMinimise: () => void }) {
  const transcript = useTranscript({ client: backend.client, pageSize: PAGE_SIZE });
  // New messages (the agent's replies, typing, receipts) arrive by polling the newest page.
  const pollNow = useLiveTail(backend.client, transcript.addItems, backend.pollMs);

  // The view scrolls the reader's own new message into view by itself.
  async function send(text: string) {
    await backend.sendMessage(text);
    await pollNow();
  }

  async function upload(file: File) {
    await backend.uploadAttachment?.(file);
    await pollNow();
  }

  return (
    <section className="cw-widget" aria-label="Chat with Acme support">
      <header className="cw-header">
        <div className="cw-avatar" aria-hidden="true">
          {backend.agentName.slice(0, 1)}
        </div>
        <div className="cw-title">
          <h1>Acme support</h1>
          <p>
            <span className="cw-online" aria-hidden="true" /> {backend.agentName} · replies in a
            minute
          </p>
        </div>
        <button
          type="button"
          className="cw-icon-button cw-minimise"
          aria-label="Minimise chat"
          onClick={onMinimise}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path fill="currentColor" d="M5 11h14v2H5z" />
          </svg>
        </button>
      </header>
      <TranscriptView
        className="cw-transcript"
        transcript={transcript}
        selfRole="CUSTOMER"
        {...(backend.selfParticipantId ? { selfParticipantId: backend.selfParticipantId } : {})}
        scrollStateKey={SCROLL_KEY}
      />
      <Composer
        onSend={send}
        onTyping={() => void backend.sendTyping().catch(() => undefined)}
        onUpload={backend.uploadAttachment ? upload : undefined}
      />
    </section>
  );
}
