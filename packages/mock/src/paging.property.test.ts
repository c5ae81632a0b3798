import type { TranscriptItem } from '@connect-transcript/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTranscript } from './generator.js';
import { createParticipantSimulator } from './simulator.js';
import { readAll } from './test/call.js';

const seed = Number(process.env.FC_SEED ?? 42);
const ids = (items: readonly TranscriptItem[]) => items.map((i) => i.Id);

/** The query of one paging walk: BACKWARD from the newest, or FORWARD from before the first item. */
const pagingInput = (q: { pageSize: number; forward: boolean; ascending: boolean }) =>
  ({
    MaxResults: q.pageSize,
    SortOrder: q.ascending ? 'ASCENDING' : 'DESCENDING',
    ...(q.forward
      ? { ScanDirection: 'FORWARD', StartPosition: { AbsoluteTime: '2000-01-01T00:00:00.000Z' } }
      : {}),
  }) as const;

const query = fc.record({
  size: fc.integer({ min: 0, max: 400 }),
  chatSeed: fc.integer({ min: 1, max: 10_000 }),
  pageSize: fc.integer({ min: 1, max: 100 }),
  forward: fc.boolean(),
  ascending: fc.boolean(),
  history: fc.boolean(),
});

describe('paging properties', () => {
  it('concatenated pages equal the whole transcript, for any chat, page size, direction and order', async () => {
    await fc.assert(
      fc.asyncProperty(query, async ({ size, chatSeed, pageSize, forward, ascending, history }) => {
        const sim = createParticipantSimulator({
          chats: [generateTranscript({ seed: chatSeed, size, persistentHistory: history })],
        });
        const token = sim.issueToken();
        const all = ids(sim.items());
        const pages: (string | undefined)[][] = [];
        await readAll(
          sim.handler,
          token,
          pagingInput({ pageSize, forward, ascending }),
          undefined,
          (page) => pages.push(ids(page)),
        );
        const chronological = pages.map((p) => (ascending ? p : [...p].reverse()));
        if (!forward) chronological.reverse();
        expect(chronological.flat()).toEqual(all);
        expect(pages.every((p) => p.length <= pageSize)).toBe(true);
      }),
      { seed, numRuns: 60 },
    );
  });

  it('live appends while paging never duplicate or skip an item, in either direction', async () => {
    await fc.assert(
      fc.asyncProperty(
        query,
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }),
        async ({ size, chatSeed, pageSize, forward, ascending }, bursts) => {
          const sim = createParticipantSimulator({
            chats: [generateTranscript({ seed: chatSeed, size })],
          });
          const token = sim.issueToken();
          const before = ids(sim.items());
          let burst = 0;
          const pages: (string | undefined)[][] = [];
          await readAll(
            sim.handler,
            token,
            pagingInput({ pageSize, forward, ascending }),
            () => {
              // A bounded number of bursts, so a FORWARD reader eventually catches up.
              const n = bursts[burst++] ?? 0;
              for (let i = 0; i < n; i++) {
                sim.advance(250);
                sim.append(sim.defaultContactId, {
                  Type: 'MESSAGE',
                  ContentType: 'text/plain',
                  Content: `live ${burst}.${i}`,
                });
              }
            },
            (page) => pages.push(ids(page)),
          );
          const read = pages.map((p) => (ascending ? p : [...p].reverse()));
          if (!forward) read.reverse();
          const got = read.flat();
          expect(new Set(got).size).toBe(got.length); // no duplicates
          if (forward) {
            // FORWARD reads up to the live end: everything stored when the last page was served.
            expect(got).toEqual(ids(sim.items()).slice(0, got.length));
            expect(got.length).toBeGreaterThanOrEqual(before.length);
          } else {
            // BACKWARD from the newest at the first call: exactly what existed then.
            expect(got).toEqual(before);
          }
        },
      ),
      { seed, numRuns: 60 },
    );
  });
});
