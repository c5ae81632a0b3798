import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS as BASE_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

/** Debian's Chromium; set CHROMIUM_PATH to use another. */
export const CHROMIUM = CHROMIUM_PATH;

/** The project's Chromium flags, plus no smooth scrolling and precise heap figures. */
export const CHROMIUM_ARGS = [
  ...BASE_ARGS,
  '--disable-smooth-scrolling',
  '--enable-precise-memory-info',
];

/** A chat widget's size: every contender gets the same viewport. */
export const VIEWPORT = { width: 480, height: 800 };

export { serveStatic } from '../../scripts/servers.js';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens a contender's page in a fresh browser context and waits until it has painted the
 * bottom of the transcript. Returns the page and the mount figure. Close the context after.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  contender: string,
  query: Record<string, number>,
  /** Runs after the page is loaded and its data generated, before the mount starts (`hold`). */
  beforeMount?: (page: Page) => Promise<void>,
): Promise<{ page: Page; mount: { mountMs: number; frames: number }; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const all = beforeMount ? { ...query, hold: 1 } : query;
  const qs = new URLSearchParams(Object.entries(all).map(([k, v]) => [k, String(v)]));
  await page.goto(`${baseUrl}/pages/${contender}.html?${qs}`);
  try {
    await page.waitForFunction(() => (window as { __bench?: object }).__bench !== undefined, null, {
      timeout: 20_000,
    });
  } catch (e) {
    throw new Error(`${contender}: no __bench (${errors.join('; ') || String(e)})`);
  }
  if (beforeMount) {
    await beforeMount(page);
    await page.evaluate(() => window.__bench.go());
  }
  const mount = await page.evaluate(() => window.__bench.ready);
  return { page, mount, close: () => context.close() };
}
