import type { ParticipantClient, TranscriptItem } from '@connect-transcript/core';
import { useCallback, useEffect, useRef } from 'react';

const TAIL_SIZE = 15;

/**
 * Keeps a transcript live without a websocket: every `pollMs` reads the newest page only and
 * merges it in with `addItems` (what a chatjs `onMessage` handler does with live events). Older
 * pages already loaded are not refetched. Returns a function that polls now.
 */
export function useLiveTail(
  client: ParticipantClient,
  addItems: (items: readonly TranscriptItem[]) => void,
  pollMs: number,
): () => Promise<void> {
  const add = useRef(addItems);
  add.current = addItems;
  const inFlight = useRef<Promise<void> | null>(null);

  const poll = useCallback((): Promise<void> => {
    inFlight.current ??= client
      .getTranscript({ MaxResults: TAIL_SIZE, ScanDirection: 'BACKWARD', SortOrder: 'ASCENDING' })
      .then((page) => add.current(page.Transcript ?? []))
      // A failed poll is retried by the next tick; the view shows errors of its own requests.
      .catch(() => undefined)
      .finally(() => {
        inFlight.current = null;
      });
    return inFlight.current;
  }, [client]);

  useEffect(() => {
    const timer = setInterval(() => void poll(), pollMs);
    return () => clearInterval(timer);
  }, [poll, pollMs]);

  return poll;
}
