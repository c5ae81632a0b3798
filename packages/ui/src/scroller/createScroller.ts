import {
  anchorAt as anchorMode,
  autoAlignment,
  desiredOffset,
  maxOffset,
  type RowBox,
} from './anchor.js';
import { diffRows, edgesOf, followChange, NO_EDGES, type RowEdges } from './follow.js';
import { keyActions, keyContext } from './keyboard.js';
import { createPager } from './paging.js';
import type {
  Alignment,
  Announcement,
  FrameClock,
  ScrollerOptions,
  ScrollerPort,
  ScrollerSnapshot,
  ScrollMode,
  TranscriptScroller,
} from './types.js';
import { EMPTY_WINDOW, growWindow, placeWindow, type RowWindow } from './window.js';

/** The virtualizer key of the typing row that follows the last row while someone types. */
export const TYPING_KEY = '\u0000ct:typing';

import {
  animationFrames,
  DEFAULTS,
  EMPTY_DATA,
  OWN_WRITE_PX,
  SAME_PX,
  SMOOTH_TIMEOUT_MS,
} from './defaults.js';

/** Where a window that must hold row `index` starts: a little above it, so rows above it are there too. */
const rowsAbove = (index: number | undefined) => (index === undefined ? undefined : index - 20);

type SnapshotPatch = { -readonly [K in keyof ScrollerSnapshot]?: ScrollerSnapshot[K] };

/**
 * Creates the scroll engine over a virtualizer port.
 *
 * @example
 * ```ts
 * const scroller = createScroller(port, { announce: (a) => say(a) });
 * scroller.setData(data); // each render
 * scroller.layout();      // after the virtualizer took scroller.count
 * scroller.announce();    // in a layout effect, before layout is read
 * scroller.commit();      // then, once the rows are measured
 * ```
 */
export function createScroller(
  port: ScrollerPort,
  initial: ScrollerOptions = {},
): TranscriptScroller {
  const options = { ...DEFAULTS, ...initial };
  const clock: FrameClock = initial.clock ?? animationFrames;
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
  let hint = 0;
  /** The rows and window the port last laid out: its indexes are of these. */
  let laid = { start: 0, rows: EMPTY_DATA.rows, typing: false };
  const queued: Announcement[] = [];
  const listeners = new Set<() => void>();
  let rendering = false;

  const update = (patch: SnapshotPatch) => {
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
    const patch: SnapshotPatch = { pinned: next.kind === 'pinned' && !smooth };
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

  const anchorAt = (offset: number) => anchorMode(port, laid, offset, !data.hasOlder);

  const reconcile = (render: boolean) => {
    if (snapshot.phase === 'idle' || count() === 0) return;
    if (smooth) {
      if (performance.now() < smooth.until) return;
      endSmooth();
    }
    const to = desiredOffset(mode, port, locate);
    const now = port.getOffset();
    if (to === undefined) {
      // The anchored row is gone (the rows were replaced under it): hold what is on screen now.
      const next = mode.kind === 'anchored' ? anchorAt(now) : undefined;
      if (next) setMode({ ...next, reason: 'settled' });
    } else if (Math.abs(to - now) < SAME_PX) expected = now;
    else {
      expected = to;
      port.setOffset(to, { render, smooth: false });
    }
  };

  const scheduleCheck = () => {
    if (frame === 0 && snapshot.phase !== 'idle') frame = clock.request(check);
  };

  const pager = createPager(
    () => ({
      thresholdViewports: options.fetchThresholdViewports,
      underfillPages: options.underfillPages,
    }),
    () => data,
    () => snapshot.ended,
    () => scheduleCheck(),
  );

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
    const rekeyed = mode.kind === 'anchored' ? anchorAt(port.getOffset()) : undefined;
    if (rekeyed && mode.kind === 'anchored') mode = { ...rekeyed, reason: mode.reason };
    const grow = pager.check({
      offset: port.getOffset(),
      viewport: port.getViewportSize(),
      total: port.getTotalSize(),
      windowStart: win.start,
    });
    if (grow) growTo(win.start - options.windowRows);
  }

  const aim = (target: string, align: Alignment, reason: 'scroll-to-key' | 'focus') => {
    const index = data.rows.indexOf(target);
    if (index === undefined) return false;
    // The row's own key (an item's Id can stand for the key it renders under).
    const key = data.rows.keyAt(index);
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
      pager.dataChanged(next);
      const patch: SnapshotPatch = {};
      if (next.ended) patch.ended = true;
      const opening = rows.length > 0 && (change.replaced || snapshot.phase === 'idle');
      if (opening) {
        // First rows, or another transcript: open afresh, at the restored row or the newest.
        const r = options.restore;
        const at = r && !r.atEnd ? rows.indexOf(r.key) : undefined;
        win = placeWindow(EMPTY_WINDOW, rows, options.windowRows, rowsAbove(at)).window;
        if (change.replaced) {
          Object.assign(patch, { ended: next.ended, newCount: 0 });
          pager.resetUnderfill();
          if (snapshot.focusedKey !== null && rows.indexOf(snapshot.focusedKey) === undefined)
            patch.focusedKey = null;
        }
        patch.phase = 'opening';
        setMode(
          r && at !== undefined
            ? { kind: 'aimed', key: r.key, align: { offset: r.offset }, reason: 'restore' }
            : { kind: 'pinned', reason: 'opened' },
        );
        openingLeft = options.openingFrames;
        expected = null;
      } else {
        const include = mode.kind === 'aimed' ? rows.indexOf(mode.key) : undefined;
        win = placeWindow(win, rows, options.windowRows, rowsAbove(include)).window;
        if (rows.length + (next.typing ? 1 : 0) === 0) patch.phase = 'idle';
        const f = followChange(rows, change, !previous.hasNewer);
        queued.push(...f.announcements);
        if (held && change.appendedFrom < rows.length) setMode(held);
        if (f.own) setMode({ kind: 'pinned', reason: 'own-message' });
        else if (f.incoming > 0 && mode.kind !== 'pinned')
          patch.newCount = snapshot.newCount + f.incoming;
      }
      patch.windowStart = win.start;
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

    announce() {
      for (const a of queued.splice(0)) options.announce?.(a);
    },

    commit() {
      engine.announce();
      reconcile(false);
      scheduleCheck();
    },

    onScroll(offset) {
      if (snapshot.phase === 'idle') return;
      scheduleCheck();
      const max = maxOffset(port);
      // Ours: where the engine put the viewport, or that write clamped to the end.
      const own =
        expected === null ||
        Math.abs(offset - expected) <= OWN_WRITE_PX ||
        (expected > max && Math.abs(offset - max) <= OWN_WRITE_PX);
      if (smooth) {
        // A frame of the animation, or its arrival.
        if (own) endSmooth();
        return;
      }
      expected = offset;
      if (own) return;
      // The reader moved: loading older pages on reaching the top may go on.
      pager.resetUnderfill();
      if (max - offset <= options.endThreshold && !data.hasNewer)
        setMode({ kind: 'pinned', reason: 'scrolled' });
      else {
        const next = anchorAt(offset);
        if (next) setMode(next);
      }
    },

    onLayoutChange() {
      reconcile(false);
      scheduleCheck();
    },

    onUserInput() {
      pager.resetUnderfill();
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
      if (win.start > 0) growTo(win.start - options.windowRows);
      else pager.older();
    },

    handleKey(key, onRow) {
      const rows = data.rows;
      const focused =
        onRow && snapshot.focusedKey !== null ? rows.indexOf(snapshot.focusedKey) : -1;
      const result = keyActions(key, keyContext(port, laid, rows.length, focused ?? -1));
      if (!result) return false;
      for (const action of result.actions) {
        if (action.kind === 'fetch-older') engine.fetchOlderNow();
        else if (action.kind === 'focus') engine.focusKey(rows.keyAt(action.index));
        else engine.scrollToEnd();
      }
      return result.preventDefault;
    },

    place() {
      const a =
        snapshot.phase === 'idle' ? undefined : anchorMode(port, laid, port.getOffset(), false);
      return a?.kind === 'anchored'
        ? { key: a.key, offset: a.offset, atEnd: mode.kind === 'pinned' }
        : undefined;
    },

    restorePlace(place) {
      if (place.atEnd) {
        engine.scrollToEnd();
        return true;
      }
      const index = data.rows.indexOf(place.key);
      if (index === undefined) return false;
      if (index < win.start) growTo(index - options.windowRows / 2);
      setMode({
        kind: 'aimed',
        key: place.key,
        align: { offset: place.offset },
        reason: 'restore',
      });
      reconcile(false);
      return true;
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

  return engine;
}
