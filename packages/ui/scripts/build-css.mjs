// Builds dist/styles.css: src/styles.css with its relative @imports inlined (recursively, each
// file once), comments dropped and whitespace collapsed. No dependencies: the stylesheet is plain
// CSS (custom properties, logical properties), so no transform is needed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /@import\s+(?:url\()?\s*['"]([^'"]+)['"]\s*\)?\s*;/g;

async function inline(file, seen) {
  if (seen.has(file)) return '';
  seen.add(file);
  const css = await readFile(file, 'utf8');
  let out = '';
  let last = 0;
  for (const match of css.matchAll(IMPORT)) {
    out += css.slice(last, match.index);
    const target = match[1];
    if (/^(?:[a-z]+:)?\/\//i.test(target)) throw new Error(`remote @import in ${file}: ${target}`);
    out += await inline(resolve(dirname(file), target), seen);
    last = match.index + match[0].length;
  }
  return out + css.slice(last);
}

const minify = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // Not around ':' before a selector's pseudo-class (".a :hover" ≠ ".a:hover"): only after it.
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

const css = minify(await inline(resolve(root, 'src/styles.css'), new Set()));
if (css.includes('@import')) throw new Error('an @import was left in dist/styles.css');
await mkdir(resolve(root, 'dist'), { recursive: true });
await writeFile(resolve(root, 'dist/styles.css'), `${css}\n`);
const gz = gzipSync(css, { level: 9 }).length;
console.log(`dist/styles.css: ${css.length} B, ${(gz / 1024).toFixed(2)} KiB gzip`);
