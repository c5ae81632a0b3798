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

/** Ranges of `needle` (folded) in the text nodes under `root`. */
function rangesIn(root: Element, needle: string, locale: string | undefined): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length < needle.length) continue;
    const { folded, from } = foldForSearch(text, locale);
    for (
      let at = folded.indexOf(needle);
      at !== -1;
      at = folded.indexOf(needle, at + needle.length)
    ) {
      const range = document.createRange();
      range.setStart(node, from[at]!);
      range.setEnd(node, Math.max(from[at + needle.length] ?? text.length, from[at]! + 1));
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Highlights `highlight.query` in the rendered rows with the CSS Custom Highlight API: no element
 * is added or changed, so nothing moves (the row under the eye stays put) and screen readers read
 * the text as before. Rows that render later (scrolling, new pages) are highlighted as they come.
 * Where the API is missing, nothing is highlighted.
 */
export function useSearchHighlight(
  scrollRef: RefObject<HTMLElement | null>,
  highlight: TranscriptHighlight | undefined,
  locale: string | undefined,
): void {
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
}
