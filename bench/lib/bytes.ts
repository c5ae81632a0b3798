import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** JS and CSS bytes (gzip -9) a contender's page loads, from the Vite build manifest. */
export function pageBytes(dist: string, contender: string): { js: number; css: number } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(`pages/${contender}.html`);
  const gz = (files: Set<string>) =>
    [...files].reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
      0,
    );
  return { js: gz(js), css: gz(css) };
}
