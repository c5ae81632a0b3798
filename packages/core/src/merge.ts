import type { TranscriptItem } from './schemas.js';

/** The dedupe key of an item: its `Id`, or (no `Id`) the item's whole content. */
export function itemKey(item: TranscriptItem): string {
  return item.Id ?? `\u0000${JSON.stringify(item)}`;
}

/**
 * Merges transcript items from any number of lists (pages, live events) into one chronological
 * list without duplicates.
 *
 * - Dedupe by `Id` (items without an `Id` by their whole content); the later copy wins but keeps
 *   the place of the first, so an updated item (say, new receipts) does not move.
 * - Sorted by `AbsoluteTime`; ties, and items without a time, keep arrival order (an item without
 *   a time stays right after the item that arrived before it).
 * - Items are not copied: unchanged items keep their identity, so memoised rows don't re-render.
 *
 * @example
 * ```ts
 * const items = mergeItems(olderPage.Transcript ?? [], newestPage.Transcript ?? [], liveItems);
 * ```
 */
export function mergeItems(...lists: readonly (readonly TranscriptItem[])[]): TranscriptItem[] {
  const slots = new Map<string, { item: TranscriptItem; time: number; order: number }>();
  let order = 0;
  let lastTime = Number.NEGATIVE_INFINITY;
  for (const list of lists) {
    for (const item of list) {
      const parsed = item.AbsoluteTime === undefined ? Number.NaN : Date.parse(item.AbsoluteTime);
      const time = Number.isNaN(parsed) ? lastTime : parsed;
      lastTime = time;
      const key = itemKey(item);
      const slot = slots.get(key);
      if (slot) {
        slot.item = item;
        if (!Number.isNaN(parsed)) slot.time = parsed;
      } else {
        slots.set(key, { item, time, order: order++ });
      }
    }
  }
  return [...slots.values()]
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map((slot) => slot.item);
}
