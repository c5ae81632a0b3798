/** What changed between two row lists, found from their edge keys (prepend / append). */
export interface RowDiff {
  /** Rows inserted before the previous first row. */
  readonly prepended: number;
  /** Index in the new list of the first row after the previous last row (length when none). */
  readonly appendedFrom: number;
}

/**
 * Compares the edges of the previous and next row lists by key. O(1) with an index: the view keeps
 * a key → index map per row list anyway. A replaced list (no shared edge) reports no change.
 *
 * @example
 * ```ts
 * const { prepended, appendedFrom } = diffRows(prevKeys, indexOf, next.length);
 * ```
 */
export function diffRows(
  previousFirstKey: string | undefined,
  previousLastKey: string | undefined,
  indexOf: (key: string) => number | undefined,
  nextLength: number,
): RowDiff {
  if (previousFirstKey === undefined || previousLastKey === undefined) {
    return { prepended: 0, appendedFrom: nextLength };
  }
  const first = indexOf(previousFirstKey);
  const last = indexOf(previousLastKey);
  return {
    prepended: first === undefined ? 0 : first,
    appendedFrom: last === undefined ? nextLength : last + 1,
  };
}
