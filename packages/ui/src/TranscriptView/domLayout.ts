import { createRowLayout, layoutPort, type RowLayout } from '../scroller/rowLayout.js';
import type { ScrollerPort } from '../scroller/types.js';

/** What {@link createDomLayout} tells the view. */
export interface DomLayoutOptions {
  /** Height of a row not measured yet (px). */
  readonly estimate: number;
  /** Space above the first row: the status box (px). */
  readonly paddingStart: number;
  /** Rows rendered beyond the viewport on each side. */
  readonly overscan: number;
  /** A row that must stay rendered wherever the viewport is (the focused one). */
  readonly keep: () => number | undefined;
  /** The scroll element moved to `offset` (the reader, or a write of the engine's). */
  readonly onScroll: (offset: number) => void;
  /** A row or the viewport changed size. */
  readonly onLayoutChange: () => void;
  /**
   * The rows to render changed outside React's render (a scroll, a measurement, a write).
   * `now`: render them before this frame paints; otherwise soon (the viewport was resized).
   */
  readonly onShownChange: (now: boolean) => void;
}

/**
 * The layout of the rendered rows in the DOM: the scroll element's offset and height, each
 * row's element (measured once before it is revealed, then by a ResizeObserver), and the writes
 * that position the rows and size the list. Only the engine moves the viewport, through `port`.
 */
export interface DomLayout {
  readonly layout: RowLayout;
  /** The engine's port: geometry from the layout, the offset as last written or seen. */
  readonly port: ScrollerPort;
  /** Lays out `count` rows (the engine's keys); call when they change. */
  setRows(count: number, keyAt: (index: number) => string): void;
  /** Indexes of the rows to render now, ascending. Read while React renders. */
  shown(): readonly number[];
  /** Starts following a scroll element; returns the stop. */
  attach(scroll: HTMLElement): () => void;
  /**
   * The scroll element the view is about to attach, while React renders the view open: its
   * height (already laid out, by the skeleton or the server's page) is the viewport that render
   * picks its rows in. They then render in that render, not in a second one inside the commit.
   */
  expect(scroll: HTMLElement | null): void;
  /** The list element the rows are positioned in (the ref of the list). */
  setList(list: HTMLElement | null): void;
  /** The ref of each rendered row, whose `data-index` is its index in the layout. */
  setRow(el: HTMLElement | null): void;
  /** The rendered element of the row with this key. */
  element(key: string): HTMLElement | undefined;
  /**
   * Where React's commit ends (a layout effect): new rows are measured, all in one layout,
   * everything is positioned, and an offset set during the render is written.
   */
  commit(then: () => void): void;
  /** Inside `commit`: an update made now is rendered before paint anyway. */
  readonly committing: boolean;
}

const indexOf = (el: Element) => Number(el.getAttribute('data-index'));

/**
 * Creates a {@link DomLayout}.
 *
 * @example
 * ```ts
 * const dom = createDomLayout({ estimate: 72, paddingStart: 48, overscan: 1, keep, onScroll,
 *   onLayoutChange, onShownChange: () => flushSync(rerender) });
 * const scroller = createScroller(dom.port);
 * ```
 */
export function createDomLayout(options: DomLayoutOptions): DomLayout {
  const layout = createRowLayout(options);
  let scroll: HTMLElement | null = null;
  let list: HTMLElement | null = null;
  /** Space the list's own padding adds below the rows (px). */
  let below = 0;
  /** The viewport's top as the layout knows it: the engine's writes count at once. */
  let offset = 0;
  /** The scroll element's height, once observed. */
  let viewport: number | null = null;
  /** An offset the engine set while React rendered, written when the render commits. */
  let pending: number | null = null;
  let committing = false;
  let height = -1;
  /** The rows the last render showed, as `inView().key`. */
  let shownKey = '';
  /** The indexes the last render showed. */
  let rendered: readonly number[] = [];
  const elements = new Map<string, HTMLElement>();
  const keyOf = new WeakMap<Element, string>();
  const placed = new WeakMap<Element, number>();
  const unmeasured = new Set<HTMLElement>();
  let gone = false;
  // Rows that mount while the observer delivers (a render it caused) are observed from the next
  // frame: observed now, at the depth being delivered, the browser reports a ResizeObserver loop.
  // They are measured by the commit that mounts them meanwhile.
  let delivering = false;
  /** Handling a resized viewport: its rows render soon, not now. */
  let soon = false;
  const later = new Set<HTMLElement>();
  const observe = (el: HTMLElement) => {
    if (!delivering) {
      observer?.observe(el, { box: 'border-box' });
      return;
    }
    if (later.size === 0) {
      requestAnimationFrame(() => {
        for (const row of later) if (row.isConnected) observer?.observe(row, { box: 'border-box' });
        later.clear();
      });
    }
    later.add(el);
  };

  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          delivering = true;
          try {
            measured(entries);
          } finally {
            delivering = false;
          }
        });

  function measured(entries: readonly ResizeObserverEntry[]) {
    let moved = false;
    let resized = false;
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      if (el === scroll) {
        const size = el.clientHeight;
        if (size !== viewport) {
          viewport = size;
          resized = true;
        }
        continue;
      }
      const key = keyOf.get(el);
      if (!el.isConnected || key === undefined || elements.get(key) !== el) {
        forget(el);
        continue;
      }
      const box = entry.borderBoxSize?.[0];
      const size = box ? Math.round(box.blockSize) : el.offsetHeight;
      if (layout.setSize(key, size, indexOf(el))) moved = true;
      unmeasured.delete(el);
    }
    if (!moved && !resized) return;
    place();
    // A resized viewport shows its new rows with the next render, not within this delivery: a
    // view that grows with its rows (no bounded height) would resize again before it ends.
    soon = !moved;
    try {
      options.onLayoutChange();
      refresh();
    } finally {
      soon = false;
    }
  }

  const viewportSize = () => viewport ?? scroll?.clientHeight ?? 0;

  function forget(el: Element) {
    observer?.unobserve(el);
    later.delete(el as HTMLElement);
    const key = keyOf.get(el);
    if (key !== undefined && elements.get(key) === el) elements.delete(key);
    unmeasured.delete(el as HTMLElement);
  }

  function writeHeight() {
    const total = layout.totalSize();
    if (list && total !== height) {
      height = total;
      list.style.height = `${total}px`;
    }
  }

  function placeRow(el: HTMLElement, index: number) {
    const start = layout.row(index)?.start;
    if (start === undefined || placed.get(el) === start) return;
    placed.set(el, start);
    el.style.transform = `translate3d(0, ${start}px, 0)`;
  }

  /** Sizes the list and moves every rendered row to its place. */
  function place() {
    writeHeight();
    for (const index of rendered) {
      const el = elements.get(layout.keyAt(index));
      if (el) placeRow(el, index);
    }
  }

  /** The rows in view (and `overscan` more), the kept row, and both as a key. */
  function inView() {
    const range = layout.range(offset, viewportSize(), options.overscan);
    const kept = options.keep();
    return { range, kept, key: `${range}:${kept}` };
  }

  /** After a change outside React's render: the rows follow, and render if others are in view. */
  function refresh(now = !soon) {
    place();
    if (inView().key !== shownKey) options.onShownChange(now);
  }

  const port: ScrollerPort = {
    ...layoutPort(layout, () => below),
    getOffset: () => offset,
    getViewportSize: viewportSize,
    setOffset(to, how) {
      if (how.render) {
        offset = to;
        pending = to;
        return;
      }
      if (how.smooth) {
        scroll?.scrollTo({ top: to, behavior: 'smooth' });
        return;
      }
      pending = null;
      offset = to;
      if (scroll) {
        // The list grows first, so the write is not clamped to its old height.
        writeHeight();
        scroll.scrollTop = to;
      }
      refresh();
    },
  };

  return {
    layout,
    port,
    setRows: layout.setRows,
    shown() {
      const { range, kept, key } = inView();
      shownKey = key;
      const out: number[] = [];
      if (range) for (let i = range[0]; i <= range[1]; i++) out.push(i);
      if (
        kept !== undefined &&
        kept < layout.count &&
        !(range && kept >= range[0] && kept <= range[1])
      ) {
        out.push(kept);
        out.sort((a, b) => a - b);
      }
      rendered = out;
      return out;
    },
    expect(el) {
      if (!scroll && el && viewport === null) viewport = el.clientHeight;
    },
    attach(el) {
      scroll = el;
      // An offset the engine set in this render is written by the commit that follows.
      if (pending === null) offset = el.scrollTop;
      const onScroll = () => {
        const at = el.scrollTop;
        options.onScroll(at);
        offset = at;
        refresh();
      };
      el.addEventListener('scroll', onScroll, { passive: true });
      observer?.observe(el);
      return () => {
        el.removeEventListener('scroll', onScroll);
        observer?.unobserve(el);
        if (scroll === el) {
          scroll = null;
          viewport = null;
        }
      };
    },
    setList(el) {
      list = el;
      height = -1;
      below = el ? Number.parseFloat(getComputedStyle(el).paddingBlockEnd) || 0 : 0;
      if (el) place();
    },
    setRow(el) {
      if (!el) {
        // The row's element is still in the document while React detaches its ref: it is let
        // go once the commit is done.
        gone = true;
        return;
      }
      const index = indexOf(el);
      const key = layout.keyAt(index);
      const before = elements.get(key);
      if (before !== el) {
        if (before) forget(before);
        elements.set(key, el);
        keyOf.set(el, key);
        observe(el);
      }
      if (!layout.isMeasured(key)) unmeasured.add(el);
      // A row can mount in a commit of its own (a Suspense boundary resolving): placed now.
      placeRow(el, index);
    },
    element: (key) => elements.get(key),
    commit(then) {
      committing = true;
      try {
        if (gone) {
          gone = false;
          for (const el of elements.values()) if (!el.isConnected) forget(el);
        }
        if (unmeasured.size > 0) {
          // One layout for all of them: read every height, then write.
          const read = [...unmeasured].map((el) => [el, el.offsetHeight] as const);
          unmeasured.clear();
          for (const [el, size] of read) {
            const key = keyOf.get(el);
            if (el.isConnected && key !== undefined) layout.setSize(key, size, indexOf(el));
          }
        }
        place();
        if (pending !== null && scroll) {
          scroll.scrollTop = pending;
          pending = null;
        }
        then();
        refresh(true);
      } finally {
        committing = false;
      }
    },
    get committing() {
      return committing;
    },
  };
}
