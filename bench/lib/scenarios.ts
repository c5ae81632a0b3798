import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser.js';

/** One figure of one measurement; `null` when the contender could not produce it. */
export type Figures = Record<string, number | null>;

export interface Scenario {
  readonly name: string;
  readonly run: (browser: Browser, baseUrl: string, contender: string) => Promise<Figures>;
}

const WHEEL_DELTA = 300;
const WHEEL_STEPS = Number(process.env.BENCH_WHEEL_STEPS ?? 36);

/**
 * The JavaScript memory in use after a forced GC: V8's heap plus the contents of ArrayBuffers,
 * which live outside it (a virtualizer that keeps its measurements in a typed array keeps them
 * there: TanStack Virtual's Float64Array is 1.5 MiB at 100,000 items). `JSHeapUsedSize` alone
 * counts only the first.
 */
async function heapBytes(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      backingStorageSize?: number;
    };
    if (usage.backingStorageSize === undefined)
      throw new Error('this Chromium reports no ArrayBuffer memory');
    return usage.usedSize + usage.backingStorageSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Contenders that render every item (no windowing): at 100,000 items they take minutes and
 * gigabytes, so they are not run there (their figures are empty).
 */
const UNWINDOWED = new Set(['naive', 'message-scroller']);

const mount = (n: number): Scenario => ({
  name: `mount${n}`,
  run: async (browser, url, contender) => {
    if (n > 10_000 && UNWINDOWED.has(contender)) return {};
    // At 10,000: the heap before the mount (page, libraries, the generated data) is the baseline,
    // so the figure is what the contender itself keeps for the transcript.
    let heapBefore = Number.NaN;
    const before =
      n >= 10_000
        ? async (p: Page) => {
            heapBefore = (await heapBytes(p)) ?? Number.NaN;
          }
        : undefined;
    const { page, mount, close } = await openPage(
      browser,
      url,
      contender,
      { n, older: 200 },
      before,
    );
    try {
      const figures: Figures = {
        [`mount${n / 1000}kMs`]: mount.mountMs,
        [`mount${n / 1000}kFrames`]: mount.frames,
      };
      if (n >= 10_000) {
        // The 10,000-item figures keep their historic names; 100,000 ones are suffixed.
        const at = n === 10_000 ? '' : `${n / 1000}k`;
        const lt = await page.evaluate(() => window.__bench.longTasks(window.__bench.mountStart()));
        figures[`mountLongTasks${at}`] = lt.count;
        figures[`mountLongTaskMs${at}`] = lt.totalMs;
        figures[`domElements${at}`] = await page.evaluate(() => window.__bench.domCount());
        figures[`rowsInDom${at}`] = await page.evaluate(() => window.__bench.rowsInDom());
        figures[`heap${at}MB`] = (((await heapBytes(page)) ?? Number.NaN) - heapBefore) / 2 ** 20;
      }
      return figures;
    } finally {
      await close();
    }
  },
});

/**
 * Items loaded when 100 older ones are prepended (`BENCH_PREPEND_N`, default 150: three pages of
 * 50, when an older page typically arrives). Kept under TranscriptView's window of 200 rows, so
 * the prepend lands in every contender's virtualized list — with 1,000 loaded, the view's window
 * would not yet include the first loaded row and the prepend would cost it nothing.
 */
const PREPEND_N = Number(process.env.BENCH_PREPEND_N ?? 150);

const prepend: Scenario = {
  name: 'prepend',
  run: async (browser, url, contender) => {
    const { page, close } = await openPage(browser, url, contender, {
      n: PREPEND_N,
      older: 1000,
    });
    try {
      await page.evaluate(() => window.__bench.settle());
      const r = await page.evaluate(() => window.__bench.prepend(100));
      return {
        prependMs: r.ms,
        prependFrames: r.frames,
        prependSyncMs: r.syncMs,
        prependDriftMiddle: r.driftMiddle === null ? null : Math.abs(r.driftMiddle),
        prependDriftTop: r.driftTop === null ? null : Math.abs(r.driftTop),
      };
    } finally {
      await close();
    }
  },
};

/**
 * A prepend of 100 older items with 100,000 loaded, the reader at the newest: a windowed view's
 * cost should not grow with what is loaded.
 */
const prepend100k: Scenario = {
  name: 'prepend100k',
  run: async (browser, url, contender) => {
    if (UNWINDOWED.has(contender)) return {};
    const { page, close } = await openPage(browser, url, contender, { n: 100_000, older: 1000 });
    try {
      await page.evaluate(() => window.__bench.settle());
      const r = await page.evaluate(() => window.__bench.prepend(100));
      return {
        prepend100kMs: r.ms,
        prepend100kSyncMs: r.syncMs,
        prepend100kDriftMiddle: r.driftMiddle === null ? null : Math.abs(r.driftMiddle),
      };
    } finally {
      await close();
    }
  },
};

/**
 * Hostile content: 1,000 items, every tenth a 16,384-character message from the content corpus
 * (pathological markdown and links, as markdown and as plain text). Each contender renders what
 * it renders (the peers plain text, the view its content pipeline); the figure is the mount and
 * its long tasks.
 */
const hostile: Scenario = {
  name: 'hostile',
  run: async (browser, url, contender) => {
    const { page, mount, close } = await openPage(browser, url, contender, {
      n: 1000,
      older: 0,
      hostile: 10,
    });
    try {
      const lt = await page.evaluate(() => window.__bench.longTasks(window.__bench.mountStart()));
      // Scroll back through a screenful of them: each hostile row renders as it comes into view.
      const t0 = await page.evaluate(() => window.__bench.now());
      for (let i = 0; i < 10; i++) await page.evaluate(() => window.__bench.scrollBy(-800));
      const scroll = await page.evaluate((since) => window.__bench.longTasks(since), t0);
      return {
        hostileMountMs: mount.mountMs,
        hostileMountLongTaskMs: lt.totalMs,
        hostileScrollLongTaskMs: scroll.totalMs,
      };
    } finally {
      await close();
    }
  },
};

/**
 * In-place updates: a reply streams in (the same item, longer each time) at the bottom while the
 * reader watches the end, and above the top visible row while they read history.
 */
const inPlace: Scenario = {
  name: 'inPlace',
  run: async (browser, url, contender) => {
    const { page, close } = await openPage(browser, url, contender, { n: 1000, older: 0 });
    try {
      const bottom = await page.evaluate(() => window.__bench.streamAtBottom(5));
      await page.evaluate(() => window.__bench.scrollBy(-1500));
      const above = await page.evaluate(() => window.__bench.streamAbove(5));
      return {
        streamBottomGap: bottom.settled,
        streamBottomHidden: bottom.hidden,
        streamAboveDriftTop: above.driftTop,
        streamAboveDriftMiddle: above.driftMiddle,
      };
    } finally {
      await close();
    }
  },
};

/** Waits until no older page is pending and the view has been still for a while. */
export const quietPage = (page: Page) =>
  page.evaluate(async () => {
    const b = window.__bench;
    for (let i = 0; i < 100; i++) {
      while (b.pending()) await new Promise((r) => setTimeout(r, 10));
      await b.settle(2000);
      if (!b.pending()) return;
    }
  });

/** A flick back through history: eight big wheel steps with no pause between them. */
export async function flickUp(page: Page): Promise<void> {
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -1600);
}

/** Ten PageUp presses in a row (the scroller has focus). */
export async function pageUps(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) await page.keyboard.press('PageUp');
}

/**
 * Runs a scroll input, waits until it is over (the position still for three frames), then until
 * the pages it asked for have landed: how far (px, signed) the row under the middle of the
 * viewport moved after the input; `null` when it left the DOM.
 */
export async function driftAfter(page: Page, input: () => Promise<void>): Promise<number | null> {
  await input();
  await page.evaluate(() => window.__bench.settle(1500));
  const a = await page.evaluate(() => window.__bench.anchors());
  await quietPage(page);
  if (!a.middle) return null;
  const id = a.middle.id;
  const y = await page.evaluate((rowId) => window.__bench.positionOf(rowId), id);
  return y === null ? null : y - a.middle.y;
}

/**
 * Fast scroll-back: a flick (eight big wheel steps with no pause) and then ten PageUp presses
 * over the history's tall rows, while older pages load above. Once the input stops, the reader's
 * place is theirs: the figure is how far the row under the middle of the viewport moves after
 * the input, while the pages it asked for land.
 */
const flick: Scenario = {
  name: 'flick',
  run: async (browser, url, contender) => {
    const { page, close } = await openPage(browser, url, contender, {
      n: 100,
      older: 3000,
      page: 50,
      delay: 100,
    });
    try {
      await quietPage(page);
      const box = await page.evaluate(() => window.__bench.rect());
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const abs = (v: number | null) => (v === null ? null : Math.abs(v));
      const flickDrift = abs(await driftAfter(page, () => flickUp(page)));
      await page.evaluate(() => window.__bench.focusScroller());
      const pageUpDrift = abs(await driftAfter(page, () => pageUps(page)));
      return {
        flickDrift,
        pageUpDrift,
        flickPageLoads: await page.evaluate(() => window.__bench.loads()),
      };
    } finally {
      await close();
    }
  },
};

/**
 * Real wheel input scrolling back through history while pages load above: before each wheel
 * step no page is pending and the view is still; the figure is how far the item under the
 * middle of the viewport ends up from where the wheel alone would have put it.
 */
const wheel: Scenario = {
  name: 'wheel',
  run: async (browser, url, contender) => {
    const { page, close } = await openPage(browser, url, contender, {
      n: 100,
      older: 3000,
      page: 50,
      delay: 100,
    });
    try {
      const box = await page.evaluate(() => window.__bench.rect());
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const quiet = () => quietPage(page);
      await quiet();
      const t0 = await page.evaluate(() => window.__bench.now());
      let maxDrift = 0;
      let sumDrift = 0;
      let lost = 0;
      for (let step = 0; step < WHEEL_STEPS; step++) {
        const before = await page.evaluate(() => window.__bench.anchors());
        if (!before.middle) break;
        await page.mouse.wheel(0, -WHEEL_DELTA);
        await page.evaluate(async () => {
          await window.__bench.settle(500);
        });
        await quiet();
        const id = before.middle.id;
        const y = await page.evaluate((rowId) => window.__bench.positionOf(rowId), id);
        if (y === null) {
          lost++;
          continue;
        }
        const expected = Math.min(WHEEL_DELTA, before.scrollTop);
        const drift = Math.abs(y - before.middle.y - expected);
        if (process.env.BENCH_DEBUG_WHEEL) {
          const n = await page.evaluate(() => window.__bench.count());
          console.log(
            `    ${contender} step ${step} scrollTop ${before.scrollTop} y0 ${before.middle.y} y ${y} drift ${drift} items ${n}`,
          );
        }
        maxDrift = Math.max(maxDrift, drift);
        sumDrift += drift;
      }
      const lt = await page.evaluate((since) => window.__bench.longTasks(since), t0);
      return {
        wheelMaxDrift: maxDrift,
        wheelSumDrift: sumDrift,
        wheelLostAnchor: lost,
        wheelPageLoads: await page.evaluate(() => window.__bench.loads()),
        wheelLongTasks: lt.count,
        wheelLongTaskMs: lt.totalMs,
      };
    } finally {
      await close();
    }
  },
};

const grow: Scenario = {
  name: 'grow',
  run: async (browser, url, contender) => {
    const { page, close } = await openPage(browser, url, contender, { n: 1000, older: 0 });
    try {
      await page.evaluate(() => window.__bench.scrollBy(-1500));
      const r = await page.evaluate(() => window.__bench.grow());
      const abs = (v: number | null) => (v === null ? null : Math.abs(v));
      return {
        growDriftTop: abs(r.driftTop),
        growDriftMiddle: abs(r.driftMiddle),
        growFrames: r.frames,
      };
    } finally {
      await close();
    }
  },
};

const appendsUp: Scenario = {
  name: 'appendsUp',
  run: async (browser, url, contender) => {
    const { page, close } = await openPage(browser, url, contender, { n: 1000, older: 0 });
    try {
      await page.evaluate(() => window.__bench.scrollBy(-1500));
      let top: number | null = 0;
      let middle: number | null = 0;
      const worse = (a: number | null, b: number | null) =>
        a === null || b === null ? null : Math.max(a, Math.abs(b));
      for (let i = 0; i < 10; i++) {
        const r = await page.evaluate(() => window.__bench.append(1));
        top = worse(top, r.driftTop);
        middle = worse(middle, r.driftMiddle);
      }
      return { appendUpDriftTop: top, appendUpDriftMiddle: middle };
    } finally {
      await close();
    }
  },
};

const appendsBottom: Scenario = {
  name: 'appendsBottom',
  run: async (browser, url, contender) => {
    const { page, close } = await openPage(browser, url, contender, { n: 1000, older: 0 });
    try {
      let first = 0;
      let settled = 0;
      let hidden = 0;
      for (let i = 0; i < 10; i++) {
        const r = await page.evaluate(() => window.__bench.appendAtBottom());
        first = Math.max(first, r.first);
        settled = Math.max(settled, r.settled);
        if (!r.settledVisible) hidden++;
      }
      return {
        appendBottomGapFirstFrame: first,
        appendBottomGap: settled,
        appendBottomHidden: hidden,
      };
    } finally {
      await close();
    }
  },
};

/** Every scenario, in run order. */
export const SCENARIOS: readonly Scenario[] = [
  mount(1_000),
  mount(10_000),
  mount(100_000),
  prepend,
  prepend100k,
  wheel,
  flick,
  grow,
  appendsUp,
  appendsBottom,
  inPlace,
  hostile,
];
