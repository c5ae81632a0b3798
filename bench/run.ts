/**
 * `pnpm bench`: measures every contender in real Chromium, interleaved per round, and writes
 * results/latest.json and results/latest.md. Build the pages first (`vite build`; the `bench`
 * script does both). Env: BENCH_ROUNDS (default 3), BENCH_ONLY (comma-separated contenders),
 * BENCH_SCENARIOS (comma-separated scenario names); a run with either writes results/tmp/partial.*
 * (ignored by git) instead.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serveStatic } from './lib/browser.js';
import { pageBytes } from './lib/bytes.js';
import { renderMarkdown } from './lib/report.js';
import { type Figures, SCENARIOS } from './lib/scenarios.js';
import { summarize } from './lib/stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.BENCH_DIST ?? join(here, 'dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ALL = ['transcript-view', 'virtuoso', 'tanstack', 'virtua', 'message-scroller', 'naive'];
const contenders = process.env.BENCH_ONLY?.split(',') ?? ALL;
const scenarios = SCENARIOS.filter(
  (s) => !process.env.BENCH_SCENARIOS || process.env.BENCH_SCENARIOS.split(',').includes(s.name),
);

const version = (pkg: string): string => {
  try {
    const file = join(here, 'node_modules', pkg, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

const started = Date.now();
const server = await serveStatic(dist);
const browser = await launch();
const values: Record<string, Record<string, (number | null)[]>> = {};
const errors: string[] = [];
const record = (contender: string, figures: Figures) => {
  values[contender] ??= {};
  for (const [k, v] of Object.entries(figures)) {
    const list = values[contender]![k] ?? [];
    list.push(v === null || Number.isNaN(v) ? null : v);
    values[contender]![k] = list;
  }
};

try {
  // Warm-up: one unmeasured load per contender (disk cache, JIT of the browser itself).
  for (const contender of contenders) {
    try {
      const { close } = await openPage(browser, server.url, contender, { n: 1000, older: 0 });
      await close();
    } catch (e) {
      console.error(`  ! warm-up ${contender}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const scenario of scenarios) {
      // Interleave: every contender once per scenario per round, the order rotating per round.
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      for (const contender of order) {
        const t = Date.now();
        try {
          record(contender, await scenario.run(browser, server.url, contender));
        } catch (e) {
          const msg = `${contender} ${scenario.name} (round ${round + 1}): ${(e as Error).message.split('\n')[0]}`;
          errors.push(msg);
          console.error(`  ! ${msg}`);
        }
        if (process.env.BENCH_VERBOSE) {
          console.log(`  ${round + 1} ${scenario.name} ${contender} ${Date.now() - t} ms`);
        }
      }
    }
    console.log(
      `round ${round + 1}/${ROUNDS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  for (const contender of contenders) {
    const b = pageBytes(dist, contender);
    record(contender, { jsGzipKiB: b.js / 1024, cssGzipKiB: b.css / 1024 });
  }
} finally {
  const chromium = browser.version();
  await browser.close();
  await server.close();
  const cpu = cpus();
  const git = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { cwd: here }).toString().trim();
    } catch {
      return 'unknown';
    }
  })();
  const result = {
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    rounds: ROUNDS,
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    chromium,
    commit: git,
    versions: {
      react: version('react'),
      'react-dom': version('react-dom'),
      'react-virtuoso': version('react-virtuoso'),
      virtua: version('virtua'),
      '@shadcn/react': version('@shadcn/react'),
      '@tanstack/react-virtual': version('@tanstack/react-virtual'),
      '@tanstack/virtual-core': (() => {
        try {
          const file = join(
            realpathSync(join(here, 'node_modules/@tanstack/react-virtual')),
            '../virtual-core/package.json',
          );
          return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
        } catch {
          return 'unknown';
        }
      })(),
      '@connect-transcript/ui': version('@connect-transcript/ui'),
    },
    errors,
    contenders: Object.fromEntries(
      Object.entries(values).map(([c, figs]) => [
        c,
        Object.fromEntries(Object.entries(figs).map(([k, v]) => [k, summarize(v)])),
      ]),
    ),
  };
  // A partial run (some contenders or scenarios) never replaces the published full result.
  const partial = process.env.BENCH_ONLY !== undefined || process.env.BENCH_SCENARIOS !== undefined;
  const out = partial ? 'results/tmp/partial' : 'results/latest';
  mkdirSync(join(here, dirname(out)), { recursive: true });
  writeFileSync(join(here, `${out}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const md = renderMarkdown(result);
  writeFileSync(join(here, `${out}.md`), md);
  // A full run also replaces the table in the root README (between its BENCH markers).
  if (!partial) {
    const readme = join(here, '../README.md');
    const text = readFileSync(readme, 'utf8');
    const start = '<!-- BENCH:START -->';
    const end = '<!-- BENCH:END -->';
    const a = text.indexOf(start);
    const b = text.indexOf(end);
    if (a >= 0 && b > a) {
      const table = md.replace(/^## Benchmark — (.*)\n+/, 'Recorded $1.\n\n').trim();
      writeFileSync(readme, `${text.slice(0, a + start.length)}\n\n${table}\n${text.slice(b)}`);
    }
  }
  console.log(md);
}
