/**
 * CPU profile of one contender's mount (or prepend), aggregated by function self time — to find
 * what stands in the way of a goal. Build unminified first for readable names:
 *   BENCH_MINIFY=0 pnpm build && node --import ./lib/ts-resolve.mjs profile.ts transcript-view 10000
 * Args: contender, n (default 10000), `prepend` to profile a 100-item prepend instead.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serveStatic, VIEWPORT } from './lib/browser.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const [contender = 'transcript-view', nArg = '10000', what = 'mount'] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const server = await serveStatic(process.env.BENCH_DIST ?? join(here, 'dist'));
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.goto(`${server.url}/pages/${contender}.html?n=${nArg}&older=1000&hold=1`);
  await page.waitForFunction(() => window.__bench !== undefined);
  if (what === 'mount') await cdp.send('Profiler.start');
  await page.evaluate(() => window.__bench.go());
  const mount = await page.evaluate(() => window.__bench.ready);
  let extra = '';
  if (what === 'prepend') {
    await page.evaluate(() => window.__bench.settle());
    await cdp.send('Profiler.start');
    extra = JSON.stringify(await page.evaluate(() => window.__bench.prepend(100)));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${contender} ${what} n=${nArg}: mount ${mount.mountMs.toFixed(1)} ms ${extra}`);
  console.log(`sampled ${total.toFixed(0)} ms; top self time:`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
