// Lets `node` run the bench's TypeScript sources, whose relative imports say `.js` (as the
// workspace's NodeNext typecheck wants): a relative `./x.js` that does not exist resolves to `./x.ts`.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL) {
      const url = new URL(specifier, context.parentURL);
      if (!existsSync(fileURLToPath(url))) {
        const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
        if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
      }
    }
    return next(specifier, context);
  },
});
