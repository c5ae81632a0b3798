import type { TranscriptState } from '@connect-transcript/core';
import { useTranscriptSearch } from '@connect-transcript/react';
import { useEffect, useMemo, useRef, useState } from 'react';

/** Props of {@link SearchBar}. */
export interface SearchBarProps {
  /** The transcript: the search looks in what is loaded, and pages back on demand. */
  transcript: TranscriptState;
  /** The query and the current hit's row key, to highlight and show in the view. */
  onChange: (query: string, key: string | undefined) => void;
  onClose: () => void;
}

/**
 * Find in the chat: searches what is loaded as the reader types (case- and accent-insensitive),
 * newest hit first; Enter / Shift+Enter step through the hits, "Search older" pages back for
 * more, Escape closes.
 */
export function SearchBar({ transcript, onChange, onClose }: SearchBarProps) {
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const { hits, searchOlder, progress } = useTranscriptSearch(transcript, query);
  // One entry per item (an item can match in its text and its attachment name), newest first.
  const keys = useMemo(() => [...new Set(hits.map((h) => h.key))].reverse(), [hits]);
  const current = keys.length ? Math.min(at, keys.length - 1) : -1;
  const key = current >= 0 ? keys[current] : undefined;
  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    onChange(query, key);
  }, [query, key, onChange]);
  const step = (by: number) => {
    if (keys.length) setAt((current + by + keys.length) % keys.length);
  };
  const older = async () => {
    const before = keys.length;
    if (await searchOlder()) setAt(before);
  };
  return (
    <search className="cw-search">
      <input
        ref={input}
        type="search"
        aria-label="Search this chat"
        placeholder="Search this chat"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setAt(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') onClose();
        }}
      />
      <output className="cw-search-count" aria-live="polite">
        {progress
          ? `Searching… ${progress.pages}`
          : query.trim()
            ? keys.length
              ? `${current + 1} of ${keys.length}`
              : 'No results'
            : ''}
      </output>
      {query.trim() && transcript.hasOlder && current === keys.length - 1 && !progress ? (
        <button type="button" className="cw-link cw-search-older" onClick={() => void older()}>
          Search older
        </button>
      ) : null}
      <button
        type="button"
        className="cw-icon-button"
        aria-label="Newer result"
        onClick={() => step(-1)}
        disabled={keys.length < 2}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path fill="currentColor" d="m7 14 5 5 5-5H7z" />
        </svg>
      </button>
      <button
        type="button"
        className="cw-icon-button"
        aria-label="Older result"
        onClick={() => step(1)}
        disabled={keys.length < 2}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path fill="currentColor" d="m7 10 5-5 5 5H7z" />
        </svg>
      </button>
      <button type="button" className="cw-icon-button" aria-label="Close search" onClick={onClose}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            fill="currentColor"
            d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"
          />
        </svg>
      </button>
    </search>
  );
}
