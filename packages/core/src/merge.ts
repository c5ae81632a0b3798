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

// The keys items render under when it is not their own: a sent message first shown under a
// temporary id keeps it once the service gives it a real `Id`. Until an item is confirmed, the
// common case, nothing is looked up.
const renderKeys = new WeakMap<TranscriptItem, string>();
let anyConfirmed = false;

/**
 * The key a view renders an item under: {@link itemKey}, or, for a sent message first shown
 * under a temporary id and then confirmed ({@link confirmItem}), that temporary id — so its row
 * stays the same element (same measurements, focus and place) when the real `Id` arrives. Copies
 * of the item merged in later (the websocket's echo, a page) keep it.
 *
 * @example
 * ```ts
 * const rows = items.map((item) => <Row key={renderKey(item)} item={item} />);
 * ```
 */
export function renderKey(item: TranscriptItem): string {
  return (anyConfirmed && renderKeys.get(item)) || itemKey(item);
}

/**
 * Confirms a sent message shown before the service answered: the item with `temporaryId` takes
 * the `Id` (and `AbsoluteTime`) that SendMessage returned, and keeps rendering under the
 * temporary id ({@link renderKey}). A copy with the real `Id` already in the list (the echo came
 * first) is merged with it. Returns a new list; `items` is not changed. Unknown ids change
 * nothing.
 *
 * @example
 * ```ts
 * const temp = { Id: `local-${crypto.randomUUID()}`, Type: 'MESSAGE', ContentType: 'text/plain', Content: text };
 * let items = [...loaded, temp];
 * const { data } = await session.sendMessage({ contentType: 'text/plain', message: text });
 * items = confirmItem(items, temp.Id, data); // same row, real Id
 * ```
 */
export function confirmItem(
  items: readonly TranscriptItem[],
  temporaryId: string,
  confirmed: { readonly Id: string; readonly AbsoluteTime?: string | undefined },
): TranscriptItem[] {
  const at = items.findIndex((i) => i.Id === temporaryId);
  if (at === -1) return [...items];
  const temp = items[at]!;
  const real: TranscriptItem = {
    ...temp,
    Id: confirmed.Id,
    ...(confirmed.AbsoluteTime ? { AbsoluteTime: confirmed.AbsoluteTime } : {}),
  };
  // An echo with the real Id that came first is this item: one row, under the temporary key.
  const echo = items.findIndex((i) => i.Id === confirmed.Id);
  const merged = echo === -1 ? real : { ...real, ...items[echo]! };
  keepKey(merged, renderKey(temp));
  return mergeItems(
    items.filter((_, i) => i !== at && i !== echo),
    [merged],
  );
}

function keepKey(item: TranscriptItem, key: string): void {
  if (key === itemKey(item)) return;
  anyConfirmed = true;
  renderKeys.set(item, key);
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
        // A later copy of a confirmed item renders under the same key.
        if (anyConfirmed && !renderKeys.has(item)) {
          const kept = renderKeys.get(slot.item);
          if (kept !== undefined) keepKey(item, kept);
        }
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
