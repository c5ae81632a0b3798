'use client';
import {
  defaultRangeExtractor,
  observeElementOffset,
  type Range,
  useVirtualizer,
} from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { createScroller } from '../scroller/createScroller.js';
import { readScrollPlace, saveScrollPlace } from '../scroller/restore.js';
import type {
  Announcement,
  ScrollerData,
  ScrollerPort,
  ScrollerRows,
  ScrollerSnapshot,
  TranscriptScroller,
} from '../scroller/types.js';
import type { RowList, TranscriptState } from './seam.js';

/** Height of the box reserved above the first row for loading / error / bookend (px). */
export const STATUS_ROW_HEIGHT = 48;
const ESTIMATED_ROW_HEIGHT = 72;
const OVERSCAN = 1;

// Change handlers already wrapped (the adapter hands a new one to the virtualizer every render).
const wrapped = new WeakSet<object>();

const useIsoLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** TanStack's virtualizer as the React adapter returns it (with `containerRef`). */
export type RowVirtualizer = ReturnType<typeof useVirtualizer<HTMLDivElement, HTMLDivElement>>;

/** What {@link useTranscriptScroller} wires together. */
export interface TranscriptScrollerInput {
  readonly rows: RowList;
  readonly typing: boolean;
  readonly transcript: TranscriptState;
  /** Whether the list is shown (rows loaded, client-side): the virtualizer runs only then. */
  readonly enabled: boolean;
  readonly scrollStateKey: string | undefined;
  readonly announce: (announcement: Announcement) => void;
}

/** The engine, its snapshot for rendering, and the virtualizer whose rows to render. */
export interface TranscriptScrollerBinding {
  readonly scroller: TranscriptScroller;
  readonly snapshot: ScrollerSnapshot;
  readonly virtualizer: RowVirtualizer;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  /** The ref of the virtualized list element. */
  readonly listRef: (node: HTMLDivElement | null) => void;
  /** The ref of each virtualized row: measured by the virtualizer, and before it is revealed. */
  readonly measureRow: (node: HTMLDivElement | null) => void;
  /** The log's keyboard: arrows, Home, End and PageUp (see the keyboard delegate). */
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Focus that reaches a row by itself gives it the roving tabindex. */
  readonly onFocus: (event: FocusEvent<HTMLDivElement>) => void;
}

/**
 * The engine's port over TanStack Virtual. The engine alone moves the viewport: TanStack's own
 * anchoring and size-change adjustments are off, its offset is told about every write at once
 * (so the rows it renders are chosen from the new place), and a write made while React renders
 * reaches the DOM when the render commits.
 */
function tanstackPort(
  virtualizer: () => RowVirtualizer | null,
  element: () => HTMLDivElement | null,
  /** Space the list's own padding adds below the virtualizer's rows (px). */
  below: () => number,
  offsetCallback: () => ((offset: number, isScrolling: boolean) => void) | null,
  pending: { offset: number | null },
): ScrollerPort {
  const items = () => {
    const v = virtualizer();
    // getTotalSize brings the measurements up to date with the latest count and sizes.
    v?.getTotalSize();
    return v?.measurementsCache ?? [];
  };
  return {
    getOffset: () => virtualizer()?.scrollOffset ?? element()?.scrollTop ?? 0,
    getViewportSize: () => virtualizer()?.scrollRect?.height ?? element()?.clientHeight ?? 0,
    getTotalSize: () => (virtualizer()?.getTotalSize() ?? 0) + below(),
    getRow: (index) => {
      const item = items()[index];
      return item ? { start: item.start, size: item.size } : undefined;
    },
    // By the key of the virtualizer's own layout: between a window change and the next render
    // the engine's current keys are not the laid-out ones.
    isMeasured: (index) => {
      const key = items()[index]?.key;
      return key !== undefined && (virtualizer()?.itemSizeCache.has(key) ?? false);
    },
    getIndexAt: (offset) => virtualizer()?.getVirtualItemForOffset(offset)?.index,
    setOffset(offset, how) {
      const v = virtualizer();
      if (!v) return;
      if (how.render) {
        v.scrollOffset = offset;
        pending.offset = offset;
        return;
      }
      const el = element();
      if (how.smooth) {
        el?.scrollTo({ top: offset, behavior: 'smooth' });
        return;
      }
      pending.offset = null;
      if (el) el.scrollTop = offset;
      const report = offsetCallback();
      if (report) report(offset, v.isScrolling);
      else v.scrollOffset = offset;
    },
  };
}

/** A row list as the engine reads it: keys, and who sent each message. */
function scrollerRows(rows: RowList): ScrollerRows {
  return {
    length: rows.length,
    keyAt: (i) => rows.keyAt(i),
    indexOf: (key, ...hints) => rows.indexOf(key, ...hints),
    roleAt(i) {
      const row = rows.at(i);
      if (row.cls.kind !== 'message' && row.cls.kind !== 'attachment') return 'other';
      return row.mine ? 'own' : 'incoming';
    },
  };
}

/** Whether the service ended the chat: a request was refused (ACCESS_DENIED). */
export const endedBy = (t: TranscriptState): boolean =>
  [t.error, t.olderError, t.newerError].some((e) => e?.code === 'ACCESS_DENIED');

/**
 * Wires the scroll engine to React and TanStack Virtual: creates both once, feeds the engine
 * every render, renders from its snapshot, and reports scrolls, measurements and reader input.
 */
export function useTranscriptScroller(input: TranscriptScrollerInput): TranscriptScrollerBinding {
  const { rows, typing, transcript: t, enabled, scrollStateKey } = input;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizerRef = useRef<RowVirtualizer | null>(null);
  const reportOffset = useRef<((offset: number, isScrolling: boolean) => void) | null>(null);
  const announceRef = useRef(input.announce);
  announceRef.current = input.announce;
  const [pending] = useState(() => ({ offset: null as number | null }));
  const committing = useRef(false);
  const [list] = useState(() => ({ below: 0 }));
  const [scroller] = useState(() =>
    createScroller(
      tanstackPort(
        () => virtualizerRef.current,
        () => scrollRef.current,
        () => list.below,
        () => reportOffset.current,
        pending,
      ),
      {
        restore: scrollStateKey === undefined ? undefined : readScrollPlace(scrollStateKey),
        announce: (a) => announceRef.current(a),
      },
    ),
  );

  const data = useMemo<ScrollerData>(
    () => ({
      rows: scrollerRows(rows),
      typing,
      hasOlder: t.hasOlder,
      isFetchingOlder: t.isFetchingOlder,
      olderFailed: t.olderError !== null,
      hasNewer: t.hasNewer,
      isFetchingNewer: t.isFetchingNewer,
      newerFailed: t.newerError !== null,
      ended: endedBy(t),
      fetchOlder: t.fetchOlder,
      fetchNewer: t.fetchNewer,
    }),
    [rows, typing, t],
  );
  scroller.setData(enabled ? data : { ...data, rows: scrollerRows(EMPTY_ROWS), typing: false });
  const snapshot = useSyncExternalStore(
    scroller.subscribe,
    scroller.getSnapshot,
    scroller.getSnapshot,
  );

  // Keep the focused row mounted wherever the reader scrolls, so focus is never lost.
  const focusedKey = snapshot.focusedKey;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedKey === null) return indexes;
      const at = scroller.indexOf(focusedKey);
      if (at !== undefined && !indexes.includes(at)) {
        indexes.push(at);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [focusedKey, scroller],
  );

  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count: scroller.count,
    enabled,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => scroller.keyAt(index),
    overscan: OVERSCAN,
    paddingStart: STATUS_ROW_HEIGHT,
    rangeExtractor,
    directDomUpdates: true,
    observeElementOffset: (instance, report) => {
      reportOffset.current = report;
      const stop = observeElementOffset(instance, (offset, isScrolling) => {
        scroller.onScroll(offset);
        report(offset, isScrolling);
      });
      return () => {
        reportOffset.current = null;
        stop?.();
      };
    },
    onChange: () => scroller.onLayoutChange(),
  });
  virtualizerRef.current = virtualizer;
  // The engine holds the anchor; the virtualizer's own size-change correction would move twice.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => false;
  // The adapter re-renders a change it is told about synchronously with `flushSync`. During our
  // commit (row heights read, the engine's own writes) React is already committing: an update
  // made there is flushed before paint anyway, and `flushSync` would only warn. So changes that
  // come from inside the commit are passed on as not synchronous.
  const adapterOnChange = virtualizer.options.onChange;
  if (adapterOnChange && !wrapped.has(adapterOnChange)) {
    const onChange: typeof adapterOnChange = (instance, sync) =>
      adapterOnChange(instance, sync && !committing.current);
    wrapped.add(onChange);
    virtualizer.options.onChange = onChange;
  }
  scroller.layout();

  // Rows are measured before they are revealed. While the reader scrolls, TanStack defers the
  // measuring of a new row to its ResizeObserver, which can come after the paint: the row shows
  // at its estimated place for a frame, then everything below it moves. So rows it has no size
  // for are read here, all in one layout, before this commit paints.
  const [unmeasured] = useState(() => new Set<HTMLDivElement>());
  const measureRow = useCallback(
    (node: HTMLDivElement | null) => {
      virtualizer.measureElement(node);
      if (!node) return;
      const key = scroller.keyAt(Number(node.getAttribute('data-index')));
      if (!virtualizer.itemSizeCache.has(key)) unmeasured.add(node);
    },
    [virtualizer, scroller, unmeasured],
  );
  useIsoLayoutEffect(() => {
    committing.current = true;
    try {
      commitLayout();
    } finally {
      committing.current = false;
    }
  });
  function commitLayout() {
    const el = scrollRef.current;
    if (pending.offset !== null && el) {
      el.scrollTop = pending.offset;
      pending.offset = null;
    }
    if (unmeasured.size > 0) {
      const sizes = [...unmeasured].map((node) => [node, node.offsetHeight] as const);
      unmeasured.clear();
      for (const [node, size] of sizes) {
        if (!node.isConnected) continue;
        const index = virtualizer.indexFromElement(node);
        if (!virtualizer.itemSizeCache.has(scroller.keyAt(index)))
          virtualizer.resizeItem(index, size);
      }
    }
    scroller.commit();
  }

  // Wheel, touch, a press on the scrollbar or a key: the reader takes over from a smooth scroll.
  useEffect(() => {
    const el = scrollRef.current;
    if (!enabled || !el) return;
    const input = () => scroller.onUserInput();
    const events = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    for (const e of events) el.addEventListener(e, input, { passive: true });
    return () => {
      for (const e of events) el.removeEventListener(e, input);
    };
  }, [enabled, scroller]);

  // Remember where the reader was, for the next mount.
  useEffect(() => {
    if (scrollStateKey === undefined) return;
    const save = () => {
      const place = scroller.place();
      if (place) saveScrollPlace(scrollStateKey, place);
    };
    addEventListener('pagehide', save);
    return () => {
      removeEventListener('pagehide', save);
      save();
    };
  }, [scrollStateKey, scroller]);

  useEffect(() => () => scroller.destroy(), [scroller]);

  const containerRef = virtualizer.containerRef;
  const listRef = useCallback(
    (node: HTMLDivElement | null) => {
      list.below = node ? Number.parseFloat(getComputedStyle(node).paddingBlockEnd) || 0 : 0;
      containerRef(node);
    },
    [list, containerRef],
  );

  // Move DOM focus to the row the keyboard chose, once it is rendered.
  const focusWanted = useRef(false);
  useIsoLayoutEffect(() => {
    const key = snapshot.focusedKey;
    if (!focusWanted.current || key === null) return;
    const target = virtualizer.elementsCache.get(key);
    if (target instanceof HTMLElement) {
      focusWanted.current = false;
      target.focus({ preventScroll: true });
    }
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !enabled) return;
    const before = scroller.getSnapshot().focusedKey;
    if (scroller.handleKey(event.key, event.target !== scrollRef.current)) event.preventDefault();
    if (scroller.getSnapshot().focusedKey !== before || event.key === 'Home') {
      focusWanted.current = true;
    }
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const slot = (event.target as Element).closest?.('.ct-TranscriptView-slot');
    const index = Number(slot?.getAttribute('data-index'));
    const at = snapshot.windowStart + index;
    if (!Number.isInteger(index) || at >= rows.length) return;
    const key = rows.keyAt(at);
    if (key !== snapshot.focusedKey) scroller.noteFocus(key);
  };

  return { scroller, snapshot, virtualizer, scrollRef, listRef, measureRow, onKeyDown, onFocus };
}

const EMPTY_ROWS: RowList = {
  length: 0,
  at: () => {
    throw new RangeError('no rows');
  },
  keyAt: () => '',
  indexOf: () => undefined,
  lastOwnMessageId: () => undefined,
};
