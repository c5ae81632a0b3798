import type { ScrollPlace } from './types.js';

// Where a reader was in a transcript (see ScrollPlace), kept per `scrollStateKey` so a remounted
// view (a closed and reopened widget, a route change) opens at the same place.

const PREFIX = 'ct-scroll:';
// Fallback when sessionStorage is unavailable (SSR, sandboxed iframes, privacy modes).
const memory = new Map<string, ScrollPlace>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Stores a snapshot under `scrollStateKey` (sessionStorage, else memory). */
export function saveScrollPlace(scrollStateKey: string, snapshot: ScrollPlace): void {
  memory.set(scrollStateKey, snapshot);
  try {
    storage()?.setItem(PREFIX + scrollStateKey, JSON.stringify(snapshot));
  } catch {
    // Quota or privacy mode: the in-memory copy still serves this page.
  }
}

/** Reads a snapshot stored under `scrollStateKey`; `undefined` when none or unreadable. */
export function readScrollPlace(scrollStateKey: string): ScrollPlace | undefined {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(PREFIX + scrollStateKey) ?? null;
  } catch {
    raw = null;
  }
  if (raw !== null) {
    try {
      const value: unknown = JSON.parse(raw);
      if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as ScrollPlace).key === 'string' &&
        typeof (value as ScrollPlace).offset === 'number' &&
        typeof (value as ScrollPlace).atEnd === 'boolean'
      ) {
        return value as ScrollPlace;
      }
    } catch {
      // A foreign value under our key: ignore it.
    }
  }
  return memory.get(scrollStateKey);
}
