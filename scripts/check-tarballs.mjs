// What each package publishes: `npm pack --dry-run` lists the tarball, which must hold the
// LICENSE, the README and the built code, and no tests, stories or test helpers; then
// `pnpm publish --dry-run` runs the whole publish short of the upload. Run after the build.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const FORBIDDEN = [
  /\.test(-d)?\.[cm]?[jt]sx?(\.map)?$/,
  /\.stories\./,
  /(^|\/)test\//,
  /\.test-d\.d\.ts/,
];
let failed = 0;
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const files = pack.files.map((f) => f.path);
  const bad = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
  const missing = [
    'LICENSE',
    'README.md',
    'package.json',
    'dist/index.js',
    'dist/index.d.ts',
  ].filter((f) => !files.includes(f));
  execFileSync('pnpm', ['publish', '--dry-run', '--no-git-checks'], { cwd: dir, stdio: 'ignore' });
  const ok = bad.length === 0 && missing.length === 0;
  if (!ok) failed++;
  console.log(
    `${ok ? '✔' : '✖'} ${pack.name}@${pack.version}: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed` +
      (bad.length ? `\n  must not ship: ${bad.join(', ')}` : '') +
      (missing.length ? `\n  missing: ${missing.join(', ')}` : ''),
  );
}
process.exit(failed ? 1 : 0);
