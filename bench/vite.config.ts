import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const src = (pkg: string) => here(`../packages/${pkg}/src/index.ts`);

/** The contenders, one page each. */
export const CONTENDERS = [
  'transcript-view',
  'virtuoso',
  'tanstack',
  'virtua',
  'message-scroller',
  'naive',
] as const;

/** `BENCH_PAGES=transcript-view` builds a subset (the budget check builds one page). */
const only = process.env.BENCH_PAGES?.split(',').filter(Boolean);
const pages = [...CONTENDERS, 'content'].filter((p) => !only || only.includes(p));

// Production build of every page, our packages from their sources like the root vitest config.
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  resolve: {
    alias: [
      {
        find: '@connect-transcript/ui/styles.css',
        replacement: process.env.BENCH_SHIM_UI_CSS ?? here('../packages/ui/src/styles.css'),
      },
      // While a package has no index yet, BENCH_SHIM_UI=<file> stands in for its entry.
      ...(process.env.BENCH_SHIM_UI
        ? [{ find: /^@connect-transcript\/ui$/, replacement: process.env.BENCH_SHIM_UI }]
        : []),
      ...(['core', 'mock', 'react', 'ui'] as const).map((pkg) => ({
        find: new RegExp(`^@connect-transcript/${pkg}$`),
        replacement: src(pkg),
      })),
    ],
  },
  build: {
    outDir: process.env.BENCH_OUT ?? here('dist'),
    emptyOutDir: true,
    manifest: true,
    // BENCH_MINIFY=0 keeps function names readable for `profile.ts`.
    minify: process.env.BENCH_MINIFY !== '0',
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p, here(`pages/${p}.html`)])),
    },
  },
});
