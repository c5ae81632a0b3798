import { autoAlignment, captureAnchor, desiredOffset, maxOffset, type RowBox } from './anchor.js';
import { arrivals, diffRows, edgesOf, NO_EDGES, type RowEdges } from './follow.js';
import { keyActions } from './keyboard.js';
import { pagingActions } from './paging.js';
import type {
  Alignment,
  Announcement,
  FrameClock,
  ScrollerData,
  ScrollerOptions,
  ScrollerPort,
  ScrollerSnapshot,
  ScrollMode,
  ScrollPlace,
} from './types.js';
import { EMPTY_WINDOW, growWindow, placeWindow, type RowWindow } from './window.js';

/** The virtualizer key of the typing row that follows the last row while someone types. */
export const TYPING_KEY = '\u0000ct:typing';

/** Offsets closer than this are the same place (fractional scrollTop after zoom). */
const SAME_PX = 0.5;
/** A scroll event this far from where the engine put the viewport was the reader's. */
const OWN_WRITE_PX = 1;
/** A smooth scroll that has not arrived by then is taken as done. */
const SMOOTH_TIMEOUT_MS = 1500;

const DEFAULTS = {
  windowRows: 200,
  fetchThresholdViewports: 1.5,
  endThreshold: 2,
  underfillPages: 10,
  openingFrames: 4,
};

const EMPTY_DATA: ScrollerData = {
  rows: { length: 0, keyAt: () => '', indexOf: () => undefined, roleAt: () => 'other' },
  typing: false,
  hasOlder: false,
  isFetchingOlder: false,
  olderFailed: false,
  hasNewer: false,
  isFetchingNewer: false,
  newerFailed: false,
  ended: false,
  fetchOlder: () => undefined,
  fetchNewer: () => undefined,
};

const animationFrames: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

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
  setOptions(options: ScrollerOptions): void;
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
  /** After the render committed: announcements, the viewport, the next check. */
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
  subscribe(listener: () => void): () => void;
  getSnapshot(): ScrollerSnapshot;
  /** What the viewport holds still now, and why. */
  getMode(): ScrollMode;
  destroy(): void;
}

/**
 * Creates the scroll engine over a virtualizer port.
 *
 * @example
 * ```ts
 * const scroller = createScroller(port, { announce: (a) => say(a) });
 * scroller.setData(data); // each render
 * scroller.layout();      // after the virtualizer took scroller.count
 * scroller.commit();      // in a layout effect
 * ```
 */
export function createScroller(
  port: ScrollerPort,
  initial: ScrollerOptions = {},
): TranscriptScroller {
  let options = { ...DEFAULTS, ...initial };
  let clock: FrameClock = initial.clock ?? animationFrames;
  let data = EMPTY_DATA;
  let edges: RowEdges = NO_EDGES;
  let win: RowWindow = EMPTY_WINDOW;
  let mode: ScrollMode = { kind: 'pinned', reason: 'opened' };
  let snapshot: ScrollerSnapshot = {
    phase: 'idle',
    pinned: true,
    windowStart: 0,
    newCount: 0,
    focusedKey: null,
    ended: false,
  };
  /** Where the engine last put the viewport (or saw it): scroll events elsewhere are the reader's. */
  let expected: number | null = null;
  let smooth: { until: number } | null = null;
  let openingLeft = 0;
  let frame = 0;
  let older: 'idle' | 'asked' | 'settled' = 'idle';
  let newer = false;
  let underfillLoads = 0;
  let hint = 0;
  /** The rows and window the port last laid out: its indexes are of these. */
  let laid = { start: 0, rows: EMPTY_DATA.rows, typing: false };
  const queued: Announcement[] = [];
  const listeners = new Set<() => void>();
  let rendering = false;

  const update = (patch: Partial<ScrollerSnapshot>) => {
    let changed = false;
    for (const k of Object.keys(patch) as (keyof ScrollerSnapshot)[]) {
      if (patch[k] !== snapshot[k]) changed = true;
    }
    if (!changed) return;
    snapshot = { ...snapshot, ...patch };
    // A render reads the snapshot after `setData` and `layout`: telling React then would only
    // schedule the render that is already happening.
    if (!rendering) for (const l of listeners) l();
  };
  const setMode = (next: ScrollMode) => {
    mode = next;
    const patch: { -readonly [K in keyof ScrollerSnapshot]?: ScrollerSnapshot[K] } = {
      pinned: next.kind === 'pinned' && !smooth,
    };
    if (next.kind === 'pinned') patch.newCount = 0;
    update(patch);
  };

  const windowLength = () => data.rows.length - win.start;
  const count = () => windowLength() + (data.typing ? 1 : 0);

  const laidLength = () => laid.rows.length - laid.start;

  /** Where the row with this key is in the layout; `undefined` when it is not laid out. */
  const locate = (key: string): RowBox | undefined => {
    if (key === TYPING_KEY) return laid.typing ? port.getRow(laidLength()) : undefined;
    const i = laid.rows.indexOf(key, hint);
    if (i === undefined || i < laid.start) return undefined;
    hint = i;
    return port.getRow(i - laid.start);
  };

  /**
   * The reader's eye row at `offset`, as an anchored mode. At the very start of the chat (nothing
   * older, scrolled to the top) the first row is held instead: the start stays in view while
   * the rows below it turn from estimates into real heights.
   */
  const anchorAt = (offset: number): ScrollMode | undefined => {
    if (offset < SAME_PX && laid.start === 0 && !data.hasOlder && laidLength() > 0) {
      const first = port.getRow(0);
      if (first) {
        return {
          kind: 'anchored',
          key: laid.rows.keyAt(0),
          offset: first.start,
          reason: 'scrolled',
        };
      }
    }
    const a = captureAnchor(port, offset, laidLength());
    if (!a) return undefined;
    return {
      kind: 'anchored',
      key: laid.rows.keyAt(laid.start + a.index),
      offset: a.offset,
      reason: 'scrolled',
    };
  };

  const reconcile = (render: boolean) => {
    if (snapshot.phase === 'idle' || count() === 0) return;
    if (smooth) {
      if (performance.now() < smooth.until) return;
      endSmooth();
    }
    const to = desiredOffset(mode, port, locate);
    if (to === undefined) {
      // The anchored row is gone (the rows were replaced under it): hold what is on screen now.
      if (mode.kind === 'anchored') {
        const next = anchorAt(port.getOffset());
        if (next) setMode({ ...next, reason: 'settled' } as ScrollMode);
      }
      return;
    }
    const now = port.getOffset();
    if (Math.abs(to - now) < SAME_PX) {
      expected = now;
      return;
    }
    expected = to;
    port.setOffset(to, { render, smooth: false });
  };

  const scheduleCheck = () => {
    if (frame === 0 && snapshot.phase !== 'idle') frame = clock.request(check);
  };

  const askOlder = () => {
    older = 'asked';
    if (port.getTotalSize() <= port.getViewportSize()) underfillLoads++;
    else underfillLoads = 0;
    Promise.resolve(data.fetchOlder()).finally(() => {
      older = 'settled';
      if (!data.isFetchingOlder) older = 'idle';
      scheduleCheck();
    });
  };
  const askNewer = () => {
    newer = true;
    Promise.resolve(data.fetchNewer()).finally(() => {
      newer = false;
      scheduleCheck();
    });
  };

  const growTo = (start: number) => {
    const next = growWindow(win, data.rows, start);
    if (next === win) return;
    win = next;
    update({ windowStart: win.start });
  };

  /** One check per frame, at its start: the opening settle, then the paging rules. */
  function check() {
    frame = 0;
    if (snapshot.phase === 'idle') return;
    if (snapshot.phase === 'opening') {
      reconcile(false);
      if (--openingLeft > 0) {
        scheduleCheck();
        return;
      }
      update({ phase: 'reading' });
    }
    reconcile(false);
    // Re-key the anchor from the painted layout: one taken mid-step may be a painted row near
    // the eye standing in for rows that were not measured yet.
    if (mode.kind === 'anchored') {
      const next = anchorAt(port.getOffset());
      if (next) mode = { ...next, reason: mode.reason } as ScrollMode;
    }
    const actions = pagingActions({
      data: snapshot.ended && !data.ended ? { ...data, ended: true } : data,
      offset: port.getOffset(),
      viewport: port.getViewportSize(),
      total: port.getTotalSize(),
      windowStart: win.start,
      thresholdViewports: options.fetchThresholdViewports,
      underfillLoads,
      underfillPages: options.underfillPages,
    });
    for (const action of actions) {
      if (action === 'grow-window') growTo(win.start - options.windowRows);
      else if (action === 'fetch-older' && older === 'idle') askOlder();
      else if (action === 'fetch-newer' && !newer) askNewer();
    }
  }

  const openingMode = (): ScrollMode => {
    const r = options.restore;
    if (r && !r.atEnd && data.rows.indexOf(r.key) !== undefined) {
      return { kind: 'aimed', key: r.key, align: { offset: r.offset }, reason: 'restore' };
    }
    return { kind: 'pinned', reason: 'opened' };
  };

  const aim = (key: string, align: Alignment, reason: 'scroll-to-key' | 'focus') => {
    const index = data.rows.indexOf(key);
    if (index === undefined) return false;
    if (index < win.start) growTo(index - options.windowRows / 2);
    let chosen: Alignment | undefined = align;
    if (align === 'auto') {
      const box = locate(key);
      chosen = box ? autoAlignment(box, port.getOffset(), port.getViewportSize()) : 'start';
    }
    if (chosen === undefined) {
      // Already in view: hold it where it is.
      const next = anchorAt(port.getOffset());
      if (next) setMode(next);
    } else setMode({ kind: 'aimed', key, align: chosen, reason });
    reconcile(false);
    return true;
  };

  const engine: TranscriptScroller = {
    setOptions(next) {
      options = { ...DEFAULTS, ...next };
      clock = next.clock ?? clock;
    },

    setData(next) {
      rendering = true;
      const previous = data;
      // Pinned at the end of a jump's rows: a newer page is history, read where the reader is.
      const held =
        mode.kind === 'pinned' && previous.hasNewer ? anchorAt(port.getOffset()) : undefined;
      data = next;
      const rows = next.rows;
      const change = diffRows(edges, rows);
      edges = edgesOf(rows);
      if (older === 'settled' && !next.isFetchingOlder) older = 'idle';
      const include = mode.kind === 'aimed' ? rows.indexOf(mode.key) : undefined;
      const placed = placeWindow(win, rows, options.windowRows, include && include - 20);
      win = placed.window;
      const patch: { -readonly [K in keyof ScrollerSnapshot]?: ScrollerSnapshot[K] } = {
        windowStart: win.start,
      };
      if (next.ended) patch.ended = true;
      if (rows.length + (next.typing ? 1 : 0) === 0) {
        patch.phase = 'idle';
      } else if (change.replaced || snapshot.phase === 'idle') {
        // First rows, or another transcript: open afresh.
        if (change.replaced) {
          patch.ended = next.ended;
          patch.newCount = 0;
          underfillLoads = 0;
          if (snapshot.focusedKey !== null && rows.indexOf(snapshot.focusedKey) === undefined)
            patch.focusedKey = null;
        }
        const placedOpen = placeWindow(
          EMPTY_WINDOW,
          rows,
          options.windowRows,
          restoreIndex(rows.indexOf(options.restore?.key ?? '')),
        );
        win = placedOpen.window;
        patch.windowStart = win.start;
        patch.phase = 'opening';
        setMode(openingMode());
        openingLeft = options.openingFrames;
        expected = null;
      } else {
        if (change.prepended > 0) queued.push({ kind: 'older', count: change.prepended });
        // Rows after the previous last are new messages only when the rows reached the live end;
        // after a jump they are a newer page of history.
        if (held && change.appendedFrom < rows.length) setMode(held);
        if (!previous.hasNewer && change.appendedFrom < rows.length) {
          const a = arrivals(rows, change.appendedFrom);
          if (a.lastIncoming !== undefined) queued.push({ kind: 'incoming', key: a.lastIncoming });
          if (a.own) {
            setMode({ kind: 'pinned', reason: 'own-message' });
            patch.newCount = 0;
          } else if (a.incoming > 0 && mode.kind !== 'pinned') {
            patch.newCount = snapshot.newCount + a.incoming;
          }
        }
      }
      update(patch);
      rendering = false;
    },

    get count() {
      return count();
    },

    keyAt(index) {
      return index < windowLength() ? data.rows.keyAt(win.start + index) : TYPING_KEY;
    },

    indexOf(key) {
      if (key === TYPING_KEY) return data.typing ? windowLength() : undefined;
      const i = data.rows.indexOf(key, hint);
      return i === undefined || i < win.start ? undefined : i - win.start;
    },

    layout() {
      laid = { start: win.start, rows: data.rows, typing: data.typing };
      rendering = true;
      reconcile(true);
      rendering = false;
    },

    commit() {
      for (const a of queued.splice(0)) options.announce?.(a);
      reconcile(false);
      scheduleCheck();
    },

    onScroll(offset) {
      if (snapshot.phase === 'idle') return;
      if (smooth && expected !== null && Math.abs(offset - expected) <= OWN_WRITE_PX) endSmooth();
      if (smooth || expected === null || Math.abs(offset - expected) <= OWN_WRITE_PX) {
        if (!smooth) expected = offset;
        scheduleCheck();
        return;
      }
      // A clamped write reads back as the end: still ours.
      const max = maxOffset(port);
      if (expected > max && Math.abs(offset - max) <= OWN_WRITE_PX) {
        expected = offset;
        scheduleCheck();
        return;
      }
      expected = offset;
      const atEnd = max - offset <= options.endThreshold;
      if (atEnd && !data.hasNewer) setMode({ kind: 'pinned', reason: 'scrolled' });
      else {
        const next = anchorAt(offset);
        if (next) setMode(next);
      }
      scheduleCheck();
    },

    onLayoutChange() {
      reconcile(false);
      scheduleCheck();
    },

    onUserInput() {
      underfillLoads = 0;
      if (smooth) {
        endSmooth();
        const next = anchorAt(port.getOffset());
        if (next) setMode(next);
      }
    },

    scrollToKey(key, opts = {}) {
      const ok = aim(key, opts.align ?? 'center', 'scroll-to-key');
      if (ok && opts.behavior === 'smooth') startSmooth();
      return ok;
    },

    scrollToEnd(opts = {}) {
      setMode({ kind: 'pinned', reason: 'command' });
      if (opts.behavior === 'smooth') startSmooth();
      else reconcile(false);
    },

    focusKey(key) {
      update({ focusedKey: key });
      aim(key, 'auto', 'focus');
    },

    noteFocus(key) {
      update({ focusedKey: key });
    },

    fetchOlderNow() {
      underfillLoads = 0;
      if (win.start > 0) growTo(win.start - options.windowRows);
      else if (
        !snapshot.ended &&
        !data.ended &&
        data.hasOlder &&
        !data.isFetchingOlder &&
        older === 'idle'
      )
        askOlder();
    },

    handleKey(key, onRow) {
      const rows = data.rows;
      const focused =
        onRow && snapshot.focusedKey !== null ? rows.indexOf(snapshot.focusedKey) : -1;
      const offset = port.getOffset();
      const bottom = port.getIndexAt(offset + port.getViewportSize() - 1) ?? laidLength() - 1;
      const topBox = port.getRow(0);
      const result = keyActions(key, {
        rowCount: rows.length,
        focused: focused ?? -1,
        bottomRow: Math.min(laid.start + bottom, rows.length - 1),
        atTop: laid.start === 0 && offset <= (topBox?.start ?? 0),
      });
      if (!result) return false;
      for (const action of result.actions) {
        if (action.kind === 'fetch-older') engine.fetchOlderNow();
        else if (action.kind === 'focus') engine.focusKey(rows.keyAt(action.index));
        else engine.scrollToEnd();
      }
      return result.preventDefault;
    },

    place() {
      if (snapshot.phase === 'idle') return undefined;
      const a = captureAnchor(port, port.getOffset(), laidLength());
      if (!a) return undefined;
      return {
        key: laid.rows.keyAt(laid.start + a.index),
        offset: a.offset,
        atEnd: mode.kind === 'pinned',
      };
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    getSnapshot: () => snapshot,

    getMode: () => mode,

    destroy() {
      if (frame !== 0) clock.cancel(frame);
      frame = 0;
      listeners.clear();
    },
  };

  // A smooth scroll to the end shows as pinned once it has arrived.
  function endSmooth() {
    smooth = null;
    update({ pinned: mode.kind === 'pinned' });
  }

  function startSmooth() {
    const to = desiredOffset(mode, port, locate);
    if (to === undefined) return;
    smooth = { until: performance.now() + SMOOTH_TIMEOUT_MS };
    update({ pinned: false });
    expected = to;
    port.setOffset(to, { render: false, smooth: true });
  }

  /** The window's start for a restored row: a little above it, so rows above it are there too. */
  function restoreIndex(index: number | undefined) {
    return options.restore && !options.restore.atEnd && index !== undefined
      ? index - 20
      : undefined;
  }

  return engine;
}
