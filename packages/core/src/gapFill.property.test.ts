import { createParticipantSimulator } from '@connect-transcript/mock';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParticipantClient } from './client.js';
import { mergeItems } from './merge.js';
import {
  allItems,
  fetchSinceLoaded,
  initialPageParam,
  pageRequest,
  type TranscriptPage,
  toPage,
} from './pages.js';
import type { TranscriptItem } from './schemas.js';

const seed = Number(process.env.FC_SEED ?? 42);

// What a client holds, as useTranscript holds it: pages (newest first) and live items. A live
// item may be missed (the socket was down); a gap-fill merges what it finds into the newest page.
type Op =
  | { kind: 'said'; count: number; delivered: boolean }
  | { kind: 'older' }
  | { kind: 'gapFill' };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('said' as const),
    count: fc.integer({ min: 1, max: 40 }),
    delivered: fc.boolean(),
  }),
  fc.constant({ kind: 'older' as const }),
  fc.constant({ kind: 'gapFill' as const }),
);

describe('gap-fill (property)', () => {
  it('any interleaving of live items, older pages and gap-fills ends with every item once, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 3, max: 25 }),
        fc.array(arbOp, { maxLength: 25 }),
        async (chatSeed, size, pageSize, ops) => {
          const sim = createParticipantSimulator({ seed: chatSeed, scenario: { size } });
          const contact = sim.defaultContactId;
          const client = createParticipantClient({
            endpoint: 'https://participant.sim.local',
            connectionToken: sim.issueToken(),
            fetch: sim.handler,
          });
          const first = initialPageParam();
          const pages: TranscriptPage[] = [
            toPage(first, await client.getTranscript(pageRequest(first, undefined, pageSize))),
          ];
          let live: TranscriptItem[] = [];
          let said = 0;
          const loadedIds = () => new Set(allItems(pages, live).map((i) => i.Id));
          const gapFill = async () => {
            // Paged items only: a live item may itself come after a gap.
            const loaded = new Set(allItems(pages).map((i) => i.Id));
            const found = await fetchSinceLoaded(client, (id) => loaded.has(id), {
              pageSize,
              maxPages: 100,
            });
            expect(found.reachedLoaded).toBe(true);
            pages[0] = { ...pages[0]!, items: mergeItems(pages[0]!.items, found.items) };
          };
          for (const op of ops) {
            const before = loadedIds();
            if (op.kind === 'said') {
              const items = Array.from({ length: op.count }, () => ({
                Type: 'MESSAGE',
                ContentType: 'text/plain',
                Content: `live ${said++}`,
                ParticipantRole: 'AGENT',
                ParticipantId: 'agent-live',
                DisplayName: 'Agent',
              }));
              // One after another, as people type them (items at the same millisecond are
              // ordered by when a client first saw them: see mergeItems).
              const stored = items.flatMap((item) => {
                sim.advance(1000);
                return sim.append(contact, item);
              });
              if (op.delivered) live = mergeItems(live, stored);
            } else if (op.kind === 'older') {
              const param = pages[pages.length - 1]!.older;
              if (param) {
                pages.push(
                  toPage(
                    param,
                    await client.getTranscript(pageRequest(param, undefined, pageSize)),
                  ),
                );
              }
            } else {
              await gapFill();
            }
            // Nothing loaded is ever lost, nothing is there twice.
            const now = allItems(pages, live).map((i) => i.Id);
            expect(new Set(now).size).toBe(now.length);
            for (const id of before) expect(now).toContain(id);
          }
          // Catch up and read back to the start: exactly the service's transcript, in order.
          await gapFill();
          for (
            let param = pages[pages.length - 1]!.older;
            param;
            param = pages[pages.length - 1]!.older
          ) {
            pages.push(
              toPage(param, await client.getTranscript(pageRequest(param, undefined, pageSize))),
            );
          }
          expect(allItems(pages, live).map((i) => i.Id)).toEqual(
            sim.items(contact).map((i) => i.Id),
          );
        },
      ),
      { seed, numRuns: 40 },
    );
  }, 60_000);

  it('starts afresh without a cursor and stops at the first page that holds a loaded item', async () => {
    const sim = createParticipantSimulator({ seed: 7, scenario: { size: 100 } });
    const client = createParticipantClient({
      endpoint: 'https://participant.sim.local',
      connectionToken: sim.issueToken(),
      fetch: sim.handler,
    });
    const loaded = new Set(
      sim
        .items()
        .slice(0, 40)
        .map((i) => i.Id),
    );
    sim.resetRequests();
    const found = await fetchSinceLoaded(client, (id) => loaded.has(id), { pageSize: 25 });
    // 60 items newer than the loaded ones: three pages of 25 reach the 40th item.
    expect(found).toMatchObject({ reachedLoaded: true, requests: 3 });
    expect(found.items.map((i) => i.Id)).toEqual(
      sim
        .items()
        .slice(25)
        .map((i) => i.Id),
    );
    const bodies = sim.requests.map((r) => r.input as Record<string, unknown>);
    expect(bodies).toHaveLength(3);
    expect(bodies[0]).not.toHaveProperty('NextToken');
    expect(bodies[0]).not.toHaveProperty('StartPosition');
  });

  it('gives up after maxPages and says the gap may not be filled', async () => {
    const sim = createParticipantSimulator({ seed: 7, scenario: { size: 100 } });
    const client = createParticipantClient({
      endpoint: 'https://participant.sim.local',
      connectionToken: sim.issueToken(),
      fetch: sim.handler,
    });
    const found = await fetchSinceLoaded(client, () => false, { pageSize: 10, maxPages: 3 });
    expect(found).toMatchObject({ reachedLoaded: false, requests: 3 });
    expect(found.items).toHaveLength(30);
  });
});
