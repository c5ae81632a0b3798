import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createParticipantClient, type ParticipantClientOptions } from './client.js';
import { isTranscriptError } from './errors.js';
import type { GetAttachmentInput, GetTranscriptInput } from './schemas.js';
import { rejection } from './test/errors.js';
import { type Reply, startTestServer, type TestServer } from './test/server.js';

const TOKEN = 'client-token-3456';
const PAGE = { Transcript: [{ Id: 'm-1', Type: 'MESSAGE', Content: 'hi' }] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.setFallback({ body: PAGE });
});

/** A client of the test server with fast retries. */
const client = (options: Partial<ParticipantClientOptions> = {}) =>
  createParticipantClient({
    endpoint: server.url,
    connectionToken: TOKEN,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 2000 },
    ...options,
  });

/** Milliseconds between consecutive requests the server saw. */
const gaps: number[] = [];
/** Answers with `replies` in order (then `PAGE`), noting the time between requests. */
function stampRequests(...replies: Reply[]) {
  gaps.length = 0;
  let last = 0;
  server.setFallback((req) => {
    const now = performance.now();
    if (req.attempt > 1) gaps.push(now - last);
    last = now;
    return replies[req.attempt - 1] ?? { body: PAGE };
  });
}

describe('options', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('needs a region or an endpoint', () => {
    let thrown: unknown;
    try {
      createParticipantClient({ connectionToken: TOKEN });
    } catch (error) {
      thrown = error;
    }
    expect(isTranscriptError(thrown) && thrown.code).toBe('VALIDATION_ERROR');
    expect(isTranscriptError(thrown) && thrown.issues[0]?.path).toBe('region');
  });

  it('looks up the global fetch at call time (so one patched later, as MSW does, is used)', async () => {
    const c = createParticipantClient({
      endpoint: 'https://example.invalid',
      connectionToken: TOKEN,
    });
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (input: string) => {
      seen.push(input);
      return new Response(JSON.stringify(PAGE));
    });
    expect(await c.getTranscript()).toEqual(PAGE);
    expect(seen).toEqual(['https://example.invalid/participant/transcript']);
  });

  it('timeoutMs 0 means no time limit', async () => {
    server.setFallback({ delayMs: 300, body: PAGE });
    expect(await client({ timeoutMs: 0 }).getTranscript()).toEqual(PAGE);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it.each([429, 500, 502, 503, 504])('retries a %i and then succeeds', async (status) => {
    server.queue({ status });
    const page = await client().getTranscript({});
    expect(page).toEqual(PAGE);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a dropped connection (socket destroyed) and then succeeds', async () => {
    server.queue({ drop: true }, { drop: true });
    const page = await client().getTranscript({});
    expect(page).toEqual(PAGE);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after maxAttempts with the last error', async () => {
    server.setFallback({ status: 503, headers: { 'x-amzn-requestid': 'r-9' } });
    const error = await rejection(client().getTranscript({}));
    expect(error).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      status: 503,
      retryable: true,
      requestId: 'r-9',
    });
    expect(server.requests).toHaveLength(3);
  });

  it('gives up on network drops with NETWORK_ERROR', async () => {
    server.setFallback({ drop: true });
    const error = await rejection(client({ retry: { maxAttempts: 2 } }).getTranscript({}));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.retryable).toBe(true);
    expect(error.status).toBeUndefined();
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 403, 404, 501])('does not retry a %i', async (status) => {
    server.setFallback({ status, body: {} });
    const error = await rejection(client().getTranscript({}));
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('retry: false makes one attempt only', async () => {
    server.setFallback({ status: 503 });
    await rejection(client({ retry: false }).getTranscript({}));
    expect(server.requests).toHaveLength(1);
  });

  it('waits between attempts no longer than the growing backoff ceiling', async () => {
    stampRequests({ status: 503 }, { status: 503 }, { status: 503 });
    await rejection(
      client({ retry: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000 } }).getTranscript(),
    );
    expect(server.requests).toHaveLength(3);
    // Full jitter: after attempt n the wait is in [0, 200 * 2^(n-1)), far below maxDelayMs;
    // 300 ms of slack for I/O on a busy machine.
    expect(gaps[0]).toBeLessThan(200 + 300);
    expect(gaps[1]).toBeLessThan(400 + 300);
  });

  it('honours Retry-After in seconds', async () => {
    stampRequests({ status: 429, headers: { 'retry-after': '1' } });
    await client().getTranscript({});
    expect(server.requests).toHaveLength(2);
    expect(gaps[0]).toBeGreaterThanOrEqual(950);
  });

  it('honours Retry-After as an HTTP date', async () => {
    // HTTP dates have whole seconds: 2 s ahead is at least 1 s of waiting.
    const date = new Date(Date.now() + 2000).toUTCString();
    stampRequests({ status: 503, headers: { 'retry-after': date } });
    await client({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 3000 } }).getTranscript();
    expect(server.requests).toHaveLength(2);
    expect(gaps[0]).toBeGreaterThanOrEqual(950);
  });

  it('returns at once, with retryAfterMs, when Retry-After is longer than maxDelayMs', async () => {
    server.setFallback({ status: 429, headers: { 'retry-after': '60' } });
    const started = performance.now();
    const error = await rejection(client().getTranscript({}));
    // Neither the 60 s asked for nor the 2 s maxDelayMs.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(error).toMatchObject({ code: 'THROTTLING', retryAfterMs: 60_000, retryable: true });
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts and abort', () => {
  it('times out a slow attempt with TIMEOUT and retries it', async () => {
    server.queue({ delayMs: 1000, body: PAGE });
    const page = await client({ timeoutMs: 100 }).getTranscript({});
    expect(page).toEqual(PAGE);
    expect(server.requests).toHaveLength(2);
  });

  it('rejects with TIMEOUT when every attempt is too slow', async () => {
    server.setFallback({ delayMs: 10_000, body: PAGE });
    const started = performance.now();
    const error = await rejection(
      client({ timeoutMs: 80, retry: { maxAttempts: 2, baseDelayMs: 1 } }).getTranscript({}),
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.retryable).toBe(true);
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('settles promptly with ABORTED when aborted during a request', async () => {
    server.setFallback({ delayMs: 10_000, body: PAGE });
    const controller = new AbortController();
    const call = rejection(client().getTranscript({}, { signal: controller.signal }));
    await server.waitForRequests(1);
    const abortedAt = performance.now();
    controller.abort(new Error('user left'));
    const error = await call;
    expect(performance.now() - abortedAt).toBeLessThan(1000);
    expect(error.code).toBe('ABORTED');
    expect(error.retryable).toBe(false);
    expect((error.cause as Error).message).toBe('user left');
    expect(server.requests).toHaveLength(1);
  });

  it('settles promptly with ABORTED when aborted during a backoff wait', async () => {
    server.setFallback({ status: 429, headers: { 'retry-after': '10' } });
    const controller = new AbortController();
    const call = rejection(
      client({ retry: { maxAttempts: 3, maxDelayMs: 20_000 } }).getTranscript(
        {},
        { signal: controller.signal },
      ),
    );
    await server.waitForRequests(1);
    await new Promise((r) => setTimeout(r, 150)); // the 429 arrives: now waiting 10 s
    const abortedAt = performance.now();
    controller.abort();
    const error = await call;
    expect(performance.now() - abortedAt).toBeLessThan(1000);
    expect(error.code).toBe('ABORTED');
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await rejection(client().getTranscript({}, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('ABORTED');
    expect(server.requests).toHaveLength(0);
  });

  it('aborts even a fetch that ignores its signal', async () => {
    const controller = new AbortController();
    const call = rejection(
      client({
        fetch: () => new Promise<Response>(() => {}), // never settles, ignores the signal
        timeoutMs: 0,
      }).getTranscript({}, { signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 20);
    const error = await call;
    expect(error.code).toBe('ABORTED');
  });
});

describe('invalid responses', () => {
  it.each(
    (
      [
        ['an HTML page', '<html><body>Welcome to the proxy</body></html>', '(body)'],
        ['an empty body', '', '(body)'],
        ['truncated JSON', '{"Transcript":[{"Id":"a"},{"Id":', '(body)'],
        ['a JSON array', '[]', '(root)'],
        ['Transcript not an array', '{"Transcript":{"Id":"a"}}', 'Transcript'],
        ['an item that is not an object', '{"Transcript":[{"Id":"a"},"b"]}', 'Transcript[1]'],
        ['an Id that is a number', '{"Transcript":[{"Id":"a"},{"Id":7}]}', 'Transcript[1].Id'],
        [
          'an attachment status that is not a string',
          '{"Transcript":[{"Attachments":[{"AttachmentId":"x","Status":1}]}]}',
          'Transcript[0].Attachments[0].Status',
        ],
        [
          'a receipt timestamp that is an object',
          '{"Transcript":[{"MessageMetadata":{"Receipts":[{"ReadTimestamp":{}}]}}]}',
          'Transcript[0].MessageMetadata.Receipts[0].ReadTimestamp',
        ],
        ['a NextToken that is a number', '{"NextToken":5}', 'NextToken'],
      ] as [string, string, string][]
    ).map(([name, body, path]) => ({ name, body, path })),
  )('$name is INVALID_RESPONSE naming $path, not retried', async ({ body, path }) => {
    server.setFallback({ body, headers: { 'x-amzn-requestid': 'req-7' } });
    const error = await rejection(client().getTranscript({}));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.status).toBe(200);
    expect(error.requestId).toBe('req-7');
    expect(error.retryable).toBe(false);
    expect(error.issues.map((i) => i.path)).toContain(path);
    if (path !== '(body)') expect(error.message).toContain(path);
    expect(server.requests).toHaveLength(1);
  });

  it('names every bad field, not only the first', async () => {
    server.setFallback({ body: { Transcript: [{ Id: 1 }, { Content: false }], NextToken: 2 } });
    const error = await rejection(client().getTranscript({}));
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      'NextToken',
      'Transcript[0].Id',
      'Transcript[1].Content',
    ]);
    expect(error.issues[0]?.message).toMatch(/expected string, got (number|boolean)/);
  });

  it('checks GetAttachment answers too', async () => {
    server.setFallback({ body: { Url: 'u', AttachmentSizeInBytes: '12' } });
    const error = await rejection(client().getAttachment({ AttachmentId: 'a' }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.issues[0]?.path).toBe('AttachmentSizeInBytes');
  });
});

describe('the connection token', () => {
  it('calls a token getter before every attempt and sends what it returns', async () => {
    const tokens = ['tok-1', 'tok-2', 'tok-3'];
    let calls = 0;
    server.queue({ status: 503 }, { status: 429 });
    await client({ connectionToken: () => tokens[calls++] ?? 'tok-x' }).getTranscript();
    expect(server.requests.map((r) => r.headers['x-amz-bearer'])).toEqual(tokens);
  });

  it('awaits an async token getter', async () => {
    await client({ connectionToken: async () => 'async-token' }).getTranscript();
    expect(server.requests[0]?.headers['x-amz-bearer']).toBe('async-token');
  });

  it.each<[string, ParticipantClientOptions['connectionToken']]>([
    ['an empty token', ''],
    ['a token over 1000 characters', 't'.repeat(1001)],
    ['a getter returning undefined', () => undefined as unknown as string],
  ])('rejects %s with VALIDATION_ERROR and sends nothing', async (_, connectionToken) => {
    const error = await rejection(client({ connectionToken }).getTranscript());
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.issues[0]?.path).toBe('connectionToken');
    expect(server.requests).toHaveLength(0);
  });

  it('a throwing getter rejects with ACCESS_DENIED, keeps the cause and sends nothing', async () => {
    const failure = new Error('session refresh failed');
    const error = await rejection(
      client({
        connectionToken: () => {
          throw failure;
        },
      }).getTranscript(),
    );
    expect(error.code).toBe('ACCESS_DENIED');
    expect(error.cause).toBe(failure);
    expect(server.requests).toHaveLength(0);
  });
});

describe('requests are validated before sending', () => {
  it.each(
    (
      [
        ['MaxResults 101', { MaxResults: 101 }, 'MaxResults'],
        ['MaxResults -1', { MaxResults: -1 }, 'MaxResults'],
        ['MaxResults 2.5', { MaxResults: 2.5 }, 'MaxResults'],
        ['MaxResults as a string', { MaxResults: '10' as unknown as number }, 'MaxResults'],
        [
          'two StartPosition fields',
          { StartPosition: { Id: 'a', MostRecent: 3 } },
          'StartPosition',
        ],
        ['FORWARD without StartPosition', { ScanDirection: 'FORWARD' }, 'ScanDirection'],
        [
          'FORWARD from an empty StartPosition',
          { ScanDirection: 'FORWARD', StartPosition: {} },
          'ScanDirection',
        ],
        [
          'an AbsoluteTime without milliseconds',
          { StartPosition: { AbsoluteTime: '2024-01-01T00:00:00Z' } },
          'StartPosition.AbsoluteTime',
        ],
        [
          'an AbsoluteTime on 30 February',
          { StartPosition: { AbsoluteTime: '2024-02-30T00:00:00.000Z' } },
          'StartPosition.AbsoluteTime',
        ],
        [
          'an AbsoluteTime that is no date',
          { StartPosition: { AbsoluteTime: '2024-13-45T25:61:00.000Z' } },
          'StartPosition.AbsoluteTime',
        ],
        [
          'an AbsoluteTime with an offset',
          { StartPosition: { AbsoluteTime: '2024-01-01T00:00:00.000+01:00' } },
          'StartPosition.AbsoluteTime',
        ],
        ['MostRecent 101', { StartPosition: { MostRecent: 101 } }, 'StartPosition.MostRecent'],
        ['an empty StartPosition.Id', { StartPosition: { Id: '' } }, 'StartPosition.Id'],
        ['an unknown field maxResults', { maxResults: 10 } as GetTranscriptInput, 'maxResults'],
        [
          'an unknown StartPosition field',
          { StartPosition: { Time: 'x' } } as GetTranscriptInput,
          'StartPosition.Time',
        ],
        ['NextToken ""', { NextToken: '' }, 'NextToken'],
        ['NextToken over 1000 characters', { NextToken: 'n'.repeat(1001) }, 'NextToken'],
        ['an empty ContactId', { ContactId: '' }, 'ContactId'],
        [
          'ScanDirection in lowercase',
          { ScanDirection: 'backward' as 'BACKWARD' },
          'ScanDirection',
        ],
        ['an unknown SortOrder', { SortOrder: 'RANDOM' as 'ASCENDING' }, 'SortOrder'],
      ] as [string, GetTranscriptInput, string][]
    ).map(([name, input, path]) => ({ name, input, path })),
  )('$name → VALIDATION_ERROR at $path, nothing sent', async ({ input, path }) => {
    const error = await rejection(client().getTranscript(input));
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.retryable).toBe(false);
    expect(error.issues.map((i) => i.path)).toContain(path);
    expect(error.message).toContain(path);
    expect(server.requests).toHaveLength(0);
  });

  it.each(
    (
      [
        ['a missing AttachmentId', {} as GetAttachmentInput, 'AttachmentId'],
        [
          'UrlExpiryInSeconds 4',
          { AttachmentId: 'a', UrlExpiryInSeconds: 4 },
          'UrlExpiryInSeconds',
        ],
        [
          'UrlExpiryInSeconds 301',
          { AttachmentId: 'a', UrlExpiryInSeconds: 301 },
          'UrlExpiryInSeconds',
        ],
      ] as [string, GetAttachmentInput, string][]
    ).map(([name, input, path]) => ({ name, input, path })),
  )('GetAttachment with $name → VALIDATION_ERROR at $path', async ({ input, path }) => {
    const error = await rejection(client().getAttachment(input));
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.issues[0]?.path).toBe(path);
    expect(server.requests).toHaveLength(0);
  });

  it('explains an unknown field by the wire names', async () => {
    const error = await rejection(client().getTranscript({ maxResults: 5 } as GetTranscriptInput));
    expect(error.message).toMatch(/maxResults.*unknown field.*wire names/);
  });
});
