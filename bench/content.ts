/**
 * `pnpm bench:content`: what one message costs to show, by content, in real Chromium: a
 * `<TranscriptView>` with that message rendered and laid out (parse, render, layout), median of
 * 15 runs per input. Each hostile input (at the 16,384-character limit, as markdown and as plain
 * text) is set against a plain-text message of ordinary prose of the same length. Writes
 * results/content.md and results/content.json. Build the pages first (the script does).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill, HOSTILE_INPUTS, MAX_CONTENT } from '../packages/ui/src/test/hostileInputs.js';
import { launch, serveStatic, VIEWPORT } from './lib/browser.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.BENCH_DIST ?? join(here, 'dist');
const REPS = Number(process.env.BENCH_CONTENT_REPS ?? 15);
const PROSE = fill('Thanks for waiting, I am checking your order now. ', MAX_CONTENT);

const server = await serveStatic(dist);
const browser = await launch();
const rows: { name: string; markdown: number; plain: number }[] = [];
let prose = 0;
try {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.url}/pages/content.html`);
  await page.waitForFunction(() => typeof window.measureContent === 'function');
  const measure = (content: string, type: string) =>
    page.evaluate(([c, t, n]) => window.measureContent(c, t, n), [content, type, REPS] as const);
  // Warm-up, unmeasured.
  await measure(PROSE, 'text/markdown');
  await measure(PROSE, 'text/plain');
  prose = await measure(PROSE, 'text/plain');
  for (const { name, content } of HOSTILE_INPUTS) {
    rows.push({
      name,
      markdown: await measure(content, 'text/markdown'),
      plain: await measure(content, 'text/plain'),
    });
  }
  rows.push({
    name: 'ordinary prose (the reference)',
    markdown: await measure(PROSE, 'text/markdown'),
    plain: prose,
  });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const ms = (v: number) => v.toFixed(2);
const ratio = (v: number) => `${(v / prose).toFixed(2)}×`;
const worst = Math.max(...rows.map((r) => Math.max(r.markdown, r.plain)));
const lines = [
  `# Content bench (${new Date().toISOString().slice(0, 10)})`,
  '',
  `One ${MAX_CONTENT.toLocaleString('en')}-character message rendered and laid out in a 480 px view, median of ${REPS} runs (ms); ratios against a plain-text message of ordinary prose of the same length (${ms(prose)} ms).`,
  '',
  '| input | as markdown (ms) | ÷ prose | as plain text (ms) | ÷ prose |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name.replace(/\|/g, '\\|')} | ${ms(r.markdown)} | ${ratio(r.markdown)} | ${ms(r.plain)} | ${ratio(r.plain)} |`,
  ),
  '',
  `Worst: ${ms(worst)} ms, ${ratio(worst)} the prose message.`,
  '',
];
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'content.md'), lines.join('\n'));
writeFileSync(
  join(here, 'results', 'content.json'),
  `${JSON.stringify({ prose, rows }, null, 2)}\n`,
);
console.log(lines.join('\n'));
