/**
 * Budget check for the test command (not timing — timing is noisy): builds the TranscriptView
 * page alone, mounts 10,000 items in real Chromium and fails (exit 1) when
 *  - the view renders more than BUDGET_ROWS rows or BUDGET_DOM elements (virtualization broke),
 *  - the row under the reader's eye (the middle one) moves more than 1 px when 100 older items
 *    are prepended (150 loaded), when rows above and in view grow late, or when live items arrive while
 *    scrolled up,
 *  - live items at the bottom do not stay pinned,
 *  - a reply streaming in (the same item growing) unpins the bottom or moves the reader above it,
 *  - a flick or PageUp scroll-back moves the reader after the input stopped, while pages land,
 *  - at 100,000 items the rows in the DOM grow, or a prepend moves the reader.
 * Run: `pnpm --filter @connect-transcript/bench budget` (about 30 s).
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serveStatic } from './lib/browser.js';
import { driftAfter, flickUp, pageUps, quietPage } from './lib/scenarios.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'results/tmp/budget-dist');
const BUDGET_ROWS = Number(process.env.BUDGET_ROWS ?? 40);
// The DOM goal (≤ 100 elements in the document at 10,000 items) counts the page too; the view's
// own elements are ~80 in the bench's 480×800 widget.
const BUDGET_DOM = Number(process.env.BUDGET_DOM ?? 100);
const DRIFT_PX = 1;

const started = Date.now();
process.env.BENCH_PAGES = 'transcript-view';
process.env.BENCH_OUT = out;
const { build } = await import('vite');
await build({ configFile: join(here, 'vite.config.ts'), logLevel: 'error' });

const server = await serveStatic(out);
const browser = await launch();
const failures: string[] = [];
const lines: string[] = [];
const check = (ok: boolean, what: string) => {
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const within = (v: number | null) => v !== null && Math.abs(v) <= DRIFT_PX;
const px = (v: number | null) => (v === null ? 'row lost' : `${v.toFixed(1)} px`);

try {
  {
    // The bench's mount data (older: 200): the newest rows are ordinary ones (with older: 1000
    // the newest is a 3,500-character message that fills the widget alone).
    const { page, close } = await openPage(browser, server.url, 'transcript-view', {
      n: 10_000,
      older: 200,
    });
    const rows = await page.evaluate(() => window.__bench.rowsInDom());
    check(rows >= 8, `rows in the DOM at 10,000 items: ${rows} fill the widget`);
    const dom = await page.evaluate(
      () =>
        document.querySelectorAll('.ct-TranscriptView, .ct-TranscriptView *').length -
        document.querySelectorAll('[data-bench-wrapper], .bench-late').length,
    );
    check(rows <= BUDGET_ROWS, `rows in the DOM at 10,000 items: ${rows} (budget ${BUDGET_ROWS})`);
    check(dom <= BUDGET_DOM, `view elements at 10,000 items: ${dom} (budget ${BUDGET_DOM})`);
    await close();
  }
  {
    // A page arriving while the first loaded row is in the view's window (150 loaded).
    const { page, close } = await openPage(browser, server.url, 'transcript-view', {
      n: 150,
      older: 200,
    });
    const p = await page.evaluate(() => window.__bench.prepend(100));
    check(within(p.driftMiddle), `prepend 100 at 150 items: middle row moved ${px(p.driftMiddle)}`);
    check(within(p.driftTop), `prepend 100 at 150 items: top row moved ${px(p.driftTop)}`);
    await close();
  }
  {
    const { page, close } = await openPage(browser, server.url, 'transcript-view', {
      n: 10_000,
      older: 0,
    });
    await page.evaluate(() => window.__bench.scrollBy(-1500));
    const g = await page.evaluate(() => window.__bench.grow());
    // Rows between the top edge and the middle grow too, so only one of the two can stay put:
    // the view keeps the row under the reader's eye (the middle one); the top row is reported.
    check(
      within(g.driftMiddle),
      `late growth above and in view: middle row moved ${px(g.driftMiddle)}`,
    );
    lines.push(
      `info late growth: top row moved ${px(g.driftTop)} (rows between it and the middle grew)`,
    );
    let worst: number | null = 0;
    for (let i = 0; i < 5; i++) {
      const a = await page.evaluate(() => window.__bench.append(1));
      worst =
        worst === null || a.driftMiddle === null ? null : Math.max(worst, Math.abs(a.driftMiddle));
    }
    check(within(worst), `live appends while scrolled up: middle row moved ${px(worst)}`);
    await close();
  }
  {
    const { page, close } = await openPage(browser, server.url, 'transcript-view', {
      n: 10_000,
      older: 0,
    });
    let gap = 0;
    for (let i = 0; i < 5; i++) {
      const r = await page.evaluate(() => window.__bench.appendAtBottom());
      gap = Math.max(gap, r.settled);
    }
    check(gap <= DRIFT_PX, `live appends at the bottom: gap from the end ${gap.toFixed(1)} px`);
    await close();
  }
  {
    const { page, close } = await openPage(browser, server.url, 'transcript-view', {
      n: 100_000,
      older: 1000,
    });
    const rows = await page.evaluate(() => window.__bench.rowsInDom());
    check(
      rows >= 8 && rows <= BUDGET_ROWS,
      `rows in the DOM at 100,000 items: ${rows} (budget ${BUDGET_ROWS})`,
    );
    await page.evaluate(() => window.__bench.settle());
    const p = await page.evaluate(() => window.__bench.prepend(100));
    check(
      within(p.driftMiddle),
      `prepend 100 at 100,000 items: middle row moved ${px(p.driftMiddle)}`,
    );
    await close();
  }
  {
    const { page, close } = await openPage(browser, server.url, 'transcript-view', {
      n: 1000,
      older: 0,
    });
    const bottom = await page.evaluate(() => window.__bench.streamAtBottom(5));
    check(
      bottom.settled <= DRIFT_PX && bottom.hidden === 0,
      `a reply streaming in at the bottom: gap from the end ${bottom.settled.toFixed(1)} px`,
    );
    await page.evaluate(() => window.__bench.scrollBy(-1500));
    const above = await page.evaluate(() => window.__bench.streamAbove(5));
    check(
      within(above.driftMiddle) && within(above.driftTop),
      `a reply streaming in above the view: top row moved ${px(above.driftTop)}, middle ${px(above.driftMiddle)}`,
    );
    await close();
  }
  {
    // Scroll-back at speed while pages of 50 load 100 ms late; the input is over, the place stays.
    const { page, close } = await openPage(browser, server.url, 'transcript-view', {
      n: 100,
      older: 3000,
      page: 50,
      delay: 100,
    });
    await quietPage(page);
    const box = await page.evaluate(() => window.__bench.rect());
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const flick = await driftAfter(page, () => flickUp(page));
    check(within(flick), `flick scroll-back: the row under the eye moved ${px(flick)} after it`);
    await page.evaluate(() => window.__bench.focusScroller());
    const pageUp = await driftAfter(page, () => pageUps(page));
    check(within(pageUp), `PageUp scroll-back: the row under the eye moved ${px(pageUp)} after it`);
    const loads = await page.evaluate(() => window.__bench.loads());
    check(loads >= 2, `pages loaded during the scroll-back: ${loads}`);
    await close();
  }
} catch (e) {
  failures.push(`budget check crashed: ${(e as Error).message}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}

for (const l of lines) console.log(l);
const passed = lines.filter((l) => l.startsWith('ok')).length;
console.log(
  `bench budget: ${passed} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exitCode = failures.length > 0 ? 1 : 0;
