// Size budgets, checked by `size-limit` in the test command (after the build): minified with
// rolldown, gzip. Budgets are per use case (an app's real imports); "everything exported" rows
// guard each package's growth.
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

const core = './packages/core/dist/index.js';
const react = './packages/react/dist/index.js';
const uiDist = './packages/ui/dist/index.js';

// Budgets per use case: what an app pays for what it imports. Pure helpers an app does not use
// (typing, receipts, page maths, the chatjs adapter, staticTranscript, search, export, unread)
// must tree-shake away.
export default [
  {
    name: 'fetch-only app — createParticipantClient + paginateTranscript + mergeItems: core’s own code (zod excluded)',
    import: { [core]: '{ createParticipantClient, paginateTranscript, mergeItems }' },
    ignore: ['zod'],
    gzip: true,
    limit: '4 KiB',
  },
  {
    name: 'fetch-only app — the same with its zod/mini usage',
    import: { [core]: '{ createParticipantClient, paginateTranscript, mergeItems }' },
    gzip: true,
    limit: '11 KiB',
  },
  {
    name: 'core — everything exported, with zod (no app imports all of it; this guards growth)',
    ...(await everything(core)),
    limit: '16 KiB',
  },
  {
    name: 'reader tools — searchTranscript + exportTranscript + unreadFromItems + sessionsFromItems: core’s own code (zod excluded)',
    import: {
      [core]: '{ searchTranscript, exportTranscript, unreadFromItems, sessionsFromItems }',
    },
    ignore: ['zod'],
    gzip: true,
    limit: '5 KiB',
  },
  {
    name: 'hooks app — createParticipantClient + useTranscript + useAttachmentUrl + TranscriptClientProvider (core and zod included; react, react-query excluded)',
    import: {
      [react]:
        '{ createParticipantClient, useTranscript, useAttachmentUrl, TranscriptClientProvider }',
    },
    ignore: ui,
    gzip: true,
    limit: '14 KiB',
  },
  {
    name: 'react — everything exported, on top of core (core, zod, react, react-query excluded)',
    ...(await everything(react)),
    ignore: ['@connect-transcript/core', 'zod', ...ui],
    limit: '4 KiB',
  },
  {
    name: 'full kit — the README example: createParticipantClient + useTranscript + TranscriptView (zod, markdown included; react, react-dom, react-query excluded)',
    import: {
      [react]: '{ createParticipantClient, useTranscript }',
      [uiDist]: '{ TranscriptView }',
    },
    ignore: ui,
    gzip: true,
    // A guard just above today's figure. The bar is ≤ 35 KiB with every bundler (the goal is 30);
    // opening a client mount in a transition (no long task at 10,000 items) put this 0.17 KiB
    // over it. The view is ~23 kB of it, the client and hooks ~13.
    limit: '35.5 KiB',
  },
  {
    name: 'ui — everything exported (core, zod, markdown included; react, react-dom excluded)',
    ...(await everything(uiDist)),
    ignore: ui,
    limit: '26 KiB',
  },
  {
    name: 'mock — the simulator in a browser (Storybook, MSW): everything exported, core and zod excluded; no use-case budget, this guards growth',
    ...(await everything('./packages/mock/dist/index.js')),
    ignore: ['@connect-transcript/core', 'zod'],
    limit: '16 KiB',
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
