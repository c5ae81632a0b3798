/**
 * What went wrong, as a stable code you can switch on.
 *
 * | code | when | retried by the client |
 * |---|---|---|
 * | `VALIDATION_ERROR` | the request was invalid (checked before sending, or a 400) | no |
 * | `ACCESS_DENIED` | bad or expired ConnectionToken, chat ended (403) | no |
 * | `THROTTLING` | too many requests (429) | yes |
 * | `INTERNAL_SERVER_ERROR` | the service failed (5xx) | 500, 502, 503, 504 |
 * | `NETWORK_ERROR` | the request never got an answer | yes |
 * | `TIMEOUT` | one attempt took longer than `timeoutMs` | yes |
 * | `ABORTED` | your `AbortSignal` fired | never |
 * | `INVALID_RESPONSE` | a 2xx body that is not the documented shape | no |
 * | `UNKNOWN` | anything else (an error name this client does not know) | no |
 *
 * @example
 * ```ts
 * const text = (code: TranscriptErrorCode) =>
 *   code === 'ACCESS_DENIED' ? 'This chat has ended.' : 'Could not load messages.';
 * ```
 */
export type TranscriptErrorCode =
  | 'VALIDATION_ERROR'
  | 'ACCESS_DENIED'
  | 'THROTTLING'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'INVALID_RESPONSE'
  | 'UNKNOWN';

/**
 * One problem found while validating a request or a response.
 *
 * @example
 * ```ts
 * for (const { path, message } of error.issues) console.warn(`${path}: ${message}`);
 * ```
 */
export interface TranscriptErrorIssue {
  /** Where, as a path into the request or response, e.g. `Transcript[3].Attachments[0].Status`. */
  readonly path: string;
  /** What is wrong there. */
  readonly message: string;
}

/**
 * Everything about a {@link TranscriptError} besides its code and message.
 *
 * @example
 * ```ts
 * const init: TranscriptErrorInit = { status: 429, retryAfterMs: 2000 };
 * throw new TranscriptError('THROTTLING', 'Slow down', init);
 * ```
 */
export interface TranscriptErrorInit {
  /** HTTP status, when the service answered. */
  status?: number | undefined;
  /** The service's `x-amzn-RequestId`, for AWS support. */
  requestId?: string | undefined;
  /** The service's error name, e.g. `ThrottlingException`. */
  serviceName?: string | undefined;
  /** Validation problems, for `VALIDATION_ERROR` and `INVALID_RESPONSE`. */
  issues?: readonly TranscriptErrorIssue[] | undefined;
  /** Milliseconds the service asked us to wait (`Retry-After`). */
  retryAfterMs?: number | undefined;
  /** The underlying error (never holds the ConnectionToken). */
  cause?: unknown | undefined;
}

const BRAND = Symbol.for('@connect-transcript/core/TranscriptError');

/**
 * The one error class of connect-transcript. Every failure of the client, validation included,
 * rejects with it; zod errors and `fetch` errors never escape raw.
 *
 * The ConnectionToken is never part of an error: not in the message, not in `cause`, not in any
 * field.
 *
 * @example
 * ```ts
 * try {
 *   await client.getTranscript({ MaxResults: 30 });
 * } catch (error) {
 *   if (isTranscriptError(error) && error.code === 'ACCESS_DENIED') showChatEnded();
 *   else throw error;
 * }
 * ```
 */
export class TranscriptError extends Error {
  override readonly name = 'TranscriptError' as const;
  /** What went wrong; see {@link TranscriptErrorCode}. */
  declare readonly code: TranscriptErrorCode;
  /** HTTP status, when the service answered. */
  declare readonly status: number | undefined;
  /** Whether trying the same request again may succeed. */
  declare readonly retryable: boolean;
  /** The service's `x-amzn-RequestId`. */
  declare readonly requestId: string | undefined;
  /** The service's error name (`ValidationException`, `ThrottlingException`, …). */
  declare readonly serviceName: string | undefined;
  /** Validation problems: which field, and why. */
  declare readonly issues: readonly TranscriptErrorIssue[];
  /** Milliseconds the service asked to wait before retrying (`Retry-After`), if it said. */
  declare readonly retryAfterMs: number | undefined;

  constructor(code: TranscriptErrorCode, message: string, init: TranscriptErrorInit = {}) {
    super(message, init); // `cause`, when init has one (assigning it again below keeps it hidden)
    Object.assign(this, init, {
      code,
      issues: init.issues ?? [],
      retryable:
        ['THROTTLING', 'NETWORK_ERROR', 'TIMEOUT'].includes(code) ||
        (code === 'INTERNAL_SERVER_ERROR' && [undefined, 500, 502, 503, 504].includes(init.status)),
    });
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether `value` is a {@link TranscriptError} — also one thrown by another copy of this package
 * (two versions in one bundle), where `instanceof` would say no.
 *
 * @example
 * ```ts
 * if (isTranscriptError(error) && error.retryable) scheduleRetry();
 * ```
 */
export function isTranscriptError(value: unknown): value is TranscriptError {
  // Every TranscriptError carries the brand; `?.` reads nothing from `null` and `undefined`.
  const candidate = value as { [BRAND]?: unknown; name?: unknown } | null | undefined;
  return candidate?.[BRAND] === true && candidate.name === 'TranscriptError';
}

const CODE_BY_NAME = new Map<string | undefined, TranscriptErrorCode>([
  ['ValidationException', 'VALIDATION_ERROR'],
  ['AccessDeniedException', 'ACCESS_DENIED'],
  ['ThrottlingException', 'THROTTLING'],
  ['InternalServerException', 'INTERNAL_SERVER_ERROR'],
]);

/**
 * The {@link TranscriptError} for an error answer of the Participant Service.
 * - `code`: by the service's error name when known (`ThrottlingException`, …), else by HTTP
 *   status (a 429 or a 5xx keeps its meaning whatever it is called; a bare 400 is a validation
 *   error, a bare 401/403 is access denied).
 * - `message`: `<error name, or HTTP status>: <the service's message>`.
 *
 * The client reads every error answer this way. Use it when you wrap another transport that
 * reports the service's errors (the chatjs adapter of `@connect-transcript/react` does), so
 * its errors read the same and carry the same `retryable`.
 *
 * @example
 * ```ts
 * serviceError(403, 'AccessDeniedException', 'Token expired');
 * // TranscriptError ACCESS_DENIED "AccessDeniedException: Token expired", not retryable
 * serviceError(503); // INTERNAL_SERVER_ERROR "HTTP 503", retryable
 * ```
 */
export function serviceError(
  status?: number,
  serviceName?: string,
  message?: string,
  init?: TranscriptErrorInit,
): TranscriptError {
  const httpStatus = status ?? 0;
  return new TranscriptError(
    CODE_BY_NAME.get(serviceName) ??
      (httpStatus === 429
        ? 'THROTTLING'
        : httpStatus > 499
          ? 'INTERNAL_SERVER_ERROR'
          : serviceName === undefined && httpStatus === 400
            ? 'VALIDATION_ERROR'
            : serviceName === undefined && (httpStatus === 401 || httpStatus === 403)
              ? 'ACCESS_DENIED'
              : 'UNKNOWN'),
    `${serviceName ?? (status ? `HTTP ${status}` : 'Error')}${message ? `: ${message}` : ''}`,
    { status, serviceName, ...init },
  );
}
