import { exportTranscript, type TranscriptItem } from '@connect-transcript/core';
import { useTranscript } from '@connect-transcript/react';
import {
  type TranscriptHighlight,
  type TranscriptPlace,
  TranscriptView,
  type TranscriptViewHandle,
} from '@connect-transcript/ui';
import { useCallback, useRef, useState } from 'react';
import type { ChatBackend } from './backend.js';
import { Composer } from './Composer.js';
import { SearchBar } from './SearchBar.js';
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

/** Saves what is loaded as a printable HTML page (works after the chat ended: no request). */
function download(items: readonly TranscriptItem[]) {
  const html = exportTranscript(items, { format: 'html', labels: { title: 'Acme support chat' } });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: 'acme-support-chat.html',
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function OpenWidget({ backend, onMinimise }: { backend: ChatBackend; onMinimise: () => void }) {
  const transcript = useTranscript({
    client: backend.client,
    pageSize: PAGE_SIZE,
    selfParticipantId: backend.selfParticipantId,
  });
  const view = useRef<TranscriptViewHandle>(null);
  const [searching, setSearching] = useState(false);
  const [highlight, setHighlight] = useState<TranscriptHighlight | undefined>(undefined);
  // Where the reader was when the search opened: closing it goes back there.
  const place = useRef<TranscriptPlace | undefined>(undefined);
  const found = useCallback((query: string, key: string | undefined) => {
    setHighlight(query.trim() ? { query, current: key } : undefined);
    if (key) view.current?.scrollToItem(key);
  }, []);
  const toggleSearch = (open: boolean) => {
    if (open) place.current = view.current?.getPlace();
    else {
      setHighlight(undefined);
      if (place.current) view.current?.restorePlace(place.current);
    }
    setSearching(open);
  };
  const { sendRead } = backend;
  const seen = useCallback(
    (ids: string[]) => void sendRead(ids).catch(() => undefined),
    [sendRead],
  );
  // New messages (the agent's replies, typing, receipts) arrive by polling the newest page.
  const pollNow = useLiveTail(backend.client, transcript.addItems, backend.pollMs);

  // Shown at once, "Sending…", under a temporary Id; confirmed with the Id SendMessage answers
  // (the same row: nothing moves), or marked "Not delivered". The view scrolls the reader's own
  // new message into view by itself.
  const { addItems, confirmItem } = transcript;
  async function send(text: string) {
    const id = `local-${crypto.randomUUID()}`;
    const temp: TranscriptItem = {
      Id: id,
      Type: 'MESSAGE',
      ContentType: 'text/plain',
      Content: text,
      AbsoluteTime: new Date().toISOString(),
      ParticipantRole: 'CUSTOMER',
      ...(backend.selfParticipantId ? { ParticipantId: backend.selfParticipantId } : {}),
    };
    const status = (s: 'PROCESSING' | 'FAILED') => ({
      ...temp,
      MessageMetadata: { MessageId: id, MessageProcessingStatus: s },
    });
    addItems([status('PROCESSING')]);
    try {
      confirmItem(id, await backend.sendMessage(text));
    } catch (error) {
      addItems([status('FAILED')]);
      throw error;
    }
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
          className="cw-icon-button"
          aria-label="Search this chat"
          aria-pressed={searching}
          onClick={() => toggleSearch(!searching)}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path
              fill="currentColor"
              d="M10 4a6 6 0 0 1 4.8 9.6l5.3 5.3-1.4 1.4-5.3-5.3A6 6 0 1 1 10 4Zm0 2a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
            />
          </svg>
        </button>
        <button
          type="button"
          className="cw-icon-button"
          aria-label="Download transcript"
          onClick={() => download(transcript.items)}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path
              fill="currentColor"
              d="M11 4h2v8l3-3 1.4 1.4L12 15.8l-5.4-5.4L8 9l3 3V4ZM5 18h14v2H5z"
            />
          </svg>
        </button>
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
      {searching && (
        <SearchBar transcript={transcript} onChange={found} onClose={() => toggleSearch(false)} />
      )}
      <TranscriptView
        ref={view}
        className="cw-transcript"
        transcript={transcript}
        unreadFrom={transcript.unread.firstUnreadId}
        onMessagesSeen={seen}
        highlight={highlight}
        // The latest question with options (QuickReply, ListPicker…) is answered from the view:
        // the pick is sent as the customer's message.
        onInteractiveSelect={(selection) => void send(selection.content)}
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
