import type { TranscriptItem } from '@connect-transcript/core';

/**
 * Where the previous items sit, unchanged (the same objects, in order), inside `items`: the index
 * of the first of them, or -1. Older pages and live items only add before and after them, so
 * what is derived from the items can be read again for the new ones only. Compares identities
 * only: no item is read (a property read per item is what costs on a long list).
 */
export function overlapAt(
  prev: readonly TranscriptItem[],
  items: readonly TranscriptItem[],
): number {
  if (prev.length === 0 || prev.length > items.length) return -1;
  const k = items.indexOf(prev[0]!);
  if (k === -1 || k + prev.length > items.length) return -1;
  for (let i = 1; i < prev.length; i++) if (items[k + i] !== prev[i]) return -1;
  return k;
}
