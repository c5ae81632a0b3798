#!/usr/bin/env node
// The README's test command (`./dev test` → `pnpm test`): every check, in order, with timings, and a
// closing `N passed, N failed` line counting the vitest tests. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
const steps = [
  ['typecheck', 'pnpm', ['run', 'typecheck']],
  ['lint', 'pnpm', ['run', 'lint']],
  ['build', 'pnpm', ['run', 'build']],
  [
    'tests (Node, happy-dom; Chromium, Firefox and WebKit; every story)',
    'bash',
    [
      // WebKit's tests need a display and a WebKitWebDriver: the wrapper starts both.
      'scripts/with-webkit.sh',
      'pnpm',
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
  ],
  ['package checks (publint, attw)', 'pnpm', ['run', 'check:packages']],
  ['tarballs (npm pack, pnpm publish --dry-run)', 'node', ['scripts/check-tarballs.mjs']],
  [
    'consumer apps (packed tarballs via npm: Vite, esbuild + React 18.3, Next.js 16, Node 20)',
    'node',
    ['--import', './bench/lib/ts-resolve.mjs', 'scripts/consumer/run.ts'],
  ],
  ['size budgets (size-limit, rolldown)', 'pnpm', ['run', 'size']],
  ['size budgets (esbuild)', 'node', ['scripts/esbuild-sizes.mjs']],
  [
    'view budgets at 10,000 items (DOM count, anchor drift)',
    'pnpm',
    ['--filter', '@connect-transcript/bench', 'budget'],
  ],
];

const only = process.argv.slice(2);
rmSync(report, { force: true });
const timings = [];
let failed;
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n\x1b[1;34m━━ ${name}\x1b[0m`);
  const start = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  timings.push(`${name}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failed = name;
    break;
  }
}

console.log(`\n${timings.join('\n')}`);
let passed = 0;
let failedTests = 0;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failedTests = r.numFailedTests;
  skipped = r.numPendingTests + (r.numTodoTests ?? 0);
}
if (failed) console.log(`\n\x1b[1;31mFAILED at: ${failed}\x1b[0m`);
// A failing non-test step counts as one failure so the closing line never reads green.
const failures = failedTests + (failed && !failed.startsWith('tests') ? 1 : 0);
console.log(`\n${passed} passed, ${failures} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
