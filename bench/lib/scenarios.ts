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

async function heapBytes(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  } finally {
    await cdp.detach();
  }
}

const mount = (n: number): Scenario => ({
  name: `mount${n}`,
  run: async (browser, url, contender) => {
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
        const lt = await page.evaluate(() => window.__bench.longTasks(window.__bench.mountStart()));
        figures.mountLongTasks = lt.count;
        figures.mountLongTaskMs = lt.totalMs;
        figures.domElements = await page.evaluate(() => window.__bench.domCount());
        figures.rowsInDom = await page.evaluate(() => window.__bench.rowsInDom());
        figures.heapMB = (((await heapBytes(page)) ?? Number.NaN) - heapBefore) / 2 ** 20;
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
      const quiet = () =>
        page.evaluate(async () => {
          const b = window.__bench;
          for (let i = 0; i < 100; i++) {
            while (b.pending()) await new Promise((r) => setTimeout(r, 10));
            await b.settle(2000);
            if (!b.pending()) return;
          }
        });
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
  prepend,
  wheel,
  grow,
  appendsUp,
  appendsBottom,
];
