'use client';
import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';

const useIsoLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
// `useSyncExternalStore` reads `isServer` on the server and while hydrating, `isClient` otherwise.
const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

/**
 * Whether the view may take over from its static render: false on the server and while
 * hydrating (the server's HTML must be matched first), true from the first client render of a
 * client-only mount, and true before the first paint after hydration.
 */
export function useHydrated(): boolean {
  const clientRender = useClientRender();
  const [mounted, setMounted] = useState(clientRender);
  useIsoLayoutEffect(() => setMounted(true), []);
  return mounted;
}

/** Whether this render is a client render: false on the server and while hydrating. */
export function useClientRender(): boolean {
  return useSyncExternalStore(noSubscription, isClient, isServer);
}
