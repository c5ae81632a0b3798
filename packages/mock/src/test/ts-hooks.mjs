// Lets plain `node` run the TypeScript sources (CLI test, benchmark) without a build: a `.js`
// import that does not exist resolves to the `.ts` file beside it.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.endsWith('.js')) return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      throw error;
    }
  },
});
