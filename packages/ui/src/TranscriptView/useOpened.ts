'use client';
import { startTransition, useEffect, useState } from 'react';
import { useClientRender } from './useHydrated.js';

/**
 * Whether the view shows its rows yet, given that it has some to show (`ready`).
 *
 * A client-only mount opens in a transition: the render that first has rows still shows the
 * skeleton, and React renders the rows in slices of a few milliseconds, yielding between them,
 * instead of one task as long as the whole opening (a 10,000-item chat blocked the main thread
 * for ~70 ms that way). Nothing but the skeleton is painted in between, so the first frame with
 * rows is the final one; the cost is one more render of the skeleton. The server render and
 * hydration show their rows at once: the server's HTML must be matched. Once open, the view
 * stays open.
 */
export function useOpened(ready: boolean): boolean {
  const [opened, setOpened] = useState(!useClientRender());
  useEffect(() => {
    if (ready && !opened) startTransition(() => setOpened(true));
  }, [ready, opened]);
  return opened;
}
