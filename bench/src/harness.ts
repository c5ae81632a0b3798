import { flushSync } from 'react-dom';
import { keyOf } from './data.js';
import { params, store } from './params.js';

/** How the harness finds a contender's scroll element and rows (the only per-contender part). */
export interface Adapter {
  readonly name: string;
  scroller(): HTMLElement | null;
  /** CSS selector matching one element per transcript row. */
  readonly rowSelector: string;
  /** The item id of a row element. */
  rowId(row: Element): string | null;
  /** The row element of an item id, if it is in the DOM. */
  findRow(id: string): HTMLElement | null;
}

export interface Anchor {
  readonly id: string;
  /** Row top relative to the scroller's top edge, px. */
  readonly y: number;
}

export interface Anchors {
  readonly top: Anchor | null;
  readonly middle: Anchor | null;
  readonly scrollTop: number;
  /** Distance from the end of the scroll range, px. */
  readonly gap: number;
}

export interface Change {
  readonly ms: number;
  readonly frames: number;
  readonly driftTop: number | null;
  readonly driftMiddle: number | null;
}

/**
 * How far (px) the last row may overhang the bottom edge and still count as "at the bottom":
 * react-virtuoso rounds row sizes and lands a few px short of the end.
 */
const BOTTOM_SLACK = 8;

/** What each streamed chunk adds: about two lines in the bench's widget. */
const CHUNK =
  'and the carrier scanned it at the depot this morning, so it should be out for delivery soon.';

/** After the next frame has been painted; resolves with the time. */
export function frame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    });
  });
}

const longTasks: { start: number; duration: number }[] = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No long-task timing in this browser: the figure stays empty.
}

function makeApi(adapter: Adapter, render: () => void) {
  const scroller = (): HTMLElement => {
    const el = adapter.scroller();
    if (!el) throw new Error(`${adapter.name}: no scroller`);
    return el;
  };

  const posOf = (id: string): number | null => {
    const row = adapter.findRow(id);
    if (!row) return null;
    return row.getBoundingClientRect().top - scroller().getBoundingClientRect().top;
  };

  const gap = (): number => {
    const s = scroller();
    return s.scrollHeight - s.clientHeight - s.scrollTop;
  };

  const rowAt = (y: number): Anchor | null => {
    const box = scroller().getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + y);
    const row = hit?.closest(adapter.rowSelector);
    if (row && scroller().contains(row)) {
      const id = adapter.rowId(row);
      if (id) return { id, y: row.getBoundingClientRect().top - box.top };
    }
    // Between rows or over a non-row part: scan the rows in the DOM.
    let best: Anchor | null = null;
    let bestDist = Number.POSITIVE_INFINITY;
    for (const el of scroller().querySelectorAll(adapter.rowSelector)) {
      const r = el.getBoundingClientRect();
      const top = r.top - box.top;
      const bottom = r.bottom - box.top;
      const dist = y < top ? top - y : y > bottom ? y - bottom : 0;
      const id = adapter.rowId(el);
      if (id && r.height > 0 && dist < bestDist) {
        bestDist = dist;
        best = { id, y: top };
      }
    }
    return best;
  };

  const anchors = (): Anchors => {
    const s = scroller();
    const h = s.clientHeight;
    return { top: rowAt(1), middle: rowAt(h / 2), scrollTop: s.scrollTop, gap: gap() };
  };

  /** Waits until scroll position, height and the anchor rows stay put for 3 painted frames. */
  const settle = async (maxMs = 3000, ref?: Anchors): Promise<{ ms: number; frames: number }> => {
    const t0 = performance.now();
    const a = ref ?? anchors();
    const sig = () => {
      const s = scroller();
      return `${s.scrollTop}|${s.scrollHeight}|${a.top ? posOf(a.top.id) : ''}|${a.middle ? posOf(a.middle.id) : ''}`;
    };
    let last = sig();
    let same = 0;
    let frames = 0;
    let lastChange = t0;
    while (performance.now() - t0 < maxMs) {
      const t = await frame();
      frames++;
      const now = sig();
      if (now === last) {
        same++;
        if (same >= 3) break;
      } else {
        same = 0;
        last = now;
        lastChange = t;
      }
    }
    return { ms: lastChange - t0, frames };
  };

  /**
   * Runs `action`, then watches painted frames until the anchor rows stop moving; reports the
   * time to the first frame of the final state, how many frames that took, and how far the top
   * visible row and the middle row ended up from where they were.
   */
  const measure = async (
    action: () => void,
    maxMs = 3000,
  ): Promise<Change & { syncMs: number }> => {
    await frame();
    const before = anchors();
    const t0 = performance.now();
    action();
    const read = () => [
      before.top ? posOf(before.top.id) : null,
      before.middle ? posOf(before.middle.id) : null,
      scroller().scrollTop,
    ];
    let cur = read();
    const syncMs = performance.now() - t0;
    let stableSince = t0;
    let stableFrame = 0;
    let same = 0;
    let frames = 0;
    let prev = JSON.stringify(cur);
    while (performance.now() - t0 < maxMs) {
      const t = await frame();
      frames++;
      cur = read();
      const now = JSON.stringify(cur);
      if (now === prev && frames > 1) {
        same++;
        if (same >= 3) break;
      } else {
        same = 0;
        prev = now;
        stableSince = t;
        stableFrame = frames;
      }
    }
    const [top, middle] = cur;
    return {
      syncMs,
      ms: stableSince - t0,
      frames: stableFrame,
      driftTop: before.top && typeof top === 'number' ? top - before.top.y : null,
      driftMiddle: before.middle && typeof middle === 'number' ? middle - before.middle.y : null,
    };
  };

  const lastRowVisible = (): boolean => {
    const last = store.items[store.items.length - 1];
    if (!last) return false;
    const row = adapter.findRow(keyOf(last));
    if (!row) return false;
    const r = row.getBoundingClientRect();
    const box = scroller().getBoundingClientRect();
    return r.height > 0 && r.top < box.bottom && r.bottom <= box.bottom + BOTTOM_SLACK;
  };

  let mountStart = 0;
  const mount = async (): Promise<{ mountMs: number; frames: number }> => {
    const t0 = performance.now();
    mountStart = t0;
    render();
    let frames = 0;
    let firstOk = 0;
    let firstOkFrame = 0;
    let okSig = '';
    let same = 0;
    while (performance.now() - t0 < 20_000) {
      const t = await frame();
      frames++;
      const el = adapter.scroller();
      const ok = el !== null && lastRowVisible() && gap() <= BOTTOM_SLACK;
      const sig = ok && el ? `${el.scrollTop}|${el.scrollHeight}` : '';
      if (ok && sig === okSig) {
        same++;
        if (same >= 2) return { mountMs: firstOk - t0, frames: firstOkFrame };
      } else if (ok) {
        okSig = sig;
        firstOk = t;
        firstOkFrame = frames;
        same = 0;
      } else {
        okSig = '';
        same = 0;
      }
    }
    throw new Error(`${adapter.name}: the bottom was never painted`);
  };

  // `?hold=1`: wait for `__bench.go()` before mounting (lets a profiler start after data setup).
  let go = (): void => {};
  const ready = params.hold
    ? new Promise<void>((resolve) => {
        go = resolve;
      }).then(mount)
    : mount();

  const api = {
    name: adapter.name,
    params,
    ready,
    go: () => go(),
    /** When `render()` was called (performance.now()). */
    mountStart: (): number => mountStart,
    anchors,
    settle,
    positionOf: posOf,
    gap,
    lastRowVisible,
    pending: (): boolean => store.pending,
    loads: (): number => store.loads,
    count: (): number => store.items.length,
    /** Prepends `n` older items synchronously (flushSync) and measures until painted and still. */
    prepend: (n: number) => measure(() => flushSync(() => void store.prepend(n))),
    /** Appends `n` live items the way a websocket message would (a normal React update). */
    append: (n: number) => measure(() => void store.append(n)),
    /** Every late box takes its height (images without dimensions load). */
    grow: () => measure(() => store.grow()),
    /** Appends one item at the bottom; the gap from the end after the first painted frame and once settled. */
    appendAtBottom: async () => {
      await frame();
      store.append(1);
      await frame();
      const first = gap();
      const firstVisible = lastRowVisible();
      await settle(1500);
      return { first, settled: gap(), firstVisible, settledVisible: lastRowVisible() };
    },
    /**
     * A reply streams in at the bottom, `chunks` updates of the last item in place: the gap from
     * the end after each first painted frame and once settled (a pinned view stays pinned).
     */
    streamAtBottom: async (chunks = 5) => {
      let first = 0;
      let settled = 0;
      let hidden = 0;
      const last = store.items[store.items.length - 1];
      if (!last) throw new Error('no items');
      for (let i = 0; i < chunks; i++) {
        await frame();
        store.update(keyOf(last), ` ${CHUNK}`);
        await frame();
        first = Math.max(first, gap());
        await settle(1500);
        settled = Math.max(settled, gap());
        if (!lastRowVisible()) hidden++;
      }
      return { first, settled, hidden };
    },
    /**
     * A reply streams in above what the reader looks at (the item just above the top visible
     * row grows, `chunks` times): how far the top and middle rows move, the worst of the updates.
     */
    streamAbove: async (chunks = 5) => {
      let top: number | null = 0;
      let middle: number | null = 0;
      const worse = (a: number | null, b: number | null) =>
        a === null || b === null ? null : Math.max(a, Math.abs(b));
      const at = anchors().top;
      const index = at ? store.items.findIndex((i) => keyOf(i) === at.id) : -1;
      const above = index > 0 ? store.items[index - 1] : undefined;
      if (!above) throw new Error('no item above the top row');
      for (let i = 0; i < chunks; i++) {
        const r = await measure(() => void store.update(keyOf(above), ` ${CHUNK}`));
        top = worse(top, r.driftTop);
        middle = worse(middle, r.driftMiddle);
      }
      return { driftTop: top, driftMiddle: middle };
    },
    /** Focuses the scroller, for keyboard scrolling (PageUp). */
    focusScroller: () => scroller().focus(),
    scrollBy: async (dy: number) => {
      scroller().scrollTop += dy;
      return settle();
    },
    rect: () => {
      const r = scroller().getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    },
    /** Elements in the document, minus the bench's own id wrappers (`data-bench-wrapper`). */
    domCount: (): number =>
      document.getElementsByTagName('*').length -
      document.querySelectorAll('[data-bench-wrapper]').length,
    rowsInDom: (): number => scroller().querySelectorAll(adapter.rowSelector).length,
    longTasks: (since = 0) => {
      const l = longTasks.filter((t) => t.start >= since);
      return { count: l.length, totalMs: l.reduce((s, t) => s + t.duration, 0) };
    },
    now: (): number => performance.now(),
  };
  return api;
}

/** What a page exposes as `window.__bench` for the runner. */
export type BenchApi = ReturnType<typeof makeApi>;

/** Installs `window.__bench` for a contender and mounts it, timing mount → bottom painted. */
export function startBench(adapter: Adapter, render: () => void): void {
  (window as unknown as { __bench: BenchApi }).__bench = makeApi(adapter, render);
}
