import type * as z from 'zod/mini';
import { TranscriptError, type TranscriptErrorCode, type TranscriptErrorIssue } from './errors.js';

// zod's `z.core.toDotPath` and `z.util.getParsedType` are not used: one access to those
// namespaces makes esbuild bundle all of zod's core and its locales (84 KiB gzip for the client
// instead of 9), so the two small helpers are ours.

/** A path as zod prints it: `['Transcript', 3, 'Id']` → `Transcript[3].Id`. */
export function dotPath(path: readonly PropertyKey[]): string {
  let out = '';
  let first = true;
  for (const seg of path) {
    const lead = first;
    first = false;
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'symbol') out += `[${JSON.stringify(String(seg))}]`;
    else if (/[^\w$]/.test(seg)) out += `[${JSON.stringify(seg)}]`;
    else out += lead ? seg : `.${seg}`;
  }
  return out;
}

/** What a value is, in the words zod uses (`array`, `null`, `nan`, `date`, or its `typeof`). */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (value instanceof Date) return 'date';
  return typeof value;
}

/**
 * A readable message for one zod issue. zod/mini ships no locale ("Invalid input" for all), and
 * loading one is a global side effect, so the issue kinds zod raises for our schemas are worded
 * here (our refinements carry their own message).
 */
function describeIssue(issue: z.core.$ZodIssue): TranscriptErrorIssue {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  return {
    // zod's own path format: `['Transcript', 3, 'Id']` → `Transcript[3].Id`.
    path: dotPath([...issue.path, ...keys.slice(0, 1)]) || '(root)',
    message: keys.length
      ? `unknown field${keys.length > 1 ? `s ${keys.join(', ')}` : ''} (use the AWS wire names)`
      : issue.code === 'invalid_type'
        ? `expected ${issue.expected}, got ${typeName(issue.input)}`
        : issue.message,
  };
}

/** At least one issue. */
export type Issues = readonly [TranscriptErrorIssue, ...TranscriptErrorIssue[]];

/**
 * The error for invalid input or output: `code`, a message naming the first bad field (`path`,
 * `message`), and `issues` listing them all (by default just that one).
 */
export function invalid(
  code: TranscriptErrorCode,
  what: string,
  path: string,
  message: string,
  init?: { status?: number | undefined; requestId?: string | undefined },
  issues: Issues = [{ path, message }],
): TranscriptError {
  const more = issues.length - 1;
  return new TranscriptError(
    code,
    `Invalid ${what}: ${path}: ${message}${more ? ` (+${more} more)` : ''}`,
    { ...init, issues },
  );
}

/** Parses `value` with `schema`, or throws the {@link invalid} error of its issues. */
export function parseOrThrow<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  code: TranscriptErrorCode,
  what: string,
  init?: { status?: number | undefined; requestId?: string | undefined },
): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  // zod reports at least one issue when parsing fails.
  const issues = result.error.issues.map(describeIssue) as unknown as Issues;
  throw invalid(code, what, issues[0].path, issues[0].message, init, issues);
}
