// The scroll engine's vocabulary. Framework-free: no React, no DOM types beyond what a port needs.

/**
 * The engine's view of the virtualized list: where rows are, how big the viewport is, and how to
 * move it. Indexes are the layout's (rows of the window, then the typing row). The view implements
 * it over its row layout and the DOM (`domLayout`); tests implement it over a model layout.
 */
export interface ScrollerPort {
  /** The viewport's top, as the layout knows it (px). */
  getOffset(): number;
  /** The viewport's height (px); 0 before the scroll element is laid out. */
  getViewportSize(): number;
  /** Height of everything in the scroller: the status box and every row (px). */
  getTotalSize(): number;
  /** Top and height of row `index`, measured or estimated; `undefined` out of range. */
  getRow(index: number): { readonly start: number; readonly size: number } | undefined;
  /** Whether row `index` has been measured (painted) rather than estimated. */
  isMeasured(index: number): boolean;
  /** Index of the row that covers `offset`, or the nearest one. */
  getIndexAt(offset: number): number | undefined;
  /**
   * Moves the viewport's top to `offset`. `render` is set while React renders: only the layout's
   * offset changes then (so the rows in view are chosen from it); the adapter writes the DOM when
   * the render commits. `smooth` animates (never during render).
   */
  setOffset(offset: number, how: { render: boolean; smooth: boolean }): void;
}

/** What the follow rules need to know about a row. */
export type RowRole = 'own' | 'incoming' | 'other';

/** The loaded rows, oldest first, as the engine sees them. */
export interface ScrollerRows {
  readonly length: number;
  keyAt(index: number): string;
  /** Index of the row with this key; `hints` are likely places, checked first. */
  indexOf(key: string, ...hints: number[]): number | undefined;
  /** Whether the row is the reader's own message, someone else's message, or neither. */
  roleAt(index: number): RowRole;
}

/** Everything the engine reads from the data layer, fed on every render through `setData`. */
export interface ScrollerData {
  readonly rows: ScrollerRows;
  /** Whether a typing row follows the last row. */
  readonly typing: boolean;
  readonly hasOlder: boolean;
  readonly isFetchingOlder: boolean;
  /** The last older page failed: wait for a retry. */
  readonly olderFailed: boolean;
  readonly hasNewer: boolean;
  readonly isFetchingNewer: boolean;
  readonly newerFailed: boolean;
  /** The chat is over for this reader (`ACCESS_DENIED`): request nothing more, either way. */
  readonly ended: boolean;
  readonly fetchOlder: () => unknown;
  readonly fetchNewer: () => unknown;
}

/** How a command places its row in the viewport. */
export type Alignment = 'start' | 'center' | 'end' | 'auto';

/** Where a reader was: the row at the eye line and its top's distance from the viewport top. */
export interface ScrollPlace {
  readonly key: string;
  readonly offset: number;
  /** At the live end: reopen there, whatever arrived meanwhile. */
  readonly atEnd: boolean;
}

/**
 * What the viewport holds still, and why. One of:
 * - `pinned`: at the live end; whatever arrives or grows there stays in view.
 * - `anchored`: the row under the reader's eye (`key`) keeps its distance from the viewport's top
 *   through prepends, late growth, unmeasured rows and appends.
 * - `aimed`: a command's row (`key`) is held where the command put it until the reader scrolls.
 */
export type ScrollMode =
  | { readonly kind: 'pinned'; readonly reason: 'opened' | 'own-message' | 'command' | 'scrolled' }
  | {
      readonly kind: 'anchored';
      readonly key: string;
      readonly offset: number;
      readonly reason: 'scrolled' | 'settled';
    }
  | {
      readonly kind: 'aimed';
      readonly key: string;
      readonly align: Alignment | { readonly offset: number };
      readonly reason: 'scroll-to-key' | 'focus' | 'restore';
    };

/** The engine's phase: opening (settling the first position), then reading. */
export type ScrollerPhase = 'idle' | 'opening' | 'reading';

/** What the React adapter renders from; a new object whenever any field changes. */
export interface ScrollerSnapshot {
  readonly phase: ScrollerPhase;
  /** At the live end, following what arrives (the mode is `pinned`). */
  readonly pinned: boolean;
  /** First row (of all loaded rows) handed to the virtualizer. */
  readonly windowStart: number;
  /** Incoming messages that arrived while the reader was not at the live end. */
  readonly newCount: number;
  /** The row with the roving tabindex. */
  readonly focusedKey: string | null;
  /** Sticky once `ended` was seen for these rows. */
  readonly ended: boolean;
}

/** What the engine has to say to screen readers; the adapter turns it into words. */
export type Announcement =
  | { readonly kind: 'older'; readonly count: number }
  | { readonly kind: 'incoming'; readonly key: string };

/** A frame scheduler: `requestAnimationFrame` in browsers, a manual queue in tests. */
export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/** Tuning of the engine; every field has a default. */
export interface ScrollerOptions {
  /** Rows handed to the virtualizer at first, and the step the window grows by. @default 200 */
  windowRows?: number;
  /** Pages (and window steps) load when the viewport comes this many viewports near an edge. @default 1.5 */
  fetchThresholdViewports?: number;
  /** Distance from the end (px) that still counts as "at the end". @default 2 */
  endThreshold?: number;
  /** Older pages loaded in a row while the rows do not fill the viewport. @default 10 */
  underfillPages?: number;
  /** Frames the opening position is held before pages may load. @default 4 */
  openingFrames?: number;
  /** Where a reader was, to reopen there. */
  restore?: ScrollPlace | undefined;
  /** Receives what should be announced. */
  announce?: (announcement: Announcement) => void;
  /** @default requestAnimationFrame */
  clock?: FrameClock;
}

/** Options of a scroll command. */
export interface ScrollCommandOptions {
  align?: Alignment;
  behavior?: 'auto' | 'smooth';
}

/**
 * The transcript's scroll engine. Created once per view; fed every render through `setData`;
 * told about scrolls, layout changes and reader input; asked to move by commands. It holds one
 * {@link ScrollMode} at a time and reconciles the viewport to it after every change — in render
 * (so the rows in view are chosen from the right place), on every measurement and at commit.
 */
export interface TranscriptScroller {
  /** The rows and paging state of this render. Call before the virtualizer reads `count`. */
  setData(data: ScrollerData): void;
  /** Rows handed to the virtualizer: the window, then the typing row. */
  readonly count: number;
  /** The virtualizer's key of index `index`. */
  keyAt(index: number): string;
  /** The virtualizer's index of the row with this key; `undefined` outside the window. */
  indexOf(key: string): number | undefined;
  /** During render, once the virtualizer has taken `count`: place the viewport for this layout. */
  layout(): void;
  /**
   * After the render committed, before layout is read or the viewport written: says what the
   * last data changes brought, so the live region's text is laid out with the rows.
   */
  announce(): void;
  /** After the render committed: announcements not yet said, the viewport, the next check. */
  commit(): void;
  /** A scroll event's offset, before the virtualizer reads it. */
  onScroll(offset: number): void;
  /** The virtualizer measured rows or the viewport resized. */
  onLayoutChange(): void;
  /** Wheel, touch, pointer or key input on the scroller: the reader takes over. */
  onUserInput(): void;
  /** Holds the row with this key in view (centred by default); `false` when it is not loaded. */
  scrollToKey(key: string, options?: ScrollCommandOptions): boolean;
  /** Goes to the live end and stays pinned there. */
  scrollToEnd(options?: { behavior?: 'auto' | 'smooth' }): void;
  /** Gives the row the roving tabindex and brings it into view with the least movement. */
  focusKey(key: string): void;
  /** Focus reached a row by itself (a click, Tab): it takes the roving tabindex, nothing moves. */
  noteFocus(key: string): void;
  /** Older rows now: the window grows, or the next older page is asked for (Retry, PageUp). */
  fetchOlderNow(): void;
  /**
   * The keyboard delegate: handles `key` for the log; `true` when the browser's default action
   * should be prevented. `onRow`: focus is on a row, not the log itself.
   */
  handleKey(key: string, onRow: boolean): boolean;
  /** Where the reader is now, to reopen there. */
  place(): ScrollPlace | undefined;
  /**
   * Goes back to a place taken with {@link place} (the live end, or its row at its offset);
   * `false` when its row is no longer loaded.
   */
  restorePlace(place: ScrollPlace): boolean;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ScrollerSnapshot;
  /** What the viewport holds still now, and why. */
  getMode(): ScrollMode;
  destroy(): void;
}
