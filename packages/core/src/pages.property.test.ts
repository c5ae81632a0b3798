import { createParticipantSimulator } from '@connect-transcript/mock';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParticipantClient } from './client.js';
import {
  initialPageParam,
  pageRequest,
  type TranscriptPage,
  type TranscriptPageParam,
  toPage,
} from './pages.js';
import type { TranscriptItem } from './schemas.js';

const seed = Number(process.env.FC_SEED ?? 42);

function world(chatSeed: number, size: number, emptyNextTokenAtEnd: boolean) {
  const sim = createParticipantSimulator({
    seed: chatSeed,
    scenario: { size },
    quirks: { emptyNextTokenAtEnd },
  });
  const client = createParticipantClient({
    endpoint: 'https://participant.sim.local',
    connectionToken: sim.issueToken(),
    fetch: sim.handler,
  });
  return { sim, client };
}

/** Follows one link of every page until there is none; counts the requests. */
async function walk(
  client: ReturnType<typeof world>['client'],
  start: TranscriptPageParam,
  pageSize: number,
  link: (page: TranscriptPage) => TranscriptPageParam | null,
) {
  const items: TranscriptItem[] = [];
  let param: TranscriptPageParam | null = start;
  let requests = 0;
  let first: TranscriptPage | undefined;
  while (param && requests < 500) {
    const page = toPage(param, await client.getTranscript(pageRequest(param, undefined, pageSize)));
    requests++;
    first ??= page;
    items.push(...page.items);
    param = link(page);
  }
  return { items, requests, first: first as TranscriptPage };
}

describe('page links (property)', () => {
  it('reading older from the newest page yields every item once, in ceil(n / size) requests', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 4, max: 100 }),
        fc.boolean(),
        async (chatSeed, size, pageSize, emptyToken) => {
          const { sim, client } = world(chatSeed, size, emptyToken);
          const all = sim.items().map((i) => i.Id);
          const { items, requests } = await walk(
            client,
            initialPageParam(),
            pageSize,
            (p) => p.older,
          );
          const got = items.map((i) => i.Id);
          expect(new Set(got).size).toBe(got.length);
          expect([...got].sort()).toEqual([...all].sort());
          expect(requests).toBe(Math.max(1, Math.ceil(all.length / pageSize)));
        },
      ),
      { seed, numRuns: 30 },
    );
  }, 30_000);

  it('after a jump, newer and older links together cover the whole transcript', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 12, max: 150 }),
        fc.integer({ min: 4, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (chatSeed, size, pageSize, where) => {
          const { sim, client } = world(chatSeed, size, true);
          const all = sim.items();
          const target = all[Math.min(all.length - 1, Math.floor(where * all.length))];
          const start = initialPageParam({ Id: target?.Id as string });
          const newer = await walk(client, start, pageSize, (p) => p.newer);
          const older = newer.first.older
            ? await walk(client, newer.first.older, pageSize, (p) => p.older)
            : { items: [] };
          const got = new Set([...newer.items, ...older.items].map((i) => i.Id));
          expect([...got].sort()).toEqual(all.map((i) => i.Id).sort());
        },
      ),
      { seed, numRuns: 30 },
    );
  }, 30_000);
});
