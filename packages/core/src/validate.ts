import type * as z from 'zod/mini';
import { TranscriptError, type TranscriptErrorCode, type TranscriptErrorIssue } from './errors.js';

/** `['Transcript', 3, 'Id']` → `Transcript[3].Id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

const unit = (origin: string): string =>
  origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '';

/**
 * A readable message for one zod issue. zod/mini ships no locale ("Invalid input" for all), and
 * loading one is a global side effect, so the few issue kinds our schemas raise are worded here.
 */
function describeIssue(issue: z.core.$ZodIssue): TranscriptErrorIssue {
  let path = issue.path;
  let message = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      message = `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}, got ${typeOf(issue.input)}`;
      break;
    case 'too_small':
      message = `must be at least ${issue.minimum}${unit(issue.origin)}`;
      break;
    case 'too_big':
      message = `must be at most ${issue.maximum}${unit(issue.origin)}`;
      break;
    case 'invalid_value':
      message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(issue.input)}`;
      break;
    case 'unrecognized_keys':
      path = [...path, issue.keys[0] ?? ''];
      message = `unknown field${issue.keys.length > 1 ? `s ${issue.keys.join(', ')}` : ''} (check the spelling: fields use the AWS wire names)`;
      break;
  }
  return { path: formatPath(path), message };
}

/**
 * Parses `value` with `schema`, or throws a {@link TranscriptError} with `code` whose message
 * names the first bad field and whose `issues` list them all.
 */
export function parseOrThrow<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  code: TranscriptErrorCode,
  what: string,
  init?: { status?: number | undefined; requestId?: string | undefined },
): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues: TranscriptErrorIssue[] = result.error.issues.map(describeIssue);
  const first = issues[0];
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  throw new TranscriptError(
    code,
    `Invalid ${what}: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}${more}`,
    { ...init, issues },
  );
}
