import fc from 'fast-check';
import type { TranscriptItem } from '../schemas.js';

/**
 * fast-check parameters with the fixed seed CI sets (`FC_SEED`, 42 in vitest.config.ts); a
 * failure prints the seed and path to replay it.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(items(), (a) => …), fcParams());
 * ```
 */
export const fcParams = (numRuns = 200): fc.Parameters<unknown> => ({
  seed: Number(process.env.FC_SEED ?? 42),
  numRuns,
});

const start = Date.UTC(2024, 0, 1);

/** An ISO time with milliseconds within one day, as the service sends it. */
export const isoTime = (): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: 86_400_000 }).map((ms) => new Date(start + ms).toISOString());

/**
 * A transcript item drawn from a small pool of ids (so copies and updates happen), with a time
 * that may be missing or unreadable, and sometimes no `Id` at all.
 */
export const item = (): fc.Arbitrary<TranscriptItem> =>
  fc.record(
    {
      Id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      AbsoluteTime: fc.oneof(
        { weight: 8, arbitrary: isoTime() },
        { weight: 1, arbitrary: fc.constant('not a time') },
      ),
      Content: fc.string({ maxLength: 3 }),
      Type: fc.constantFrom('MESSAGE', 'EVENT', 'TYPING'),
    },
    { requiredKeys: ['Content'] },
  );

/** A list of items as one page or one batch of live events brings it. */
export const items = (): fc.Arbitrary<TranscriptItem[]> => fc.array(item(), { maxLength: 12 });

/** Items with distinct ids and distinct times (a well-behaved service's page). */
export const distinctItems = (): fc.Arbitrary<TranscriptItem[]> =>
  fc.uniqueArray(fc.integer({ min: 0, max: 86_400_000 }), { maxLength: 30 }).map((times) =>
    times.map((ms, i) => ({
      Id: `id-${i}`,
      AbsoluteTime: new Date(start + ms).toISOString(),
      Content: `m${i}`,
    })),
  );
