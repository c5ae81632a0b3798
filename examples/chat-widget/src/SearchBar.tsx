import { searchTranscript, type TranscriptItem } from '@connect-transcript/core';
import { useEffect, useMemo, useRef, useState } from 'react';

/** Props of {@link SearchBar}. */
export interface SearchBarProps {
  /** What is loaded: the search looks there. */
  items: readonly TranscriptItem[];
  /** Shows a hit (the view scrolls it into the middle). */
  onShow: (key: string) => void;
  onClose: () => void;
}

/**
 * Find in the chat: searches what is loaded as the reader types (case- and accent-insensitive),
 * newest hit first; Enter / Shift+Enter step through the hits, Escape closes.
 */
export function SearchBar({ items, onShow, onClose }: SearchBarProps) {
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // One entry per item (an item can match in its text and its attachment name), newest first.
  const hits = useMemo(() => {
    const keys = searchTranscript(items, query).map((h) => h.key);
    return [...new Set(keys)].reverse();
  }, [items, query]);
  const current = hits.length ? Math.min(at, hits.length - 1) : -1;
  const key = current >= 0 ? hits[current] : undefined;
  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    if (key) onShow(key);
  }, [key, onShow]);
  const step = (by: number) => {
    if (hits.length) setAt((current + by + hits.length) % hits.length);
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
        {query.trim() ? (hits.length ? `${current + 1} of ${hits.length}` : 'No results') : ''}
      </output>
      <button
        type="button"
        className="cw-icon-button"
        aria-label="Newer result"
        onClick={() => step(-1)}
        disabled={hits.length < 2}
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
        disabled={hits.length < 2}
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
