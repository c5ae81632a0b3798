import type { Announcement, ScrollerRows } from './types.js';

/** The first and last keys of a row list, and its length: enough to tell what a change did. */
export interface RowEdges {
  readonly first: string | undefined;
  readonly last: string | undefined;
  readonly length: number;
}

export const NO_EDGES: RowEdges = { first: undefined, last: undefined, length: 0 };

export const edgesOf = (rows: ScrollerRows): RowEdges =>
  rows.length === 0
    ? NO_EDGES
    : { first: rows.keyAt(0), last: rows.keyAt(rows.length - 1), length: rows.length };

/** What happened between two row lists, found from the previous edges. */
export interface RowChange {
  /** Rows inserted before the previous first row. */
  readonly prepended: number;
  /** Index of the first row after the previous last row (`rows.length` when none). */
  readonly appendedFrom: number;
  /** No edge of the previous list is left: another transcript, or the first rows. */
  readonly replaced: boolean;
}

/**
 * Compares `rows` with the previous edges. The likely places are checked first (an append leaves
 * the first row in place, a prepend shifts the last by the growth), so no key map is built.
 */
export function diffRows(previous: RowEdges, rows: ScrollerRows): RowChange {
  if (previous.first === undefined || previous.last === undefined) {
    return { prepended: 0, appendedFrom: rows.length, replaced: rows.length > 0 };
  }
  const grown = rows.length - previous.length;
  const first = rows.indexOf(previous.first, 0, grown);
  const last = rows.indexOf(previous.last, previous.length - 1, previous.length - 1 + grown);
  return {
    prepended: first ?? 0,
    appendedFrom: last === undefined ? rows.length : last + 1,
    replaced: first === undefined && last === undefined,
  };
}

/** What arrived at the end: the reader's own messages, and others' (the last of them too). */
export interface Arrivals {
  readonly own: boolean;
  readonly incoming: number;
  readonly lastIncoming: string | undefined;
}

/** The messages among rows `from…` of `rows`. */
export function arrivals(rows: ScrollerRows, from: number): Arrivals {
  let own = false;
  let incoming = 0;
  let lastIncoming: string | undefined;
  for (let i = from; i < rows.length; i++) {
    const role = rows.roleAt(i);
    if (role === 'own') own = true;
    else if (role === 'incoming') {
      incoming++;
      lastIncoming = rows.keyAt(i);
    }
  }
  return { own, incoming, lastIncoming };
}

/** What a change of rows asks of the follow rules. */
export interface FollowOutcome {
  /** An older page (once, with its size) and the last message that arrived. */
  readonly announcements: Announcement[];
  /** The reader's own message arrived: bring it into view, pinned to the live end. */
  readonly own: boolean;
  /** Messages from others that arrived (counted as "N new" when the reader is not pinned). */
  readonly incoming: number;
}

/**
 * The follow rules for one change. Rows after the previous last row are new messages only when
 * the rows reached the live end before (`live`); after a jump they are a newer page of history:
 * not followed, counted or announced.
 */
export function followChange(rows: ScrollerRows, change: RowChange, live: boolean): FollowOutcome {
  const announcements: Announcement[] = [];
  if (change.prepended > 0) announcements.push({ kind: 'older', count: change.prepended });
  if (!live || change.replaced || change.appendedFrom >= rows.length) {
    return { announcements, own: false, incoming: 0 };
  }
  const a = arrivals(rows, change.appendedFrom);
  if (a.lastIncoming !== undefined) announcements.push({ kind: 'incoming', key: a.lastIncoming });
  return { announcements, own: a.own, incoming: a.incoming };
}
