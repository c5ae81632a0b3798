'use client';
import { foldForSearch } from '@connect-transcript/core';
import { type RefObject, useEffect } from 'react';

/**
 * What the view highlights: every match of `query` in the rows' text, and the row of the
 * current hit (`current`, a row key) more strongly.
 *
 * @example
 * ```tsx
 * <TranscriptView transcript={t} highlight={{ query: 'order', current: hits[at]?.key }} />
 * ```
 */
export interface TranscriptHighlight {
  /** What to highlight: matched as `searchTranscript` matches (case, accents, locale). */
  readonly query: string;
  /** The key (`Id`) of the row holding the current hit. */
  readonly current?: string | undefined;
}

/** The names of the two highlights, for `::highlight(…)` in CSS. */
const ALL = 'ct-search';
const CURRENT = 'ct-search-current';

// Every view's ranges: the highlight registry is one per document, shared by all views.
const owners = new Map<object, { all: Range[]; current: Range[] }>();

function publish(): void {
  const registry = globalThis.CSS?.highlights;
  if (!registry) return;
  const all: Range[] = [];
  const current: Range[] = [];
  for (const ranges of owners.values()) {
    all.push(...ranges.all);
    current.push(...ranges.current);
  }
  if (all.length) registry.set(ALL, new Highlight(...all));
  else registry.delete(ALL);
  if (current.length) registry.set(CURRENT, new Highlight(...current));
  else registry.delete(CURRENT);
}

// Elements that stay inside a line of text: a match may run through them ("**order** number").
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CODE',
  'DEL',
  'EM',
  'I',
  'INS',
  'KBD',
  'MARK',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
]);

/** The nearest ancestor of `node` (up to `root`) that is not inline: the text's block. */
function blockOf(node: Node, root: Element): Node {
  let el = node.parentElement;
  while (el && el !== root && INLINE.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/**
 * Ranges of `needle` (folded, runs of white space as one space) in the text under `root`. The
 * text nodes of one block are read as one text, so a match may cross inline markup (a bold word,
 * a link); it never crosses from one block into another (a name into the message below it).
 */
function rangesIn(root: Element, needle: string, locale: string | undefined): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let block: Node | null = null;
  let nodes: Text[] = [];
  const flush = () => {
    if (nodes.length) matchIn(nodes, needle, locale, ranges);
    nodes = [];
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const b = blockOf(node, root);
    if (b !== block) {
      flush();
      block = b;
    }
    nodes.push(node as Text);
  }
  flush();
  return ranges;
}

/** Adds the ranges of `needle` in the text of `nodes` (one block's text nodes, in order). */
function matchIn(nodes: Text[], needle: string, locale: string | undefined, out: Range[]): void {
  // The block's text with white space runs collapsed, and where each unit of it comes from.
  let text = '';
  const node: number[] = [];
  const offset: number[] = [];
  nodes.forEach((n, k) => {
    const value = n.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
      if (space && text.endsWith(' ')) continue;
      text += space ? ' ' : ch;
      node.push(k);
      offset.push(i);
    }
  });
  if (text.length < needle.length) return;
  const { folded, from } = foldForSearch(text, locale);
  for (
    let at = folded.indexOf(needle);
    at !== -1;
    at = folded.indexOf(needle, at + needle.length)
  ) {
    const first = from[at]!;
    // The last unit of the text the match covers (a folded unit may come from a longer one).
    const last = Math.max(first, (from[at + needle.length] ?? text.length) - 1);
    const range = document.createRange();
    range.setStart(nodes[node[first]!]!, offset[first]!);
    range.setEnd(nodes[node[last]!]!, offset[last]! + 1);
    out.push(range);
  }
}

/**
 * Highlights `highlight.query` in the rendered rows with the CSS Custom Highlight API: no element
 * is added or changed, so nothing moves (the row under the eye stays put) and screen readers read
 * the text as before. Rows that render later (scrolling, new pages) are highlighted as they come.
 * Where the API is missing, nothing is highlighted. Returns whether there is a query to show (the
 * view's `data-search`, which its highlight colours apply under).
 */
export function useSearchHighlight(
  scrollRef: RefObject<HTMLElement | null>,
  highlight: TranscriptHighlight | undefined,
  locale: string | undefined,
): boolean {
  const query = highlight?.query.trim().replace(/\s+/g, ' ') ?? '';
  const current = highlight?.current;
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !query || typeof Highlight === 'undefined' || !globalThis.CSS?.highlights) return;
    const needle = foldForSearch(query, locale).folded;
    const owner = {};
    let frame = 0;
    const paint = () => {
      frame = 0;
      const all: Range[] = [];
      const mine: Range[] = [];
      for (const row of el.querySelectorAll<HTMLElement>('.ct-Row')) {
        const found = rangesIn(row, needle, locale);
        all.push(...found);
        if (current !== undefined && row.dataset.key === current) mine.push(...found);
      }
      owners.set(owner, { all, current: mine });
      publish();
    };
    paint();
    // Rows come and go as the reader scrolls: highlight them once per frame of changes.
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    });
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
      owners.delete(owner);
      publish();
    };
  }, [scrollRef, query, current, locale]);
  return query !== '';
}
