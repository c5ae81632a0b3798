import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';

const src = (pkg: string) =>
  fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/** Workspace packages resolve to their sources, so tests never need a build first. */
const alias = {
  '@connect-transcript/core': src('core'),
  // Before the package itself: an alias also matches as a path prefix.
  '@connect-transcript/mock/server': fileURLToPath(
    new URL('./packages/mock/src/server.ts', import.meta.url),
  ),
  '@connect-transcript/mock': src('mock'),
  '@connect-transcript/react': src('react'),
  '@connect-transcript/ui/styles.css': fileURLToPath(
    new URL('./packages/ui/src/styles.css', import.meta.url),
  ),
  '@connect-transcript/ui': src('ui'),
};

const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  }),
  instances: [{ browser: 'chromium' as const, name }],
});

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    // A fixed seed for property tests in CI; fast-check prints the seed of a failure.
    env: { FC_SEED: process.env.FC_SEED ?? '42' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'examples/*/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['packages/*/src/**/*.test.tsx'],
          exclude: ['**/*.browser.test.tsx'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.tsx'],
          browser: browser('chromium'),
        },
      },
      {
        // Every story as a test in Chromium: it renders, its play function passes, axe finds nothing.
        extends: true,
        plugins: [storybookTest({ configDir: 'apps/storybook/.storybook' })],
        test: {
          name: 'storybook',
          // The docs pages hold no stories to run.
          exclude: ['**/*.mdx'],
          testTimeout: 30_000,
          browser: browser('storybook'),
        },
      },
    ],
  },
});
