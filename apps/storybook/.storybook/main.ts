import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const src = (pkg: string) =>
  fileURLToPath(new URL(`../../../packages/${pkg}/src/index.ts`, import.meta.url));

/** The same aliases as the root vitest.config.ts: stories run on the packages' sources, no build. */
const alias = {
  // Before the package itself: an alias also matches as a path prefix.
  '@connect-transcript/ui/styles.css': fileURLToPath(
    new URL('../../../packages/ui/src/styles.css', import.meta.url),
  ),
  '@connect-transcript/core': src('core'),
  '@connect-transcript/mock': src('mock'),
  '@connect-transcript/react': src('react'),
  '@connect-transcript/ui': src('ui'),
};

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, { resolve: { alias } });
  },
};

export default config;
