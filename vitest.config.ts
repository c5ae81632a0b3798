import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { webdriverio } from '@vitest/browser-webdriverio';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_WEBDRIVER_PORT } from './scripts/browsers.js';
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

/** The component tests that need a real layout: run in every engine. */
const BROWSER_TESTS = ['packages/*/src/**/*.browser.test.tsx'];
/** React's development warnings of a defect fail the browser test that logs them. */
const BROWSER_SETUP = ['packages/ui/src/test/reactWarnings.ts'];

/**
 * Chromium and stock Firefox ESR (over WebDriver BiDi: Playwright's moz-firefox channel, no
 * geckodriver) in one project: both are Playwright instances.
 */
const chromiumAndFirefox: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'browser',
    include: BROWSER_TESTS,
    setupFiles: BROWSER_SETUP,
    browser: {
      enabled: true,
      headless: true,
      instances: [
        {
          browser: 'chromium',
          name: 'chromium',
          provider: playwright({
            launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
          }),
        },
        {
          browser: 'firefox',
          name: 'firefox',
          provider: playwright({
            launchOptions: { channel: 'moz-firefox', executablePath: FIREFOX_PATH },
          }),
        },
      ],
    },
  },
};

type WebdriverCapabilities = NonNullable<
  NonNullable<Parameters<typeof webdriverio>[0]>['capabilities']
>;

/**
 * WebKitGTK's MiniBrowser through the WebKitWebDriver that scripts/with-webkit.sh starts. WebKit,
 * like Safari, has no `overflow-anchor`: here the view's own anchoring is all there is.
 */
const webkit = (port: number): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: 'browser-webkit',
    include: BROWSER_TESTS,
    setupFiles: BROWSER_SETUP,
    browser: {
      enabled: true,
      // MiniBrowser has no headless mode: the window lives in Xvfb.
      headless: false,
      ui: false,
      provider: webdriverio({
        hostname: '127.0.0.1',
        port,
        // WebKitGTK's own capability (the driver's typings know only the standard ones).
        capabilities: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
        } as WebdriverCapabilities,
        // The provider always asks for 'safari'; WebKitWebDriver matches only 'MiniBrowser'.
        transformRequest: (request) => {
          if (typeof request.body === 'string') {
            request.body = request.body.replace(
              '"browserName":"safari"',
              '"browserName":"MiniBrowser"',
            );
          }
          return request;
        },
      }),
      instances: [{ browser: 'safari', name: 'webkit' }],
    },
  },
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
      chromiumAndFirefox,
      ...(WEBKIT_WEBDRIVER_PORT === undefined ? [] : [webkit(WEBKIT_WEBDRIVER_PORT)]),
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
