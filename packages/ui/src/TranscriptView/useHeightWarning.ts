'use client';
import { type RefObject, useEffect, useRef } from 'react';

// Bundlers replace the literal `process.env.NODE_ENV`, so a production build drops the check below
// with its message; without a bundler and without `process`, nothing is warned.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** The warning a view without a bounded height logs, once. */
export const UNBOUNDED_HEIGHT_WARNING =
  '[connect-transcript] <TranscriptView> has no bounded height: it grew to fit its rows, so it cannot scroll, opens at the oldest loaded message and keeps loading older pages. Give it a height (style={{ height: 480 }}), or a parent with a height and `display: flex` / `flex-direction: column`.';

/**
 * In development, warns once when the view's scroller is not bounded: after opening, all of its
 * content fits in it while older pages are left, and that holds for a second (a bounded view
 * loads until it overflows) — with no page on its way, or with the view taller than the window.
 * Production builds do nothing.
 */
export function useHeightWarning(
  scrollRef: RefObject<HTMLElement | null>,
  state: {
    readonly reading: boolean;
    readonly hasOlder: boolean;
    readonly isFetchingOlder: boolean;
  },
): void {
  const decided = useRef(false);
  const latest = useRef(state);
  latest.current = state;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    try {
      // Replaced by the bundler: `if (false)` in a production build, which drops the check.
      if (process.env.NODE_ENV !== 'production') {
        if (decided.current || timer.current !== undefined) return;
        const unbounded = () => {
          const el = scrollRef.current;
          const { reading, hasOlder, isFetchingOlder } = latest.current;
          if (!el || !reading || !hasOlder || el.clientHeight === 0) return false;
          if (el.scrollHeight > el.clientHeight + 1) {
            decided.current = true; // it scrolls: bounded
            return false;
          }
          return !isFetchingOlder || el.clientHeight > window.innerHeight;
        };
        if (!unbounded()) return;
        timer.current = setTimeout(() => {
          timer.current = undefined;
          if (decided.current || !unbounded()) return;
          decided.current = true;
          console.warn(UNBOUNDED_HEIGHT_WARNING);
        }, 1_000);
      }
    } catch {
      // No bundler and no `process`: nothing is warned.
    }
  });
  useEffect(() => () => clearTimeout(timer.current), []);
}
