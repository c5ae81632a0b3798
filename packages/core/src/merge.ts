import type { TranscriptItem } from './schemas.js';
import { chunkNumber } from './streaming.js';

/**
 * The dedupe key of an item: its `Id`, or (no `Id`) the item's whole content.
 *
 * @example
 * ```ts
 * const byKey = new Map(items.map((item) => [itemKey(item), item]));
 * ```
 */
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
 * - The chunks of a streamed reply (same `Id`, `MessageMetadata.ChunkNumber` 1…n) are kept
 *   apart, one per chunk number: {@link stitchStreams} joins them for rendering.
 *
 * @example
 * ```ts
 * const items = mergeItems(olderPage.Transcript ?? [], newestPage.Transcript ?? [], liveItems);
 * ```
 */
export function mergeItems(...lists: readonly (readonly TranscriptItem[])[]): TranscriptItem[] {
  // An item without a readable time is anchored to the item that arrived before it, and takes
  // that item's *final* time at the end, so a later copy that moves the anchor moves it too
  // (which is what makes merging idempotent).
  interface Slot {
    item: TranscriptItem;
    time: number;
    anchor: Slot | undefined;
  }
  const slots = new Map<string, Slot>();
  let previous: Slot | undefined;
  for (const list of lists) {
    for (const item of list) {
      const time = Date.parse(item.AbsoluteTime ?? '');
      const n = chunkNumber(item);
      const key = n === undefined ? itemKey(item) : `${itemKey(item)}\u0000${n}`;
      let slot = slots.get(key);
      if (slot) {
        slot.item = item;
        if (!Number.isNaN(time)) slot.time = time;
      } else {
        slot = { item, time, anchor: previous };
        slots.set(key, slot);
      }
      previous = slot;
    }
  }
  // Anchors were created before the slots that point at them, so they are resolved first.
  for (const slot of slots.values()) {
    if (Number.isNaN(slot.time)) slot.time = slot.anchor?.time ?? Number.NEGATIVE_INFINITY;
  }
  return (
    [...slots.values()]
      // A stable sort: ties keep the order of first arrival (`|| 0` for two -Infinity times).
      .sort((a, b) => a.time - b.time || 0)
      .map((slot) => slot.item)
  );
}
