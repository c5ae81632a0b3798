import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './client.js';
import { isTranscriptError } from './errors.js';
import { abortable, computeBackoff, DEFAULT_RETRY, type RetryOptions, sleep } from './retry.js';
import { fcParams } from './test/arbitraries.js';

const options: RetryOptions = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };

describe('computeBackoff', () => {
  it('defaults to 3 attempts from 100 ms, capped at 5 s', () => {
    expect(DEFAULT_RETRY).toEqual({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5000 });
  });

  it('draws from [0, base * 2^(attempt-1)) — full jitter', () => {
    expect(computeBackoff(1, options, undefined, () => 0)).toBe(0);
    expect(computeBackoff(1, options, undefined, () => 0.999)).toBe(99);
    expect(computeBackoff(2, options, undefined, () => 0.999)).toBe(199);
    expect(computeBackoff(3, options, undefined, () => 0.5)).toBe(200);
  });

  it('never exceeds maxDelayMs, even for huge attempt numbers', () => {
    expect(computeBackoff(10, options, undefined, () => 0.999)).toBe(999);
    expect(computeBackoff(5000, options, undefined, () => 0.999)).toBe(999);
  });

  it('waits at least the Retry-After the service asked for', () => {
    expect(computeBackoff(1, options, 700, () => 0)).toBe(700);
    expect(computeBackoff(1, options, 1000, () => 0)).toBe(1000);
    expect(computeBackoff(4, options, 10, () => 0.999)).toBe(799);
  });

  it('gives up (undefined) when Retry-After is longer than maxDelayMs', () => {
    expect(computeBackoff(1, options, 1001)).toBeUndefined();
  });

  it('stays within its bounds for any attempt, random draw and Retry-After (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 5000 }),
        (attempt, r, retryAfter, baseDelayMs, maxDelayMs) => {
          const opts = { maxAttempts: 3, baseDelayMs, maxDelayMs };
          const delay = computeBackoff(attempt, opts, retryAfter, () => r);
          if (retryAfter !== undefined && retryAfter > maxDelayMs) {
            expect(delay).toBeUndefined();
            return;
          }
          const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
          expect(delay).toBeGreaterThanOrEqual(retryAfter ?? 0);
          expect(delay).toBeLessThanOrEqual(Math.max(retryAfter ?? 0, ceiling));
          expect(delay).toBeLessThanOrEqual(maxDelayMs);
          expect(Number.isInteger(delay)).toBe(true);
        },
      ),
      fcParams(),
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2015-10-21T07:28:00.000Z');

  it.each<[string | null, number | undefined]>([
    ['3', 3000],
    ['0', 0],
    [' 120 ', 120_000],
    ['1.5', 1500],
    ['Wed, 21 Oct 2015 07:28:05 GMT', 5000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0], // in the past: no wait
    [null, undefined],
    ['', undefined],
    ['   ', undefined],
    ['-5', undefined],
    ['soon', undefined],
    ['Infinity', undefined],
  ])('%j → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('sleep', () => {
  it('waits the given time', async () => {
    const started = performance.now();
    await sleep(50);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('rejects with ABORTED at once when aborted, keeping the reason', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const pending = sleep(10_000, controller.signal);
    controller.abort('navigated away');
    const error = await pending.catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(isTranscriptError(error) && error.code).toBe('ABORTED');
    expect((error as Error).cause).toBe('navigated away');
  });

  it('rejects without waiting when the signal is already aborted', async () => {
    const error = await sleep(10_000, AbortSignal.abort()).catch((e: unknown) => e);
    expect(isTranscriptError(error) && error.code).toBe('ABORTED');
  });

  it('lets go of the abort listener once it has waited', async () => {
    const controller = new AbortController();
    const listeners = countListeners(controller.signal);
    await sleep(5, controller.signal);
    expect(listeners()).toBe(0);
  });
});

/** Counts the abort listeners a signal holds. */
function countListeners(signal: AbortSignal): () => number {
  let listeners = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...args: Parameters<typeof add>) => {
    listeners++;
    add(...args);
  }) as typeof add;
  signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
    listeners--;
    remove(...args);
  }) as typeof remove;
  return () => listeners;
}

describe('abortable', () => {
  it('settles as the work does, and lets go of the abort listener', async () => {
    const controller = new AbortController();
    const listeners = countListeners(controller.signal);
    await expect(abortable(() => Promise.resolve('page'), controller.signal)).resolves.toBe('page');
    const failure = new Error('boom');
    await expect(abortable(() => Promise.reject(failure), controller.signal)).rejects.toBe(failure);
    expect(listeners()).toBe(0);
  });

  it('rejects with ABORTED as soon as the signal fires, though the work never ends', async () => {
    const controller = new AbortController();
    const pending = abortable(() => new Promise<never>(() => {}), controller.signal);
    controller.abort('closed the widget');
    const error = await pending.catch((e: unknown) => e);
    expect(isTranscriptError(error) && error.code).toBe('ABORTED');
    expect((error as Error).cause).toBe('closed the widget');
  });

  it('does not start the work when the signal has already fired', async () => {
    let started = 0;
    const run = () => {
      started++;
      return Promise.resolve();
    };
    const error = await abortable(run, AbortSignal.abort()).catch((e: unknown) => e);
    expect(isTranscriptError(error) && error.code).toBe('ABORTED');
    expect(started).toBe(0);
  });

  it('without a signal, is the work itself', async () => {
    await expect(abortable(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
