// Parses and linkifies the inputs it is sent, off the test's thread, so a case that would run
// for minutes can be killed. Node runs the TypeScript sources as they are (type stripping).
import { parentPort } from 'node:worker_threads';
import { linkify } from '../items/links.ts';
import { parseMarkdownBlocks } from '../items/markdownParse.ts';

parentPort.on('message', (content) => {
  const started = performance.now();
  parseMarkdownBlocks(content);
  linkify(content);
  parentPort.postMessage(performance.now() - started);
});
