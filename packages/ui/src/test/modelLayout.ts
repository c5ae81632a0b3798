import { createScroller } from '../scroller/createScroller.js';
import type {
  FrameClock,
  RowRole,
  ScrollerData,
  ScrollerOptions,
  ScrollerPort,
  ScrollerRows,
  TranscriptScroller,
} from '../scroller/types.js';

// A model of what a browser and a virtualizer do with the engine, for Node tests: rows have a
// real height the layout only learns when a row is rendered (before the paint), estimates stand
// in for the rest, scrollTop is clamped, the engine's writes come back as scroll events at the
// next frame, and frames run on a manual clock.

/** A frame clock the test advances by hand. */
export class ManualClock implements FrameClock {
  private queue = new Map<number, () => void>();
  private next = 1;
  request(callback: () => void): number {
    const id = this.next++;
    this.queue.set(id, callback);
    return id;
  }
  cancel(handle: number): void {
    this.queue.delete(handle);
  }
  /** Runs the callbacks queued before this call. */
  run(): void {
    const due = [...this.queue];
    this.queue.clear();
    for (const [, cb] of due) cb();
  }
  get pending(): number {
    return this.queue.size;
  }
}

/** Rows from keys; `roles` marks the reader's own and others' messages (default: incoming). */
export function rowsOf(keys: readonly string[], roles: Record<string, RowRole> = {}): ScrollerRows {
  const map = new Map(keys.map((k, i) => [k, i]));
  return {
    length: keys.length,
    keyAt: (i) => keys[i] ?? '',
    indexOf: (key) => map.get(key),
    roleAt: (i) => roles[keys[i] ?? ''] ?? 'incoming',
  };
}

/** `m{from}` … `m{to - 1}`. */
export const keys = (from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, i) => `m${from + i}`);

export interface ModelOptions {
  viewport?: number;
  estimate?: number;
  /** The status box above the rows. */
  statusHeight?: number;
  overscan?: number;
  /** The real height of a row (px). */
  height?: (key: string) => number;
}

/** Data with defaults: nothing to load, nothing failed. */
export function dataOf(rows: ScrollerRows, patch: Partial<ScrollerData> = {}): ScrollerData {
  return {
    rows,
    typing: false,
    hasOlder: false,
    isFetchingOlder: false,
    olderFailed: false,
    hasNewer: false,
    isFetchingNewer: false,
    newerFailed: false,
    ended: false,
    fetchOlder: () => Promise.resolve(),
    fetchNewer: () => Promise.resolve(),
    ...patch,
  };
}

/** The engine over a model layout, with a manual clock and a record of what it asked for. */
export class Model implements ScrollerPort {
  readonly clock = new ManualClock();
  readonly scroller: TranscriptScroller;
  readonly announcements: unknown[] = [];
  offset = 0;
  /** Sizes the layout has measured, by key. */
  readonly measured = new Map<string, number>();
  private heights = new Map<string, number>();
  private count = 0;
  private keysLaid: string[] = [];
  private prefix: number[] | null = null;
  private scrollEventDue = false;
  readonly viewport: number;
  readonly estimate: number;
  readonly statusHeight: number;
  readonly overscan: number;
  private readonly height: (key: string) => number;

  constructor(options: ModelOptions = {}, scrollerOptions: ScrollerOptions = {}) {
    this.viewport = options.viewport ?? 400;
    this.estimate = options.estimate ?? 72;
    this.statusHeight = options.statusHeight ?? 48;
    this.overscan = options.overscan ?? 1;
    this.height = options.height ?? (() => 40);
    this.scroller = createScroller(this, {
      clock: this.clock,
      announce: (a) => this.announcements.push(a),
      ...scrollerOptions,
    });
  }

  // --- ScrollerPort -------------------------------------------------------------------------
  getOffset = () => this.offset;
  getViewportSize = () => this.viewport;
  getTotalSize = () => {
    const p = this.starts();
    return p[this.count] ?? this.statusHeight;
  };
  getRow = (index: number) => {
    if (index < 0 || index >= this.count) return undefined;
    const p = this.starts();
    const start = p[index] ?? 0;
    return { start, size: (p[index + 1] ?? start) - start };
  };
  isMeasured = (index: number) => this.measured.has(this.keysLaid[index] ?? '');
  getIndexAt = (offset: number) => {
    if (this.count === 0) return undefined;
    const p = this.starts();
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((p[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  setOffset = (offset: number, how: { render: boolean; smooth: boolean }) => {
    this.offset = this.clamp(offset);
    this.writes.push({ offset: this.offset, ...how });
    if (!how.render) this.scrollEventDue = true;
  };
  readonly writes: { offset: number; render: boolean; smooth: boolean }[] = [];

  // --- The browser ---------------------------------------------------------------------------
  /**
   * A React render with this data: setData, the virtualizer's options, layout; then its commit,
   * as the view's: announcements, measuring, commit.
   */
  render(data: ScrollerData): void {
    this.scroller.setData(data);
    this.syncOptions();
    this.scroller.layout();
    this.offset = this.clamp(this.offset);
    this.scroller.announce();
    this.measureInView();
    this.scroller.commit();
    this.measureInView();
  }

  /** One frame: pending scroll events, animation-frame callbacks, then layout and measuring. */
  frame(): void {
    if (this.scrollEventDue) {
      this.scrollEventDue = false;
      this.scroller.onScroll(this.offset);
    }
    this.clock.run();
    this.syncOptions();
    this.measureInView();
  }

  frames(n: number): void {
    for (let i = 0; i < n; i++) this.frame();
  }

  /** The reader scrolls to `offset` (wheel, touch, scrollbar): a scroll event at once. */
  userScrollTo(offset: number): void {
    this.scroller.onUserInput();
    this.offset = this.clamp(offset);
    this.scroller.onScroll(this.offset);
    this.measureInView();
  }

  userScrollBy(delta: number): void {
    this.userScrollTo(this.offset + delta);
  }

  /** A rendered row changes height (an image loads, a font swaps); the layout sees it at once. */
  resize(key: string, height: number): void {
    this.heights.set(key, height);
    if (this.measured.has(key)) {
      this.measured.set(key, height);
      this.prefix = null;
      this.scroller.onLayoutChange();
    }
    this.measureInView();
  }

  /** Where the row's top is, from the viewport's top, as painted. */
  top(key: string): number | undefined {
    const i = this.keysLaid.indexOf(key);
    const row = i < 0 ? undefined : this.getRow(i);
    return row ? row.start - this.offset : undefined;
  }

  /** The key of the row at the eye line (the viewport's middle). */
  eyeKey(): string {
    return this.keysLaid[this.getIndexAt(this.offset + this.viewport / 2) ?? 0] ?? '';
  }

  /** The gap between the viewport's bottom and the end of the content. */
  gapToEnd(): number {
    return this.getTotalSize() - this.viewport - this.offset;
  }

  /** Keys of the rows at least partly inside the viewport. */
  visibleKeys(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) {
      const row = this.getRow(i);
      if (row && row.start < this.offset + this.viewport && row.start + row.size > this.offset)
        out.push(this.keysLaid[i] ?? '');
    }
    return out;
  }

  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, Math.max(0, this.getTotalSize() - this.viewport)));
  }

  private syncOptions(): void {
    const count = this.scroller.count;
    const laid = Array.from({ length: count }, (_, i) => this.scroller.keyAt(i));
    if (count !== this.count || laid.some((k, i) => k !== this.keysLaid[i])) {
      this.count = count;
      this.keysLaid = laid;
      this.prefix = null;
    }
  }

  private starts(): number[] {
    if (this.prefix) return this.prefix;
    const p = [this.statusHeight];
    for (let i = 0; i < this.count; i++) {
      const key = this.keysLaid[i] ?? '';
      p.push((p[i] ?? 0) + (this.measured.get(key) ?? this.estimate));
    }
    this.prefix = p;
    return p;
  }

  /**
   * Renders and measures the rows in view (with overscan) until nothing new is measured: what a
   * virtualizer and the browser do between a change and the paint.
   */
  private measureInView(): void {
    for (let round = 0; round < 50; round++) {
      const first = this.getIndexAt(this.offset);
      const last = this.getIndexAt(this.offset + this.viewport);
      if (first === undefined || last === undefined) return;
      let changed = false;
      for (
        let i = Math.max(0, first - this.overscan);
        i <= Math.min(this.count - 1, last + this.overscan);
        i++
      ) {
        const key = this.keysLaid[i] ?? '';
        if (this.measured.has(key)) continue;
        // One row at a time, as a virtualizer measures each row's element when it mounts.
        this.measured.set(key, this.heights.get(key) ?? this.height(key));
        this.prefix = null;
        this.scroller.onLayoutChange();
        changed = true;
      }
      if (!changed) return;
    }
    throw new Error('The layout did not settle in 50 rounds');
  }
}
