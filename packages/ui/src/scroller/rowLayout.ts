import type { ScrollerPort } from './types.js';

/**
 * Where the rows of a virtualized list are: each row's top and height, from the heights measured
 * so far (by row key, so they survive a prepend that hands every row a new index) and an
 * estimate for the rest; and which rows a viewport shows. Framework-free and DOM-free: the React
 * adapter feeds it keys, measurements, the scroll offset and the viewport's height, and renders
 * the rows it names.
 */
export interface RowLayout {
  /** Rows laid out now. */
  readonly count: number;
  /**
   * The rows to lay out: `count` of them, the key of each. Read at once (and again only after
   * the next `setRows`), so call it when the rows changed, not on every render.
   */
  setRows(count: number, keyAt: (index: number) => string): void;
  /** Key of row `index` as laid out. */
  keyAt(index: number): string;
  /**
   * The measured height (px) of the row with this key; `at` is where it likely is (its element's
   * index), checked first. Returns whether that moved anything.
   */
  setSize(key: string, size: number, at?: number): boolean;
  /** Whether the row with this key was measured. */
  isMeasured(key: string): boolean;
  /** Top and height of row `index`, measured or estimated; `undefined` out of range. */
  row(index: number): { readonly start: number; readonly size: number } | undefined;
  /** The space above the first row, the rows, and nothing below them (px). */
  totalSize(): number;
  /** Index of the row that covers `offset` (the nearest one above or below the rows). */
  indexAt(offset: number): number | undefined;
  /**
   * The rows a viewport of `size` px at `offset` shows, with `overscan` more on each side:
   * `[first, last]`, or `undefined` without rows.
   */
  range(offset: number, size: number, overscan: number): readonly [number, number] | undefined;
}

/** Options of {@link createRowLayout}. */
export interface RowLayoutOptions {
  /** Height of a row not measured yet (px). */
  readonly estimate: number;
  /** Space above the first row (px): the status box. */
  readonly paddingStart: number;
}

/**
 * Creates a {@link RowLayout}.
 *
 * @example
 * ```ts
 * const layout = createRowLayout({ estimate: 72, paddingStart: 48 });
 * layout.setRows(rows.length, (i) => rows[i].key);
 * layout.setSize('m-7', 96);
 * const [first, last] = layout.range(scrollTop, clientHeight, 1) ?? [0, -1];
 * ```
 */
export function createRowLayout({ estimate, paddingStart }: RowLayoutOptions): RowLayout {
  const sizes = new Map<string, number>();
  let keys: string[] = [];
  // starts[i]: the top of row i; starts[count]: the bottom of the last row. Valid up to `valid`.
  let starts = new Float64Array(1);
  let valid = 0;
  // Index of each laid-out key, built when a measurement needs it.
  let indexOfKey: Map<string, number> | undefined;

  const sizeAt = (i: number) => sizes.get(keys[i]!) ?? estimate;
  /** Brings `starts` up to date through index `upTo`. */
  const fill = (upTo: number) => {
    if (valid === 0) starts[0] = paddingStart;
    for (let i = Math.max(valid, 1); i <= upTo; i++) starts[i] = starts[i - 1]! + sizeAt(i - 1);
    valid = Math.max(valid, upTo + 1);
  };
  const startOf = (i: number) => {
    if (i >= valid) fill(keys.length);
    return starts[i]!;
  };
  const invalidateFrom = (i: number) => {
    // starts[i] itself stays right: only what is below row i moves.
    valid = Math.min(valid, i + 1);
  };

  return {
    get count() {
      return keys.length;
    },
    setRows(count, keyAt) {
      const next = new Array<string>(count);
      for (let i = 0; i < count; i++) next[i] = keyAt(i);
      keys = next;
      if (starts.length < count + 1)
        starts = new Float64Array(Math.max(count + 1, starts.length * 2));
      valid = 0;
      indexOfKey = undefined;
    },
    keyAt: (index) => keys[index] ?? '',
    setSize(key, size, at) {
      const was = sizes.get(key);
      if (was === size) return false;
      sizes.set(key, size);
      let i = at !== undefined && keys[at] === key ? at : undefined;
      if (i === undefined) {
        if (!indexOfKey) {
          indexOfKey = new Map();
          for (let k = 0; k < keys.length; k++) indexOfKey.set(keys[k]!, k);
        }
        i = indexOfKey.get(key);
      }
      if (i === undefined || (was ?? estimate) === size) return false;
      invalidateFrom(i);
      return true;
    },
    isMeasured: (key) => sizes.has(key),
    row(index) {
      if (!(index >= 0 && index < keys.length)) return undefined;
      return { start: startOf(index), size: sizeAt(index) };
    },
    totalSize: () => startOf(keys.length),
    indexAt(offset) {
      const n = keys.length;
      if (n === 0) return undefined;
      startOf(n);
      // The last row whose top is at or above `offset`.
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    range(offset, size, overscan) {
      const n = keys.length;
      if (n === 0) return undefined;
      const first = this.indexAt(offset)!;
      let last = first;
      const end = offset + size;
      while (last + 1 < n && starts[last + 1]! < end) last++;
      return [Math.max(0, first - overscan), Math.min(n - 1, last + overscan)];
    },
  };
}

/** The geometry half of a {@link ScrollerPort}, read from a {@link RowLayout}. */
export type LayoutPort = Pick<ScrollerPort, 'getRow' | 'isMeasured' | 'getIndexAt'> & {
  getTotalSize(): number;
};

/**
 * The engine's geometry questions answered by a layout (`below`: the space the list adds
 * under its last row).
 *
 * @example
 * ```ts
 * const port = { ...layoutPort(layout, () => 8), getOffset, getViewportSize, setOffset };
 * ```
 */
export function layoutPort(layout: RowLayout, below: () => number): LayoutPort {
  return {
    getRow: (index) => layout.row(index),
    isMeasured: (index) =>
      index >= 0 && index < layout.count && layout.isMeasured(layout.keyAt(index)),
    getIndexAt: (offset) => layout.indexAt(offset),
    getTotalSize: () => layout.totalSize() + below(),
  };
}
