'use client';
import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { flushSync } from 'react-dom';
import { createScroller } from '../scroller/createScroller.js';
import { EMPTY_DATA } from '../scroller/defaults.js';
import { readScrollPlace, saveScrollPlace } from '../scroller/restore.js';
import type {
  Announcement,
  ScrollerData,
  ScrollerRows,
  ScrollerSnapshot,
  TranscriptScroller,
} from '../scroller/types.js';
import { createDomLayout } from './domLayout.js';
import type { RowList, TranscriptState } from './seam.js';
import { useIsoLayoutEffect } from './useOpened.js';

/** Height of the box reserved above the first row for loading / error / bookend (px). */
export const STATUS_ROW_HEIGHT = 48;
const ESTIMATED_ROW_HEIGHT = 72;
const OVERSCAN = 1;

/** What {@link useTranscriptScroller} wires together. */
export interface TranscriptScrollerInput {
  readonly rows: RowList;
  readonly typing: boolean;
  readonly transcript: TranscriptState;
  /** Whether the list is shown (rows loaded, client-side): the layout runs only then. */
  readonly enabled: boolean;
  readonly scrollStateKey: string | undefined;
  readonly announce: (announcement: Announcement) => void;
}

/** The engine, its snapshot for rendering, and the rows to render. */
export interface TranscriptScrollerBinding {
  readonly scroller: TranscriptScroller;
  readonly snapshot: ScrollerSnapshot;
  /** Indexes of the rows to render (rows of the window, then the typing row), ascending. */
  readonly indexes: readonly number[];
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  /** The ref of the list element the rows are positioned in. */
  readonly listRef: (node: HTMLDivElement | null) => void;
  /** The ref of each rendered row (its index in `data-index`): measured before it is revealed. */
  readonly measureRow: (node: HTMLDivElement | null) => void;
  /** The log's keyboard: arrows, Home, End and PageUp (see the keyboard delegate). */
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Focus that reaches a row by itself gives it the roving tabindex. */
  readonly onFocus: (event: FocusEvent<HTMLDivElement>) => void;
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
 * Wires the scroll engine to React and the DOM layout: creates both once, feeds the engine every
 * render, renders the rows the layout shows, and reports scrolls, measurements and reader input.
 */
export function useTranscriptScroller(input: TranscriptScrollerInput): TranscriptScrollerBinding {
  const { rows, typing, transcript: t, enabled, scrollStateKey } = input;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const announceRef = useRef(input.announce);
  announceRef.current = input.announce;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [{ dom, scroller }] = useState(() => {
    let engine: TranscriptScroller | undefined;
    const dom = createDomLayout({
      estimate: ESTIMATED_ROW_HEIGHT,
      paddingStart: STATUS_ROW_HEIGHT,
      overscan: OVERSCAN,
      // The focused row stays rendered wherever the reader scrolls, so focus is never lost.
      keep: () => {
        const key = engine?.getSnapshot().focusedKey ?? null;
        return key === null ? undefined : engine?.indexOf(key);
      },
      onScroll: (offset) => engine?.onScroll(offset),
      onLayoutChange: () => engine?.onLayoutChange(),
      // In the commit React renders again before paint by itself; elsewhere (a scroll event, a
      // row's new size, a frame) the rows now in view must render before this frame paints.
      onShownChange: (now) => (now && !dom.committing ? flushSync(rerender) : rerender()),
    });
    engine = createScroller(dom.port, {
      restore: scrollStateKey === undefined ? undefined : readScrollPlace(scrollStateKey),
      announce: (a) => announceRef.current(a),
    });
    return { dom, scroller: engine };
  });

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
  // The render that opens the view picks its rows in the scroll element already on the page
  // (before the commit attaches it), so they render here: in the opening's transition, in slices.
  if (enabled) dom.expect(scrollRef.current);
  scroller.setData(enabled ? data : { ...data, rows: EMPTY_DATA.rows, typing: false });
  const snapshot = useSyncExternalStore(
    scroller.subscribe,
    scroller.getSnapshot,
    scroller.getSnapshot,
  );
  // The layout takes the engine's rows when they changed: other rows, another window, typing.
  const laidRef = useRef<readonly unknown[]>([]);
  const laid = [rows, typing, enabled, scroller.getSnapshot().windowStart];
  if (laid.some((v, i) => v !== laidRef.current[i])) {
    laidRef.current = laid;
    dom.setRows(scroller.count, scroller.keyAt);
  }
  scroller.layout();
  const indexes = dom.shown();

  // Follow the scroll element while the list is shown (before the commit below writes to it).
  const scrollElement = scrollRef.current;
  useIsoLayoutEffect(() => {
    const el = scrollRef.current;
    if (!enabled || !el) return;
    return dom.attach(el);
  }, [enabled, dom, scrollElement]);

  // New rows are measured before they are revealed, all in one layout, then everything is
  // placed and the engine settles the viewport, before this commit paints. What the rows brought
  // is said first: the live region's new text is then laid out in that same layout.
  useIsoLayoutEffect(() => {
    scroller.announce();
    dom.commit(() => scroller.commit());
  });

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

  const listRef = useCallback((node: HTMLDivElement | null) => dom.setList(node), [dom]);
  const measureRow = useCallback((node: HTMLDivElement | null) => dom.setRow(node), [dom]);

  // Move DOM focus to the row the keyboard chose, once it is rendered.
  const focusWanted = useRef(false);
  const moveFocus = () => {
    const key = scroller.getSnapshot().focusedKey;
    if (!focusWanted.current || key === null) return;
    const target = dom.element(key);
    if (target) {
      focusWanted.current = false;
      target.focus({ preventScroll: true });
    }
  };
  useIsoLayoutEffect(moveFocus);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !enabled) return;
    const before = scroller.getSnapshot().focusedKey;
    if (scroller.handleKey(event.key, event.target !== scrollRef.current)) event.preventDefault();
    if (scroller.getSnapshot().focusedKey !== before || event.key === 'Home') {
      focusWanted.current = true;
      // The row may have rendered already, while the key was handled (the view scrolled to it).
      moveFocus();
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

  return { scroller, snapshot, indexes, scrollRef, listRef, measureRow, onKeyDown, onFocus };
}
