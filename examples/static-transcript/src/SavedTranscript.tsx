import type { TranscriptItem } from '@connect-transcript/core';
import { staticTranscript, TranscriptView } from '@connect-transcript/ui';
import { useMemo } from 'react';

/** The file an app saves when a chat ends: every item, as GetTranscript returned them. */
export interface SavedChat {
  readonly InitialContactId?: string;
  readonly Transcript: readonly TranscriptItem[];
}

/**
 * A finished chat, read from a saved JSON file: no client, no network, nothing older to load.
 * `staticTranscript` turns the items into the state `<TranscriptView>` shows (typing and
 * receipts folded in, control items dropped).
 */
export function SavedTranscript({ saved }: { saved: SavedChat }) {
  const transcript = useMemo(() => staticTranscript(saved.Transcript), [saved]);
  const first = saved.Transcript[0]?.AbsoluteTime;
  const last = saved.Transcript.at(-1)?.AbsoluteTime;
  const date = first
    ? new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(first),
      )
    : '';
  const minutes =
    first && last ? Math.max(1, Math.round((Date.parse(last) - Date.parse(first)) / 60_000)) : 0;
  return (
    <main className="st-page">
      <header className="st-header">
        <p className="st-kicker">Saved chat transcript</p>
        <h1>Conversation with Acme support</h1>
        <p className="st-meta">
          {date} · {minutes} min · {transcript.items.length} entries · ended
        </p>
      </header>
      <TranscriptView
        className="st-transcript"
        transcript={transcript}
        selfRole="CUSTOMER"
        aria-label="Chat transcript"
      />
    </main>
  );
}
