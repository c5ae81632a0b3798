import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createParticipantClient } from './client.js';
import type { GetAttachmentInput, GetTranscriptInput } from './schemas.js';
import { sdkClient, sdkGetAttachment, sdkGetTranscript } from './test/sdk.js';
import { type RecordedRequest, startTestServer, type TestServer } from './test/server.js';

// The official AWS SDK is the oracle: for every valid input, our client must put the same
// request on the wire (method, path, JSON body, bearer header, content type).

const TOKEN = 'conformance-token-1234';

const transcriptInputs: [string, GetTranscriptInput][] = [
  ['empty input', {}],
  ['MaxResults 0', { MaxResults: 0 }],
  ['MaxResults 100', { MaxResults: 100 }],
  ['MaxResults 15 with SortOrder ASCENDING', { MaxResults: 15, SortOrder: 'ASCENDING' }],
  ['SortOrder DESCENDING', { SortOrder: 'DESCENDING' }],
  ['ScanDirection BACKWARD alone', { ScanDirection: 'BACKWARD' }],
  [
    'empty StartPosition (chatjs default)',
    { StartPosition: {}, MaxResults: 15, SortOrder: 'ASCENDING' },
  ],
  ['StartPosition.Id', { StartPosition: { Id: 'item-42' } }],
  ['StartPosition.AbsoluteTime', { StartPosition: { AbsoluteTime: '2019-11-08T02:41:28.172Z' } }],
  ['StartPosition.MostRecent 0', { StartPosition: { MostRecent: 0 } }],
  ['StartPosition.MostRecent 100', { StartPosition: { MostRecent: 100 } }],
  ['FORWARD from an Id', { ScanDirection: 'FORWARD', StartPosition: { Id: 'x' } }],
  [
    'FORWARD from a time, ascending',
    {
      ScanDirection: 'FORWARD',
      SortOrder: 'ASCENDING',
      StartPosition: { AbsoluteTime: '2024-02-29T23:59:59.999Z' },
    },
  ],
  ['FORWARD from MostRecent', { ScanDirection: 'FORWARD', StartPosition: { MostRecent: 5 } }],
  ['ContactId', { ContactId: 'c0ffee00-1234-4abc-9def-000000000001' }],
  ['NextToken', { NextToken: 'opaque+/=token==' }],
  ['NextToken of 1000 chars', { NextToken: 'n'.repeat(1000) }],
  ['ContactId of 256 chars', { ContactId: 'c'.repeat(256) }],
  ['unicode in Id', { StartPosition: { Id: 'ïd-✓-😀' } }],
  [
    'every parameter',
    {
      ContactId: 'contact-1',
      MaxResults: 30,
      NextToken: 'page-2',
      ScanDirection: 'BACKWARD',
      SortOrder: 'ASCENDING',
      StartPosition: { MostRecent: 10 },
    },
  ],
];

const attachmentInputs: [string, GetAttachmentInput][] = [
  ['AttachmentId only', { AttachmentId: 'att-1' }],
  ['UrlExpiryInSeconds 5', { AttachmentId: 'att-2', UrlExpiryInSeconds: 5 }],
  ['UrlExpiryInSeconds 300', { AttachmentId: 'a'.repeat(256), UrlExpiryInSeconds: 300 }],
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const wire = (r: RecordedRequest | undefined) => ({
  method: r?.method,
  path: r?.path,
  body: r?.json,
  bearer: r?.headers['x-amz-bearer'],
  contentType: r?.headers['content-type'],
});

describe('requests match the AWS SDK', () => {
  it('has a table of at least 20 GetTranscript inputs', () => {
    expect(transcriptInputs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(transcriptInputs)('GetTranscript: %s', async (_, input) => {
    const sdkResult = await sdkGetTranscript(sdkClient(server.url), TOKEN, input);
    expect(sdkResult.ok).toBe(true);
    const ours = createParticipantClient({ endpoint: server.url, connectionToken: TOKEN });
    await ours.getTranscript(input);

    expect(server.requests).toHaveLength(2);
    const [sdkRequest, ourRequest] = server.requests;
    expect(wire(ourRequest)).toEqual(wire(sdkRequest));
    expect(wire(ourRequest)).toMatchObject({
      method: 'POST',
      path: '/participant/transcript',
      bearer: TOKEN,
    });
  });

  it.each(attachmentInputs)('GetAttachment: %s', async (_, input) => {
    server.setFallback({ body: { Url: 'https://s3.example/a', AttachmentSizeInBytes: 1 } });
    await sdkGetAttachment(sdkClient(server.url), TOKEN, input);
    const ours = createParticipantClient({ endpoint: server.url, connectionToken: TOKEN });
    await ours.getAttachment(input);

    const [sdkRequest, ourRequest] = server.requests;
    expect(wire(ourRequest)).toEqual(wire(sdkRequest));
    expect(wire(ourRequest)).toMatchObject({ path: '/participant/attachment', bearer: TOKEN });
  });

  it('sends the token only in the bearer header, never in the URL or body', async () => {
    const ours = createParticipantClient({ endpoint: server.url, connectionToken: TOKEN });
    await ours.getTranscript({ MaxResults: 1 });
    const [request] = server.requests;
    expect(request?.path).not.toContain(TOKEN);
    expect(request?.body).not.toContain(TOKEN);
    expect(request?.headers['x-amz-bearer']).toBe(TOKEN);
  });

  it('keeps a path prefix of an explicit endpoint and ignores a trailing slash', async () => {
    const ours = createParticipantClient({
      endpoint: `${server.url}/proxy/`,
      connectionToken: TOKEN,
    });
    await ours.getTranscript({});
    expect(server.requests[0]?.path).toBe('/proxy/participant/transcript');
  });

  it('sends extra headers but never lets them replace the token or the content type', async () => {
    const ours = createParticipantClient({
      endpoint: server.url,
      connectionToken: TOKEN,
      headers: {
        'X-Trace-Id': 'trace-1',
        'X-Amz-Bearer': 'someone-else',
        'Content-Type': 'text/plain',
      },
    });
    await ours.getTranscript({});
    const headers = server.requests[0]?.headers;
    expect(headers?.['x-trace-id']).toBe('trace-1');
    expect(headers?.['x-amz-bearer']).toBe(TOKEN);
    expect(headers?.['content-type']).toBe('application/json');
  });
});
