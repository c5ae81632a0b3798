import type { ScrollerRows } from './types.js';

/**
 * The window: the loaded rows from `start` on go to the virtualizer, so opening 10,000 loaded
 * items costs what opening a few hundred does. It is remembered by the key of its first row, so
 * rows prepended or appended around it leave it in place; once it reaches the first loaded row it
 * stays there and older pages join it as they arrive.
 */
export interface RowWindow {
  /** Key of the window's first row; `undefined` before there are rows. */
  readonly key: string | undefined;
  readonly start: number;
  /** Rows loaded when the window was placed. */
  readonly length: number;
}

export const EMPTY_WINDOW: RowWindow = { key: undefined, start: 0, length: 0 };

/**
 * Where the window starts in `rows`: where its first row is now, or — for first rows or rows of
 * another transcript (`found: false`) — the newest `size` rows, reaching back to `include`.
 */
export function placeWindow(
  previous: RowWindow,
  rows: ScrollerRows,
  size: number,
  include?: number,
): { window: RowWindow; found: boolean } {
  const n = rows.length;
  if (n === 0) return { window: EMPTY_WINDOW, found: false };
  if (previous.key !== undefined) {
    const at =
      previous.start === 0
        ? rows.keyAt(0) === previous.key
          ? 0
          : rows.indexOf(previous.key, n - previous.length)
        : rows.indexOf(previous.key, previous.start, previous.start + n - previous.length);
    if (at !== undefined) {
      // A window at the first row stays there: older pages join it.
      const start = previous.start === 0 ? 0 : at;
      return { window: { key: rows.keyAt(start), start, length: n }, found: true };
    }
  }
  let start = Math.max(0, n - size);
  if (include !== undefined) start = Math.max(0, Math.min(start, include));
  return { window: { key: rows.keyAt(start), start, length: n }, found: false };
}

/** The window moved back to row `start` (never forward, never before the first row). */
export function growWindow(current: RowWindow, rows: ScrollerRows, start: number): RowWindow {
  const to = Math.max(0, Math.min(start, current.start));
  if (rows.length === 0 || to === current.start) return current;
  return { key: rows.keyAt(to), start: to, length: rows.length };
}
