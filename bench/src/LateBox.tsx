import { useSyncExternalStore } from 'react';
import { store } from './params.js';

/** Height a late box takes once "loaded": an image without dimensions, a link preview. */
export const LATE_HEIGHT = 120;

/**
 * The late-growing content every contender renders in the same rows: 0 px tall until the
 * runner calls `__bench.grow()`, then {@link LATE_HEIGHT} px (as an image without width/height
 * attributes does when it loads).
 */
export function LateBox() {
  const grown = useSyncExternalStore(store.subscribe, store.getGrown);
  return <div className="bench-late" style={{ height: grown ? LATE_HEIGHT : 0 }} />;
}
