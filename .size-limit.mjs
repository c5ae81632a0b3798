// Size budgets, checked by `size-limit` in the test command (after the build): minified with
// rolldown, gzip.
//
// "Everything exported" means an app that imports every export of a package by name: the list is
// read from the built package, so a new export is measured the day it lands. We import by name,
// not `import * as all`, because `console.log(all)` makes the bundler build a namespace object
// (its runtime helper and every export name as a string, ~300 B for core) that no app ships: an
// app's `import * as ct` is resolved to the exports it uses. The `import *` figures are reported
// beside these in the root README.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `{ a, b, … }`: every export of a built package, by name. */
async function everyExport(path) {
  const names = Object.keys(await import(new URL(path, import.meta.url).href));
  if (names.length === 0) throw new Error(`${path} exports nothing: build it first`);
  return `{ ${names.join(', ')} }`;
}

/** A check of every export of a built package. */
async function everything(path) {
  return { import: { [path]: await everyExport(path) }, gzip: true };
}

// The SDK's ES module build; the bundle entry lives in a temporary folder, so the path is absolute.
const sdkPackage = require.resolve('@aws-sdk/client-connectparticipant/package.json');
const sdkEntry = new URL(require(sdkPackage).module, `file://${sdkPackage}`).pathname;

const ui = ['react', 'react-dom', '@tanstack/react-query'];

export default [
  {
    name: 'core — own code (everything exported, zod excluded). Issue bar: 4 KiB',
    ...(await everything('./packages/core/dist/index.js')),
    ignore: ['zod'],
    limit: '4 KiB',
  },
  {
    name: 'core — with its zod/mini usage',
    ...(await everything('./packages/core/dist/index.js')),
    limit: '11 KiB',
  },
  {
    name: 'react — on top of core (core, zod, react, react-query excluded)',
    ...(await everything('./packages/react/dist/index.js')),
    ignore: ['@connect-transcript/core', 'zod', ...ui],
    limit: '3 KiB',
  },
  {
    name: 'ui + react + core — everything (zod, virtualizer, markdown included; react, react-dom, react-query excluded)',
    ...(await everything('./packages/ui/dist/index.js')),
    ignore: ui,
    limit: '35 KiB',
  },
  {
    name: 'mock — the simulator in a browser (Storybook, MSW): everything exported, core and zod excluded; no budget in the issues, this guards growth',
    ...(await everything('./packages/mock/dist/index.js')),
    ignore: ['@connect-transcript/core', 'zod'],
    limit: '14 KiB',
  },
  {
    name: 'ui — CSS',
    path: 'packages/ui/dist/styles.css',
    limit: '4 KiB',
    rolldown: false,
    gzip: true,
  },
  {
    // No budget: the figure core is compared with, measured the same way in the same run.
    name: 'for comparison: the AWS SDK — ConnectParticipantClient + GetTranscriptCommand',
    import: {
      [sdkEntry]: '{ ConnectParticipantClient, GetTranscriptCommand }',
    },
    gzip: true,
    // As an app's bundler builds it for the browser (the package's `browser` field).
    modifyRolldownConfig: (config) => ({ ...config, platform: 'browser' }),
  },
];
