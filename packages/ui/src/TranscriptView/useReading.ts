'use client';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { RowList } from '../items/rows.js';

/**
 * Where the "New messages" divider sits: the first `unreadFrom` the view is given, kept while
 * the reader catches up (the app marking messages read must not pull it away under the eye).
 * It goes when `dismiss()` is called, when the reader sends a message, or when the reader
 * scrolls back down to the end. A new boundary is taken only when the reader is not watching
 * the live end (a message that arrives in view is not "new" to them).
 */
export function useUnreadDivider(state: {
  readonly unreadFrom: string | undefined;
  /** Whether the view is at the live end, as of the last render. */
  readonly pinned: boolean;
  readonly ownId: string | undefined;
  /** Whether rows are shown (the divider of the opening is taken with the first rows). */
  readonly hasRows: boolean;
  /** The index of a row by key (to tell an older boundary from a newer one). */
  readonly indexOf: (key: string) => number | undefined;
}): { readonly unreadKey: string | undefined; readonly dismiss: () => void } {
  const { unreadFrom, pinned, ownId, hasRows, indexOf } = state;
  const [divider, setDivider] = useState<{ key: string; ownId: string | undefined } | undefined>(
    unreadFrom !== undefined && hasRows ? { key: unreadFrom, ownId } : undefined,
  );
  const dismissed = useRef<string | undefined>(undefined);
  const opened = useRef(false);
  // Taken while rendering (no frame without it): with the first rows, or while scrolled away.
  if (
    divider === undefined &&
    unreadFrom !== undefined &&
    hasRows &&
    unreadFrom !== dismissed.current &&
    (!opened.current || !pinned)
  ) {
    setDivider({ key: unreadFrom, ownId });
  } else if (divider !== undefined && unreadFrom !== undefined && unreadFrom !== divider.key) {
    // Older pages showed unread messages before the divider: the boundary was further back.
    const at = indexOf(unreadFrom);
    const was = indexOf(divider.key);
    if (at !== undefined && (was === undefined || at < was)) {
      setDivider({ key: unreadFrom, ownId: divider.ownId });
    }
  }
  const dismiss = useCallback(() => {
    setDivider((d) => {
      if (d) dismissed.current = d.key;
      return undefined;
    });
  }, []);
  useEffect(() => {
    if (hasRows) opened.current = true;
  }, [hasRows]);
  // The reader replied after the divider: they have read what came before. (An own message
  // that older pages bring in, above the divider, says nothing.)
  const indexRef = useRef(indexOf);
  indexRef.current = indexOf;
  useEffect(() => {
    if (!divider || ownId === undefined || ownId === divider.ownId) return;
    const own = indexRef.current(ownId);
    const at = indexRef.current(divider.key);
    if (own !== undefined && at !== undefined && own > at) dismiss();
  }, [divider, ownId, dismiss]);
  return { unreadKey: divider?.key, dismiss };
}

/**
 * Calls `dismiss` when the reader scrolls back down to the live end while `shown`. Only while
 * reading: the view arriving at the end as it opens is not the reader catching up.
 */
export function useDismissAtEnd(
  pinned: boolean,
  reading: boolean,
  shown: boolean,
  dismiss: () => void,
): void {
  const wasPinned = useRef(pinned);
  useEffect(() => {
    if (reading && pinned && !wasPinned.current && shown) dismiss();
    wasPinned.current = pinned;
  }, [pinned, reading, shown, dismiss]);
}

/** How long a message must stay in view, with no scrolling, to count as seen. @default 500 */
const DWELL_MS = 500;
/** The share of a row (or of the viewport, for a row taller than it) that must be visible. */
const MOSTLY = 0.6;

/**
 * Calls `onSeen(ids)` once per message from someone else that the reader has really seen: at
 * least 60% of it in view (of the viewport, for a taller message) for half a second with no
 * scrolling (so not while flicking past), while the tab is visible. Each `Id` is reported once.
 */
export function useMessagesSeen(
  scrollRef: RefObject<HTMLElement | null>,
  rows: RowList,
  onSeen: ((ids: string[]) => void) | undefined,
  enabled: boolean,
): void {
  const latest = useRef({ rows, onSeen });
  latest.current = { rows, onSeen };
  const reported = useRef(new Set<string>());
  const schedule = useRef<(() => void) | undefined>(undefined);
  const active = enabled && onSeen !== undefined;
  useEffect(() => {
    const el = scrollRef.current;
    if (!active || !el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      timer = undefined;
      if (document.visibilityState !== 'visible') return;
      const { rows: list, onSeen: report } = latest.current;
      const box = el.getBoundingClientRect();
      const ids: string[] = [];
      for (const node of el.querySelectorAll<HTMLElement>('.ct-Row[data-key]')) {
        const r = node.getBoundingClientRect();
        const visible = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
        if (visible <= 0 || visible < Math.min(r.height, box.height) * MOSTLY) continue;
        const key = node.dataset.key!;
        const index = list.indexOf(key);
        const row = index === undefined ? undefined : list.at(index);
        const id = row?.item.Id;
        if (!row || !id || row.mine || reported.current.has(id)) continue;
        if (row.cls.kind !== 'message' && row.cls.kind !== 'attachment') continue;
        reported.current.add(id);
        ids.push(id);
      }
      if (ids.length) report?.(ids);
    };
    const again = () => {
      clearTimeout(timer);
      timer = setTimeout(check, DWELL_MS);
    };
    schedule.current = again;
    el.addEventListener('scroll', again, { passive: true });
    document.addEventListener('visibilitychange', again);
    again();
    return () => {
      schedule.current = undefined;
      clearTimeout(timer);
      el.removeEventListener('scroll', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [active, scrollRef]);
  // New rows (a message arrived in view, an older page) are checked once things are still.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new row list
  useEffect(() => {
    schedule.current?.();
  }, [rows]);
}
