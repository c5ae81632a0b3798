import { fromBase64Url, hash32, sign, toBase64Url } from './random.js';

/** What a NextToken is bound to: the query it came from (MaxResults may change between pages). */
export interface QueryKey {
  readonly contactId: string;
  readonly scanDirection: 'FORWARD' | 'BACKWARD';
  readonly sortOrder: 'ASCENDING' | 'DESCENDING';
  /** Canonical form of the StartPosition ('' for none). */
  readonly start: string;
}

const fingerprint = (q: QueryKey): string =>
  hash32(`${q.contactId}\u0000${q.scanDirection}\u0000${q.sortOrder}\u0000${q.start}`).toString(36);

/**
 * An opaque NextToken: base64url of `{ v, p, q }` (p = the position where the next page starts
 * — the exclusive upper bound when scanning BACKWARD, the inclusive lower bound FORWARD — and q
 * a fingerprint of the query), a dot, and a keyed signature.
 */
export function encodeCursor(key: string, query: QueryKey, position: number): string {
  const payload = toBase64Url(JSON.stringify({ v: 1, p: position, q: fingerprint(query) }));
  return `${payload}.${sign(key, payload)}`;
}

/** Why a NextToken was refused. */
export type CursorProblem = 'garbled' | 'forged' | 'other-query';

/** The position a NextToken points at, or the problem with it. */
export function decodeCursor(
  key: string,
  query: QueryKey,
  token: string,
): { position: number } | { problem: CursorProblem } {
  const dot = token.indexOf('.');
  if (dot < 1) return { problem: 'garbled' };
  const payload = token.slice(0, dot);
  if (sign(key, payload) !== token.slice(dot + 1)) return { problem: 'forged' };
  const text = fromBase64Url(payload);
  let parsed: unknown;
  try {
    parsed = text === undefined ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const cursor = parsed as { v?: unknown; p?: unknown; q?: unknown } | undefined;
  if (
    typeof cursor !== 'object' ||
    cursor === null ||
    cursor.v !== 1 ||
    typeof cursor.p !== 'number' ||
    !Number.isInteger(cursor.p) ||
    cursor.p < 0
  ) {
    return { problem: 'garbled' };
  }
  if (cursor.q !== fingerprint(query)) return { problem: 'other-query' };
  return { position: cursor.p };
}
