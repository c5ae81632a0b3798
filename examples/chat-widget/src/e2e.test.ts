import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';
import { freePort } from '../../../scripts/servers.js';

// The example as a user meets it: `vite` with the demo plugin starts the simulator server and
// the app; real Chromium opens it, scrolls back to the start, sends a message and reads the answer.

const root = fileURLToPath(new URL('..', import.meta.url));

let vite: ViteDevServer;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  process.env.SIM_PORT = '0';
  process.env.SIM_SIZE = '90';
  const { createServer } = await import('vite');
  const port = await freePort();
  vite = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'error',
    server: { port, strictPort: true, host: '127.0.0.1' },
  });
  await vite.listen();
  url = `http://127.0.0.1:${port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await vite?.close();
});

/** Scroll position and size of the transcript's log. */
const logBox = () =>
  page.getByRole('log').evaluate((el) => ({
    top: el.scrollTop,
    height: el.scrollHeight,
    client: el.clientHeight,
  }));

/** The topmost row whose content is fully in view: its label and offset from the log's top (px). */
function underEye(log: Element): { label: string; offset: number } {
  const top = log.getBoundingClientRect().top;
  const hit = Array.from(log.querySelectorAll('.ct-Row'))
    .map((row) => ({ row, rect: (row.lastElementChild ?? row).getBoundingClientRect() }))
    .filter(({ rect }) => rect.top >= top - 0.5 && rect.height > 0)
    .sort((a, b) => a.rect.top - b.rect.top)[0];
  return {
    label: hit?.row.getAttribute('aria-label') ?? '',
    offset: Math.round(hit ? hit.rect.top - top : -1),
  };
}

describe('examples/chat-widget against the simulator', () => {
  test('scrolls back to the start of the chat, sends a message and shows the agent answering', async () => {
    await page.goto(url);
    const widget = page.getByRole('region', { name: 'Chat with Acme support' });
    await widget.waitFor({ timeout: 20_000 });
    const log = widget.getByRole('log');
    await log.locator('.ct-Row').first().waitFor({ timeout: 15_000 });

    // It opens at the newest message.
    await expect
      .poll(async () => {
        const box = await logBox();
        return box.height - box.client - box.top;
      })
      .toBeLessThanOrEqual(2);

    // Scroll back until the bookend shows: every older page loaded.
    const start = log.getByText('Start of conversation');
    for (let i = 0; i < 40 && !(await start.isVisible()); i++) {
      await log.evaluate((el) => {
        el.scrollTop = 0;
      });
      await page.waitForTimeout(250);
    }
    await expect(start.isVisible()).resolves.toBe(true);
    const heightAtStart = (await logBox()).height;
    expect(heightAtStart).toBeGreaterThan((await logBox()).client * 2);

    // Send a message: it appears, at the bottom, in view.
    const text = `Where is my parcel? (${Date.now()})`;
    await widget.getByRole('textbox', { name: 'Message' }).fill(text);
    await widget.getByRole('textbox', { name: 'Message' }).press('Enter');
    const mine = log.getByText(text);
    await mine.waitFor({ timeout: 10_000 });
    await expect
      .poll(
        async () => {
          const [row, box] = await Promise.all([mine.boundingBox(), log.boundingBox()]);
          return Boolean(
            row && box && row.y >= box.y - 1 && row.y + row.height <= box.y + box.height + 1,
          );
        },
        { timeout: 5000 },
      )
      .toBe(true);
    // Shown before the service answered; the box empties once it has.
    await expect
      .poll(() => widget.getByRole('textbox', { name: 'Message' }).inputValue(), { timeout: 5000 })
      .toBe('');

    // The agent reads it, types and answers; the answer arrives live.
    await log.getByText('Thanks for the details! Let me check that for you.').waitFor({
      timeout: 10_000,
    });
    // Sent at once under a temporary Id, then confirmed with the service's: still one row, the
    // same one, no longer "Sending…" once the stored copy came back.
    const sentRows = log.locator('.ct-Row[data-mine]', { hasText: text });
    await expect(sentRows.count()).resolves.toBe(1);
    await expect(sentRows.getAttribute('data-key')).resolves.toMatch(/^local-/);
    await expect
      .poll(() => sentRows.locator('.ct-Message-status').count(), { timeout: 5000 })
      .toBe(0);
  }, 40_000);

  test('minimising and restoring keeps the reader where they were', async () => {
    const widget = page.getByRole('region', { name: 'Chat with Acme support' });
    const log = widget.getByRole('log');
    await log.evaluate((el) => {
      el.scrollTop = Math.floor(el.scrollHeight / 3);
    });
    await page.waitForTimeout(500);
    const before = await log.evaluate(underEye);
    await widget.getByRole('button', { name: 'Minimise chat' }).click();
    await expect(widget.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Open chat' }).click();
    await log.locator('.ct-Row').first().waitFor();
    // Same row under the eye, within a few pixels (rows re-measure on remount).
    await expect
      .poll(
        async () => {
          const now = await log.evaluate(underEye);
          return now.label === before.label && Math.abs(now.offset - before.offset) <= 4
            ? 'kept'
            : `${JSON.stringify(now)} (was ${JSON.stringify(before)})`;
        },
        { timeout: 5000 },
      )
      .toBe('kept');
  }, 20_000);

  test('answers the agent’s questions with options from the transcript', async () => {
    const widget = page.getByRole('region', { name: 'Chat with Acme support' });
    const log = widget.getByRole('log');
    // After its first reply the agent asks with a QuickReply; its options are buttons.
    // Back to the newest messages (the last test left the reader further up).
    await log.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const yes = log.locator('button.ct-Interactive-choose', { hasText: 'Yes, an order' });
    await yes.waitFor({ timeout: 10_000 });
    await yes.click();
    // The pick is sent as the customer's message; the agent asks which order (a ListPicker).
    const order = log.locator('button.ct-Interactive-choose', { hasText: 'Order #48213' });
    await order.waitFor({ timeout: 10_000 });
    // The answered QuickReply is read-only now, its pick marked.
    await expect(yes.count()).resolves.toBe(0);
    await order.click();
    await log.getByText('is on its way', { exact: false }).waitFor({ timeout: 10_000 });
    await expect(log.locator('button.ct-Interactive-choose').count()).resolves.toBe(0);
  }, 30_000);

  test('finds a message with the search box and downloads the chat as a page', async () => {
    const widget = page.getByRole('region', { name: 'Chat with Acme support' });
    const log = widget.getByRole('log');
    await log.evaluate((el) => {
      el.scrollTop = Math.floor(el.scrollHeight / 4);
    });
    await page.waitForTimeout(500);
    const before = await log.evaluate(underEye);
    await widget.getByRole('button', { name: 'Search this chat' }).click();
    // The customer's message from the first test, found case-insensitively, scrolled into view.
    await widget.getByRole('searchbox', { name: 'Search this chat' }).fill('WHERE IS MY PARCEL');
    await expect
      .poll(() => widget.locator('.cw-search-count').textContent(), { timeout: 5000 })
      .toBe('1 of 1');
    const hit = log.getByText('Where is my parcel?', { exact: false });
    await expect
      .poll(
        async () => {
          const [row, box] = await Promise.all([hit.boundingBox(), log.boundingBox()]);
          return Boolean(
            row && box && row.y >= box.y - 1 && row.y + row.height <= box.y + box.height + 1,
          );
        },
        { timeout: 5000 },
      )
      .toBe(true);
    // The hit is highlighted (CSS Custom Highlight API), nothing added to the DOM.
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('ct-search')?.size ?? 0))
      .toBeGreaterThan(0);
    await widget.getByRole('searchbox', { name: 'Search this chat' }).press('Escape');
    await expect(widget.getByRole('searchbox').count()).resolves.toBe(0);
    // Closing the search goes back to where the reader was.
    await expect
      .poll(
        async () => {
          const now = await log.evaluate(underEye);
          return now.label === before.label && Math.abs(now.offset - before.offset) <= 2
            ? 'back'
            : `${JSON.stringify(now)} (was ${JSON.stringify(before)})`;
        },
        { timeout: 5000 },
      )
      .toBe('back');
    expect(await page.evaluate(() => CSS.highlights.has('ct-search'))).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      widget.getByRole('button', { name: 'Download transcript' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('acme-support-chat.html');
    const html = await readFile((await download.path())!, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Where is my parcel?');
    expect(html).toContain('Thanks for the details! Let me check that for you.');
    expect(html).not.toMatch(/<script/i);
  }, 20_000);
});
