import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.tsx'],
  bundle: true,
  minify: true,
  format: 'esm',
  jsx: 'automatic',
  outdir: 'dist',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
