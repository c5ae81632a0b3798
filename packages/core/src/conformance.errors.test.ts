import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createParticipantClient } from './client.js';
import { isTranscriptError, type TranscriptError, type TranscriptErrorCode } from './errors.js';
import { sdkClient, sdkGetTranscript } from './test/sdk.js';
import { type Reply, startTestServer, type TestServer } from './test/server.js';

// Each error answer is read by the AWS SDK (no retries) and by our client (`retry: false`):
// the service's error name must agree with the SDK's exception name, the status with
// `$metadata.httpStatusCode`, and our code must be the one the contract gives.

const TOKEN = 'error-token-9012';

interface ErrorCase {
  name: string;
  reply: Reply;
  /** Our expected code. */
  code: TranscriptErrorCode;
  /** The service error name both agree on; `undefined` when the answer names none. */
  serviceName: string | undefined;
  /** The SDK's message, which ours must contain (omit when the SDK's is not the service's). */
  message?: string;
}

const cases: ErrorCase[] = [
  {
    name: 'header with a Coral URL suffix',
    reply: {
      status: 400,
      headers: {
        'x-amzn-ErrorType':
          'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/',
      },
      body: { message: 'MaxResults is invalid' },
    },
    code: 'VALIDATION_ERROR',
    serviceName: 'ValidationException',
    message: 'MaxResults is invalid',
  },
  {
    name: 'body __type with a namespace',
    reply: {
      status: 403,
      body: { __type: 'com.amazonaws.connectparticipant#AccessDeniedException', Message: 'Nope' },
    },
    code: 'ACCESS_DENIED',
    serviceName: 'AccessDeniedException',
    message: 'Nope',
  },
  {
    name: 'body code',
    reply: { status: 429, body: { code: 'ThrottlingException', message: 'Rate exceeded' } },
    code: 'THROTTLING',
    serviceName: 'ThrottlingException',
    message: 'Rate exceeded',
  },
  {
    name: 'body Code (capitalised)',
    reply: { status: 500, body: { Code: 'InternalServerException', message: 'boom' } },
    code: 'INTERNAL_SERVER_ERROR',
    serviceName: 'InternalServerException',
    message: 'boom',
  },
  {
    name: 'lowercase message',
    reply: { status: 403, body: { __type: 'AccessDeniedException', message: 'lower' } },
    code: 'ACCESS_DENIED',
    serviceName: 'AccessDeniedException',
    message: 'lower',
  },
  {
    name: 'capitalised Message',
    reply: { status: 400, body: { __type: 'ValidationException', Message: 'Upper' } },
    code: 'VALIDATION_ERROR',
    serviceName: 'ValidationException',
    message: 'Upper',
  },
  {
    name: 'ValidationException by header',
    reply: { status: 400, headers: { 'x-amzn-errortype': 'ValidationException' }, body: {} },
    code: 'VALIDATION_ERROR',
    serviceName: 'ValidationException',
  },
  {
    name: 'AccessDeniedException by header',
    reply: { status: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body: {} },
    code: 'ACCESS_DENIED',
    serviceName: 'AccessDeniedException',
  },
  {
    name: 'ThrottlingException by header',
    reply: { status: 429, headers: { 'x-amzn-errortype': 'ThrottlingException' }, body: {} },
    code: 'THROTTLING',
    serviceName: 'ThrottlingException',
  },
  {
    name: 'InternalServerException by header',
    reply: { status: 500, headers: { 'x-amzn-errortype': 'InternalServerException' }, body: {} },
    code: 'INTERNAL_SERVER_ERROR',
    serviceName: 'InternalServerException',
  },
  {
    name: 'the header wins over the body',
    reply: {
      status: 400,
      headers: { 'x-amzn-errortype': 'ValidationException' },
      body: { code: 'ThrottlingException', __type: 'x#AccessDeniedException' },
    },
    code: 'VALIDATION_ERROR',
    serviceName: 'ValidationException',
  },
  {
    name: 'code wins over __type',
    reply: { status: 400, body: { code: 'ThrottlingException', __type: 'x#ValidationException' } },
    code: 'THROTTLING',
    serviceName: 'ThrottlingException',
  },
  {
    name: 'a header listing two names',
    reply: {
      status: 403,
      headers: { 'x-amzn-errortype': 'AccessDeniedException,AccessDeniedException' },
      body: {},
    },
    code: 'ACCESS_DENIED',
    serviceName: 'AccessDeniedException',
  },
  {
    name: 'a namespace and a suffix together',
    reply: {
      status: 429,
      headers: { 'x-amzn-errortype': 'aws.connect#ThrottlingException:http://x/' },
      body: {},
    },
    code: 'THROTTLING',
    serviceName: 'ThrottlingException',
  },
  {
    name: 'an unmodelled name (ConflictException)',
    reply: { status: 409, body: { __type: 'ConflictException', message: 'conflict' } },
    code: 'UNKNOWN',
    serviceName: 'ConflictException',
    message: 'conflict',
  },
  {
    name: 'an unmodelled name (ServiceQuotaExceededException)',
    reply: { status: 402, headers: { 'x-amzn-errortype': 'ServiceQuotaExceededException' } },
    code: 'UNKNOWN',
    serviceName: 'ServiceQuotaExceededException',
  },
  {
    name: 'an unknown name on a 503 keeps the 5xx meaning',
    reply: { status: 503, body: { __type: 'ServiceUnavailable' } },
    code: 'INTERNAL_SERVER_ERROR',
    serviceName: 'ServiceUnavailable',
  },
  {
    name: 'an empty 503 body',
    reply: { status: 503, body: '' },
    code: 'INTERNAL_SERVER_ERROR',
    serviceName: undefined,
  },
  {
    name: 'an empty 501 body',
    reply: { status: 501, body: '' },
    code: 'INTERNAL_SERVER_ERROR',
    serviceName: undefined,
  },
  {
    name: 'an empty 400 body',
    reply: { status: 400, body: '' },
    code: 'VALIDATION_ERROR',
    serviceName: undefined,
  },
  {
    name: 'an empty 403 body',
    reply: { status: 403, body: '' },
    code: 'ACCESS_DENIED',
    serviceName: undefined,
  },
  {
    name: 'an empty 429 body',
    reply: { status: 429, body: '' },
    code: 'THROTTLING',
    serviceName: undefined,
  },
  {
    name: 'a redirect (neither follows it)',
    reply: { status: 307, headers: { location: 'http://127.0.0.1:9/elsewhere' }, body: '' },
    code: 'UNKNOWN',
    serviceName: undefined,
  },
  {
    name: 'a 404 with a message only',
    reply: { status: 404, body: { message: 'no route' } },
    code: 'UNKNOWN',
    serviceName: undefined,
    message: 'no route',
  },
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function ours(): Promise<TranscriptError> {
  const client = createParticipantClient({
    endpoint: server.url,
    connectionToken: TOKEN,
    retry: false,
  });
  const error = await client.getTranscript({}).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isTranscriptError(error)) throw new Error(`expected a TranscriptError, got ${error}`);
  return error;
}

describe('service errors are named as the AWS SDK names them', () => {
  it.each(cases)('$name', async ({ reply, code, serviceName, message }) => {
    server.setFallback({
      ...reply,
      headers: { 'x-amzn-RequestId': 'req-42', ...reply.headers },
    });
    const sdk = await sdkGetTranscript(sdkClient(server.url), TOKEN, {});
    if (sdk.ok) throw new Error('the SDK should have failed');
    const error = await ours();

    // The SDK calls a nameless error "Unknown".
    expect(error.serviceName ?? 'Unknown').toBe(sdk.name);
    expect(error.serviceName).toBe(serviceName);
    expect(error.status).toBe(sdk.status);
    expect(error.status).toBe(reply.status);
    expect(error.code).toBe(code);
    expect(error.requestId).toBe('req-42');
    if (message) {
      expect(sdk.message).toBe(message);
      expect(error.message).toContain(message);
    }
    expect(server.requests).toHaveLength(2); // one each: neither retried
  });

  it('an HTML 502 page is an INTERNAL_SERVER_ERROR (the SDK fails to parse it as JSON)', async () => {
    server.setFallback({
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    });
    const sdk = await sdkGetTranscript(sdkClient(server.url), TOKEN, {});
    if (sdk.ok) throw new Error('the SDK should have failed');
    const error = await ours();
    expect(sdk.status).toBe(502);
    expect(error.status).toBe(502);
    // The SDK surfaces its JSON parser's SyntaxError; we name no service error and keep the
    // status's meaning, which is retryable.
    expect(sdk.name).toBe('SyntaxError');
    expect(error.serviceName).toBeUndefined();
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.retryable).toBe(true);
    expect(error.message).not.toContain('<html>');
  });
});
