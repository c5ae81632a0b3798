import { TranscriptError } from './errors.js';

/**
 * How the client retries throttling, 5xx, network errors and timeouts.
 *
 * @example
 * ```ts
 * const retry: Partial<RetryOptions> = { maxAttempts: 5, maxDelayMs: 10_000 };
 * createParticipantClient({ region: 'us-east-1', connectionToken, retry });
 * ```
 */
export interface RetryOptions {
  /**
   * Attempts in all, the first included (`1` = no retry).
   * @default 3
   */
  maxAttempts: number;
  /**
   * Backoff base: attempt `n` waits a random time in `[0, min(maxDelayMs, baseDelayMs * 2^(n-1)))`
   * ("full jitter"), or the service's `Retry-After` when that is longer.
   * @default 100
   */
  baseDelayMs: number;
  /**
   * Longest wait between attempts. A `Retry-After` longer than this is not waited for: the
   * error is returned at once, with `retryAfterMs` set, so the app can decide.
   * @default 5000
   */
  maxDelayMs: number;
}

/**
 * The client's retry defaults (the AWS SDK also makes 3 attempts).
 *
 * @example
 * ```ts
 * const patient: RetryOptions = { ...DEFAULT_RETRY, maxAttempts: 6 };
 * ```
 */
export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5000 };

/**
 * Milliseconds to wait after failed attempt `attempt` (1-based), or `undefined` when the
 * service's `Retry-After` is longer than `maxDelayMs` allows.
 *
 * @example
 * ```ts
 * computeBackoff(2, DEFAULT_RETRY); // a random wait in [0, 200) ms
 * computeBackoff(1, DEFAULT_RETRY, 60_000); // undefined: longer than maxDelayMs
 * ```
 */
export function computeBackoff(
  attempt: number,
  options: RetryOptions,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterMs !== undefined && retryAfterMs > options.maxDelayMs) return undefined;
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.max(retryAfterMs ?? 0, Math.floor(random() * ceiling));
}

/** The error of an aborted call; the signal's reason is kept as `cause`. */
export function aborted(signal: AbortSignal): TranscriptError {
  return new TranscriptError('ABORTED', 'Request aborted', { cause: signal.reason });
}

/**
 * Runs `run()` and settles as it does, but rejects with an `ABORTED` {@link TranscriptError}
 * as soon as `signal` fires, even when the work `run` started cannot be cancelled (a chatjs
 * session, a source that ignores the signal). When `signal` has already fired, `run` is not
 * called. The abort listener goes once the call has settled. For your own `TranscriptSource`s;
 * the client and `paginateTranscript` wait this way.
 *
 * @example
 * ```ts
 * const source: TranscriptSource = {
 *   getTranscript: (input, { signal } = {}) =>
 *     abortable(() => legacyApi.transcript(input), signal), // legacyApi takes no signal
 * };
 * ```
 */
export function abortable<T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted(signal as AbortSignal));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    run()
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with an `ABORTED` {@link TranscriptError} as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return abortable(() => wait, signal).finally(() => clearTimeout(timer));
}
