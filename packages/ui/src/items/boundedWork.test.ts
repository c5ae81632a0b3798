import { Worker } from 'node:worker_threads';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { fill, HOSTILE_INPUTS, MAX_CONTENT } from '../test/hostileInputs.js';
import { linkify } from './links.js';
import { markdownText, parseMarkdown, renderMarkdown } from './markdown.js';

// Generous limits for a loaded 2-core CI machine: the work is linear and takes milliseconds; a
// quadratic or exponential path takes seconds to minutes here and is killed at the limit.
const PARSE_LIMIT_MS = 500;
const RENDER_LIMIT_MS = 1_000;

const worker = new Worker(new URL('../test/parseWorker.mjs', import.meta.url));
afterAll(() => worker.terminate());

/** Parse + linkify `content` in the worker; rejects (and kills the worker) past the limit. */
function timeInWorker(content: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.off('message', done);
      void worker.terminate();
      reject(new Error(`still parsing after ${PARSE_LIMIT_MS} ms: killed`));
    }, PARSE_LIMIT_MS);
    const done = (ms: number) => {
      clearTimeout(timer);
      resolve(ms);
    };
    worker.once('message', done);
    worker.postMessage(content);
  });
}

describe('bounded work per message', () => {
  it('has the inputs at the 16,384-character limit', () => {
    expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(30);
    for (const { name, content } of HOSTILE_INPUTS) {
      expect(content.length, name).toBeGreaterThan(MAX_CONTENT * 0.9);
      expect(content.length, name).toBeLessThanOrEqual(MAX_CONTENT);
    }
  });

  it.each(HOSTILE_INPUTS)('parses and linkifies $name in linear time', async ({ content }) => {
    expect(await timeInWorker(content)).toBeLessThan(PARSE_LIMIT_MS);
  });

  it.each(HOSTILE_INPUTS)(
    'renders $name with bounded elements, its text all shown',
    ({ content }) => {
      const started = performance.now();
      const ast = parseMarkdown(content);
      const html = renderToStaticMarkup(createElement(Fragment, null, renderMarkdown(ast)));
      expect(performance.now() - started).toBeLessThan(RENDER_LIMIT_MS);
      // Elements are capped whatever the input (a few per budgeted piece).
      expect(html.match(/<[a-z]/g)?.length ?? 0).toBeLessThan(2_000);
      expect(html).not.toMatch(/<(script|img|iframe|svg|style)/i);
      // Nothing the reader typed disappears but markers: every letter is still there.
      const letters = (s: string) => s.replace(/[^a-z]/gi, '').length;
      expect(letters(markdownText(ast))).toBeGreaterThanOrEqual(
        letters(content.replace(/https?:\/\/|mailto:/g, '')) * 0.99,
      );
    },
  );

  it('still formats a long message of ordinary markdown in full', () => {
    const para =
      '**Order 48213** ships *today*; see [tracking](https://example.com/t) or `FAQ`.\n\n';
    const content = fill(para, 8_000);
    const html = renderToStaticMarkup(
      createElement(Fragment, null, renderMarkdown(parseMarkdown(content))),
    );
    const count = Math.floor(8_000 / para.length);
    expect(html.match(/<strong>/g)?.length).toBeGreaterThanOrEqual(count);
    expect(html.match(/<a /g)?.length).toBeGreaterThanOrEqual(count);
  });

  it('links a URL with balanced parentheses and leaves sentence punctuation out, at any length', () => {
    const url = `https://a.example/${'x'.repeat(8_000)}_(b)`;
    expect(linkify(`(see ${url}).`)).toEqual(['(see ', { href: url, text: url }, ').']);
  });
});
