'use client';
import { startTransition, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';

/** `useLayoutEffect` in the browser; on the server (where it warns and never runs) `useEffect`. */
export const useIsoLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

// `useSyncExternalStore` reads `isServer` on the server and while hydrating, `isClient` otherwise.
const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

/** How far the view has opened: see {@link useOpened}. */
export type Opening = 'static' | 'opening' | 'open';

/**
 * How far the view has opened, given whether it has rows to show (`ready`).
 *
 * - `'static'`: the server render and hydration show a plain, bottom-aligned page of the newest
 *   rows (the server's HTML must be matched); the view takes over before the first paint after
 *   hydration.
 * - `'opening'`: a client-only mount opens in a transition. The render that first has rows
 *   still shows the skeleton, and React renders the rows in slices of a few milliseconds,
 *   yielding between them, instead of one task as long as the whole opening (a 10,000-item
 *   chat blocked the main thread for ~70 ms that way). Nothing but the skeleton is painted in
 *   between, so the first frame with rows is the final one; the cost is one more render of the
 *   skeleton.
 * - `'open'`: the view lays out its rows, and stays open.
 */
export function useOpened(ready: boolean): Opening {
  const [opened, setOpened] = useState<Opening>(
    useSyncExternalStore(noSubscription, isClient, isServer) ? 'opening' : 'static',
  );
  useIsoLayoutEffect(() => setOpened((now) => (now === 'static' ? 'open' : now)), []);
  useEffect(() => {
    if (ready && opened === 'opening') startTransition(() => setOpened('open'));
  }, [ready, opened]);
  return opened;
}
