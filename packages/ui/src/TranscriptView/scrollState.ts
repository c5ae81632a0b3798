/**
 * Where a reader was in a transcript, so a remounted view (a closed and reopened widget, a route
 * change) opens at the same place: the key of the row at the top of the viewport and how far the
 * viewport's top was below that row's top. `atEnd` wins: a reader at the bottom comes back to the
 * bottom, whatever arrived meanwhile.
 */
export interface ScrollSnapshot {
  readonly key: string;
  readonly offset: number;
  readonly atEnd: boolean;
}

const PREFIX = 'ct-scroll:';
// Fallback when sessionStorage is unavailable (SSR, sandboxed iframes, privacy modes).
const memory = new Map<string, ScrollSnapshot>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Stores a snapshot under `scrollStateKey` (sessionStorage, else memory). */
export function saveScrollSnapshot(scrollStateKey: string, snapshot: ScrollSnapshot): void {
  memory.set(scrollStateKey, snapshot);
  try {
    storage()?.setItem(PREFIX + scrollStateKey, JSON.stringify(snapshot));
  } catch {
    // Quota or privacy mode: the in-memory copy still serves this page.
  }
}

/** Reads a snapshot stored under `scrollStateKey`; `undefined` when none or unreadable. */
export function readScrollSnapshot(scrollStateKey: string): ScrollSnapshot | undefined {
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
        typeof (value as ScrollSnapshot).key === 'string' &&
        typeof (value as ScrollSnapshot).offset === 'number' &&
        typeof (value as ScrollSnapshot).atEnd === 'boolean'
      ) {
        return value as ScrollSnapshot;
      }
    } catch {
      // A foreign value under our key: ignore it.
    }
  }
  return memory.get(scrollStateKey);
}
