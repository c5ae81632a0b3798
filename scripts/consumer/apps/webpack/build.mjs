// The README example's imports bundled by webpack 5 in production mode (what Next.js's webpack
// build does with them), react, react-dom and react-query external; prints the output's path.
import { join } from 'node:path';
import webpack from 'webpack';

const dir = new URL('.', import.meta.url).pathname;
const compiler = webpack({
  mode: 'production',
  context: dir,
  entry: './entry.js',
  experiments: { outputModule: true },
  output: { path: join(dir, 'dist'), filename: 'kit.js', library: { type: 'module' } },
  externalsType: 'module',
  externals: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
  performance: { hints: false },
});
compiler.run((error, stats) => {
  if (error || stats?.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  compiler.close(() => console.log(join(dir, 'dist/kit.js')));
});
