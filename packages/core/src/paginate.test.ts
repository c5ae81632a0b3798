import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createParticipantClient } from './client.js';
import { nextPageToken, paginateTranscript, type TranscriptSource } from './paginate.js';
import type { GetTranscriptInput, GetTranscriptOutput } from './schemas.js';
import { fcParams } from './test/arbitraries.js';
import { rejection } from './test/errors.js';
import { startTestServer, type TestServer } from './test/server.js';

describe('nextPageToken', () => {
  it.each<[string, GetTranscriptOutput, string | undefined]>([
    ['a token', { NextToken: 'abc' }, 'abc'],
    ['no token', { Transcript: [] }, undefined],
    ['an empty token (the end, never to be sent back)', { NextToken: '' }, undefined],
  ])('%s', (_, page, expected) => {
    expect(nextPageToken(page)).toBe(expected);
  });
});

/** Collects every page (fails the test on a rejection). */
async function collect(pages: AsyncIterable<GetTranscriptOutput>): Promise<GetTranscriptOutput[]> {
  const out: GetTranscriptOutput[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('paginateTranscript over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const client = () =>
    createParticipantClient({ endpoint: server.url, connectionToken: 'page-token', retry: false });

  /** A three-page transcript: the last page ends with `last`. */
  function threePages(last: { NextToken?: string }) {
    server.setFallback((req) => {
      const token = (req.json as GetTranscriptInput).NextToken;
      if (token === undefined) return { body: { Transcript: [{ Id: 'c' }], NextToken: 'p2' } };
      if (token === 'p2') return { body: { Transcript: [{ Id: 'b' }], NextToken: 'p3' } };
      return { body: { Transcript: [{ Id: 'a' }], ...last } };
    });
  }

  it('follows NextToken and stops when the last page has none', async () => {
    threePages({});
    const pages = await collect(
      paginateTranscript(client(), { MaxResults: 1, SortOrder: 'ASCENDING' }),
    );
    expect(pages.map((p) => p.Transcript?.[0]?.Id)).toEqual(['c', 'b', 'a']);
    expect(server.requests.map((r) => r.json)).toEqual([
      { MaxResults: 1, SortOrder: 'ASCENDING' },
      { MaxResults: 1, SortOrder: 'ASCENDING', NextToken: 'p2' },
      { MaxResults: 1, SortOrder: 'ASCENDING', NextToken: 'p3' },
    ]);
  });

  it('stops at NextToken "" and never sends it back', async () => {
    threePages({ NextToken: '' });
    const pages = await collect(paginateTranscript(client(), {}));
    expect(pages).toHaveLength(3);
    expect(server.requests).toHaveLength(3);
  });

  it('starts from the NextToken of the input', async () => {
    threePages({});
    const pages = await collect(paginateTranscript(client(), { NextToken: 'p2' }));
    expect(pages.map((p) => p.Transcript?.[0]?.Id)).toEqual(['b', 'a']);
  });

  it('asks for nothing more when the reader stops early', async () => {
    threePages({});
    for await (const page of paginateTranscript(client())) {
      expect(page.NextToken).toBe('p2');
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it('rejects with ABORTED, sending nothing more, when aborted between pages', async () => {
    threePages({});
    const controller = new AbortController();
    const error = await rejection(
      (async () => {
        for await (const _ of paginateTranscript(client(), {}, { signal: controller.signal })) {
          controller.abort();
        }
      })(),
    );
    expect(error.code).toBe('ABORTED');
    expect(server.requests).toHaveLength(1);
  });

  it('rejects promptly with ABORTED when aborted while a page loads', async () => {
    server.setFallback({ delayMs: 10_000, body: {} });
    const controller = new AbortController();
    const pending = rejection(
      collect(paginateTranscript(client(), {}, { signal: controller.signal })),
    );
    await server.waitForRequests(1);
    const abortedAt = performance.now();
    controller.abort();
    expect((await pending).code).toBe('ABORTED');
    expect(performance.now() - abortedAt).toBeLessThan(1000);
  });

  it('passes on a page error after the pages before it', async () => {
    server.queue({ body: { NextToken: 'p2' } }, { status: 403, body: { message: 'chat ended' } });
    const seen: GetTranscriptOutput[] = [];
    const error = await rejection(
      (async () => {
        for await (const page of paginateTranscript(client())) seen.push(page);
      })(),
    );
    expect(seen).toHaveLength(1);
    expect(error.code).toBe('ACCESS_DENIED');
  });
});

/** A source that answers from a list of pages by index, as an in-memory service would. */
function memorySource(pages: GetTranscriptOutput[]) {
  const calls: GetTranscriptInput[] = [];
  const source: TranscriptSource = {
    async getTranscript(input = {}) {
      calls.push(input);
      const index = input.NextToken === undefined ? 0 : Number(input.NextToken.slice(5));
      const page = pages[index];
      if (!page) throw new Error(`no page ${index}`);
      return page;
    },
  };
  return { source, calls };
}

describe('paginateTranscript over any source', () => {
  it('yields every page once, in order, with one call per page (property)', () => {
    const pagesArb = fc
      .array(fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }), {
        minLength: 1,
        maxLength: 8,
      })
      .chain((ids) =>
        fc.constantFrom<{ NextToken?: string }>({}, { NextToken: '' }).map((end) =>
          ids.map(
            (pageIds, i): GetTranscriptOutput => ({
              Transcript: pageIds.map((Id) => ({ Id })),
              ...(i < ids.length - 1 ? { NextToken: `page-${i + 1}` } : end),
            }),
          ),
        ),
      );
    return fc.assert(
      fc.asyncProperty(pagesArb, async (pages) => {
        const { source, calls } = memorySource(pages);
        expect(await collect(paginateTranscript(source, { MaxResults: 3 }))).toEqual(pages);
        expect(calls).toHaveLength(pages.length);
        expect(calls.every((c) => c.MaxResults === 3 && c.NextToken !== '')).toBe(true);
      }),
      fcParams(100),
    );
  });

  it('throws INVALID_RESPONSE when the service repeats a NextToken', async () => {
    const { source, calls } = memorySource([
      { NextToken: 'page-1' },
      { NextToken: 'page-2' },
      { NextToken: 'page-1' },
    ]);
    const error = await rejection(collect(paginateTranscript(source)));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.issues[0]?.path).toBe('NextToken');
    expect(calls).toHaveLength(3);
  });

  it('throws at once when the service hands back the token it was given', async () => {
    const { source, calls } = memorySource([{}, { NextToken: 'page-1' }]);
    const error = await rejection(collect(paginateTranscript(source, { NextToken: 'page-1' })));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(calls).toHaveLength(1);
  });

  it('stops with ABORTED even when the source ignores the signal', async () => {
    const { source, calls } = memorySource([{ NextToken: 'page-1' }, { NextToken: 'page-2' }, {}]);
    const controller = new AbortController();
    const error = await rejection(
      (async () => {
        for await (const _ of paginateTranscript(source, {}, { signal: controller.signal })) {
          controller.abort();
        }
      })(),
    );
    expect(error.code).toBe('ABORTED');
    expect(calls).toHaveLength(1);
  });

  it('rejects with ABORTED while a page of a source that ignores the signal still loads', async () => {
    const source = { getTranscript: () => new Promise<never>(() => {}) };
    const controller = new AbortController();
    const pages = paginateTranscript(source, {}, { signal: controller.signal });
    const pending = pages.next();
    controller.abort();
    const error = await rejection(pending);
    expect(error.code).toBe('ABORTED');
  });
});
