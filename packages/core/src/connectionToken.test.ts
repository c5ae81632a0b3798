import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createParticipantClient, type ParticipantClientOptions } from './client.js';
import type { TranscriptError } from './errors.js';
import type { GetTranscriptInput } from './schemas.js';
import { rejection } from './test/errors.js';
import { startTestServer, type TestServer } from './test/server.js';

// The ConnectionToken is a secret for the length of the chat: whatever fails, it must not be
// readable from the error in any way an app might log it.

const TOKEN = 'SECRET-tok3n-a1b2c3d4e5f6';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = (options: Partial<ParticipantClientOptions> = {}) =>
  createParticipantClient({
    endpoint: server.url,
    connectionToken: TOKEN,
    retry: { maxAttempts: 2, baseDelayMs: 1 },
    ...options,
  });

/** Every way an app might print or serialise an error, down its `cause` chain. */
function renderings(error: TranscriptError): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    out.push(inspect(current, { depth: 10, showHidden: true }));
    if (current instanceof Error) {
      out.push(current.message, String(current.stack), String(current));
    }
    try {
      out.push(JSON.stringify(current) ?? '');
    } catch {
      // a cycle: inspect above covered it
    }
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

function expectNoToken(error: TranscriptError, token = TOKEN) {
  for (const text of renderings(error)) expect(text).not.toContain(token);
  for (const issue of error.issues) expect(JSON.stringify(issue)).not.toContain(token);
}

describe('the ConnectionToken never appears in an error', () => {
  it('finds a token where it is (the check itself works)', () => {
    const leaky = new Error('x', { cause: new Error(`bearer ${TOKEN}`) }) as TranscriptError;
    expect(() => expectNoToken(leaky)).toThrow();
  });

  it('a validation error', async () => {
    const error = await rejection(client().getTranscript({ MaxResults: 101 }));
    expect(error.code).toBe('VALIDATION_ERROR');
    expectNoToken(error);
  });

  it('a validation error for a token passed in the input, as SDK users are used to', async () => {
    const input = { ConnectionToken: TOKEN, MaxResults: TOKEN } as unknown as GetTranscriptInput;
    const error = await rejection(client().getTranscript(input));
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['ConnectionToken', 'MaxResults']);
    expectNoToken(error);
    expect(server.requests).toHaveLength(0);
  });

  it('a 403 whose message echoes the token', async () => {
    server.setFallback({
      status: 403,
      headers: { 'x-amzn-errortype': 'AccessDeniedException' },
      body: { message: `Token ${TOKEN} is expired`, Message: TOKEN },
    });
    const error = await rejection(client().getTranscript());
    expect(error.code).toBe('ACCESS_DENIED');
    expect(error.message).toContain('is expired');
    expectNoToken(error);
  });

  it('an error name that echoes the token (header or __type)', async () => {
    server.setFallback({
      status: 400,
      headers: { 'x-amzn-errortype': `Bad${TOKEN}Exception` },
      body: {},
    });
    const fromHeader = await rejection(client().getTranscript());
    expect(fromHeader.serviceName).toBe('Bad[redacted]Exception');
    expectNoToken(fromHeader);
    server.setFallback({ status: 400, body: { __type: `ns#${TOKEN}` } });
    const fromType = await rejection(client().getTranscript());
    expect(fromType.serviceName).toBe('[redacted]');
    expectNoToken(fromType);
  });

  it('a 503 echoing the token on every attempt', async () => {
    server.setFallback({ status: 503, body: { message: `bad ${TOKEN}` } });
    const error = await rejection(client().getTranscript());
    expect(server.requests).toHaveLength(2);
    expectNoToken(error);
  });

  it('a network error (socket destroyed)', async () => {
    server.setFallback({ drop: true });
    const error = await rejection(client().getTranscript());
    expect(error.code).toBe('NETWORK_ERROR');
    expectNoToken(error);
  });

  it('a network error whose message and cause carry the request headers', async () => {
    const error = await rejection(
      client({
        fetch: async (_, init) => {
          const headers = JSON.stringify(init.headers);
          throw new TypeError(`failed to send ${headers}`, { cause: { headers: init.headers } });
        },
      }).getTranscript(),
    );
    expect(error.code).toBe('NETWORK_ERROR');
    expectNoToken(error);
  });

  it.each([
    ['a line break', `${TOKEN}\nX-Other: 1`],
    ['a non-ASCII character', `${TOKEN}✓`],
  ])('a token with %s (not a header value) is refused before sending', async (_, token) => {
    const error = await rejection(client({ connectionToken: token }).getTranscript());
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.issues[0]?.path).toBe('connectionToken');
    expectNoToken(error, TOKEN);
    expect(server.requests).toHaveLength(0);
  });

  it('is not carried to another host by a redirect', async () => {
    const elsewhere = await startTestServer();
    try {
      server.setFallback({
        status: 302,
        headers: { location: `${elsewhere.url}/participant/transcript` },
      });
      const error = await rejection(client().getTranscript());
      expect(elsewhere.requests).toHaveLength(0);
      expect(error).toMatchObject({ code: 'UNKNOWN', status: 302, retryable: false });
      expectNoToken(error);
    } finally {
      await elsewhere.close();
    }
  });

  it('a timeout', async () => {
    server.setFallback({ delayMs: 1000 });
    const error = await rejection(client({ timeoutMs: 30 }).getTranscript());
    expect(error.code).toBe('TIMEOUT');
    expectNoToken(error);
  });

  it('an abort during the request', async () => {
    server.setFallback({ delayMs: 1000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await rejection(client().getTranscript({}, { signal: controller.signal }));
    expect(error.code).toBe('ABORTED');
    expectNoToken(error);
  });

  it.each([
    ['a body that is not JSON', `<html>${TOKEN}</html>`],
    ['a Transcript that is the token', { Transcript: TOKEN }],
    [
      'an item whose wrong-typed field sits next to the token',
      { Transcript: [{ Id: 1, Content: TOKEN }] },
    ],
  ])('an invalid response: %s', async (_, body) => {
    server.setFallback({ body });
    const error = await rejection(client().getTranscript());
    expect(error.code).toBe('INVALID_RESPONSE');
    expectNoToken(error);
  });

  it('a token getter that throws on the retry', async () => {
    let calls = 0;
    server.setFallback({ status: 503, body: { message: TOKEN } });
    const error = await rejection(
      client({
        connectionToken: () => {
          calls++;
          if (calls === 1) return TOKEN;
          throw new Error('could not refresh the session');
        },
      }).getTranscript(),
    );
    expect(calls).toBe(2);
    expect(server.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('an unexpected failure inside a custom fetch', async () => {
    const error = await rejection(
      client({
        fetch: async () =>
          ({ status: 200, headers: new Headers(), text: 1 }) as unknown as Response,
      }).getTranscript(),
    );
    expectNoToken(error);
  });
});
