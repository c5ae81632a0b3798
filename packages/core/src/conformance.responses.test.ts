import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createParticipantClient } from './client.js';
import { sdkClient, sdkGetAttachment, sdkGetTranscript } from './test/sdk.js';
import { startTestServer, type TestServer } from './test/server.js';

// Every body below is served by a real HTTP server and read by both the AWS SDK and our client;
// our output must equal the SDK's (minus `$metadata`).

const TOKEN = 'response-token-5678';
const T = '2024-05-01T10:00:00.000Z';

const transcriptBodies: [string, unknown][] = [
  ['empty object', {}],
  ['empty Transcript', { Transcript: [] }],
  [
    'empty Transcript with NextToken ""',
    { InitialContactId: 'c-1', Transcript: [], NextToken: '' },
  ],
  ['NextToken only', { NextToken: 'next-page' }],
  ['a sparse item (only an Id)', { Transcript: [{ Id: 'only-id' }] }],
  ['an item with no fields', { Transcript: [{}] }],
  [
    'a full message',
    {
      InitialContactId: 'c-1',
      NextToken: 'tok-2',
      Transcript: [
        {
          AbsoluteTime: T,
          Content: 'Hello **there**',
          ContentType: 'text/markdown',
          Id: 'm-1',
          Type: 'MESSAGE',
          ParticipantId: 'p-agent',
          DisplayName: 'Ana',
          ParticipantRole: 'AGENT',
          ContactId: 'c-1',
        },
      ],
    },
  ],
  [
    'every item type',
    {
      Transcript: [
        'MESSAGE',
        'ATTACHMENT',
        'EVENT',
        'CONNECTION_ACK',
        'TYPING',
        'PARTICIPANT_JOINED',
        'PARTICIPANT_LEFT',
        'CHAT_ENDED',
        'TRANSFER_SUCCEEDED',
        'TRANSFER_FAILED',
        'MESSAGE_DELIVERED',
        'MESSAGE_READ',
      ].map((Type, i) => ({ Id: `i-${i}`, Type, AbsoluteTime: T })),
    },
  ],
  [
    'attachments in every status',
    {
      Transcript: [
        {
          Id: 'a-1',
          Type: 'ATTACHMENT',
          Attachments: ['APPROVED', 'REJECTED', 'IN_PROGRESS', 'QUARANTINED'].map((Status, i) => ({
            ContentType: 'image/png',
            AttachmentId: `att-${i}`,
            AttachmentName: `photo ${i}.png`,
            Status,
          })),
        },
      ],
    },
  ],
  [
    'receipts and processing status',
    {
      Transcript: [
        {
          Id: 'm-2',
          Type: 'MESSAGE',
          Content: 'hi',
          MessageMetadata: {
            MessageId: 'm-2',
            Receipts: [
              { DeliveredTimestamp: T, RecipientParticipantId: 'p-1' },
              { DeliveredTimestamp: T, ReadTimestamp: T, RecipientParticipantId: 'p-2' },
              {},
            ],
            MessageProcessingStatus: 'PROCESSING',
          },
        },
      ],
    },
  ],
  [
    'unknown enum values',
    {
      Transcript: [
        { Id: 'n-1', Type: 'NEW_KIND', ParticipantRole: 'ROBOT_OVERLORD', ContentType: 'x/new' },
        { Id: 'n-2', MessageMetadata: { MessageProcessingStatus: 'SOMETHING_NEW' } },
      ],
    },
  ],
  [
    'unknown fields at the top level',
    { Transcript: [{ Id: 'x' }], NextToken: 'n', Extra: { deep: [1, 2] }, Version: 2 },
  ],
  [
    'unknown fields inside items, attachments, metadata and receipts',
    {
      Transcript: [
        {
          Id: 'u-1',
          Type: 'MESSAGE',
          Sentiment: 'POSITIVE',
          Nested: { a: 1 },
          Attachments: [{ AttachmentId: 'q', Checksum: 'abc' }],
          MessageMetadata: {
            MessageId: 'u-1',
            Flag: true,
            Receipts: [{ ReadTimestamp: T, Via: 'x' }],
          },
        },
      ],
    },
  ],
  [
    'null fields read as absent',
    {
      InitialContactId: null,
      NextToken: null,
      Transcript: [{ Id: 'z-1', Content: null, Attachments: null, MessageMetadata: null }],
    },
  ],
  [
    'persistent chat history items',
    {
      InitialContactId: 'c-old',
      Transcript: [
        { Id: 'h-1', Type: 'MESSAGE', Content: 'earlier', RelatedContactId: 'c-old' },
        { Id: 'h-2', Type: 'MESSAGE', Content: 'now', ContactId: 'c-new' },
      ],
    },
  ],
  [
    'events with their content types',
    {
      Transcript: [
        'participant.joined',
        'participant.left',
        'chat.ended',
        'transfer.succeeded',
        'transfer.failed',
        'typing',
        'message.delivered',
        'message.read',
        'connection.acknowledged',
      ].map((suffix, i) => ({
        Id: `e-${i}`,
        Type: 'EVENT',
        ContentType: `application/vnd.amazonaws.connect.event.${suffix}`,
      })),
    },
  ],
  [
    'unicode, emoji and RTL text',
    {
      Transcript: [
        { Id: 'r-1', Content: 'مرحبا 👋 שלום', DisplayName: 'Zoë ✓', Type: 'MESSAGE' },
        { Id: 'r-2', Content: 'line\nbreak\t"quoted" \\ \u2028', Type: 'MESSAGE' },
      ],
    },
  ],
  [
    'a hundred items',
    {
      NextToken: 'more',
      Transcript: Array.from({ length: 100 }, (_, i) => ({
        Id: `b-${i}`,
        Type: 'MESSAGE',
        Content: `message ${i}`,
        AbsoluteTime: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
      })),
    },
  ],
];

const attachmentBodies: [string, unknown][] = [
  [
    'a full answer',
    { Url: 'https://s3.example/a?sig=1', UrlExpiry: T, AttachmentSizeInBytes: 1024 },
  ],
  ['only the size', { AttachmentSizeInBytes: 1 }],
  ['empty object', {}],
  ['unknown fields', { Url: 'u', AttachmentSizeInBytes: 3, Checksum: 'x', Meta: { a: 1 } }],
  ['null fields', { Url: null, UrlExpiry: null, AttachmentSizeInBytes: 7 }],
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('responses are read as the AWS SDK reads them', () => {
  it('has a corpus of at least 15 GetTranscript bodies', () => {
    expect(transcriptBodies.length).toBeGreaterThanOrEqual(15);
  });

  it.each(transcriptBodies)('GetTranscript: %s', async (_, body) => {
    server.setFallback({ body, headers: { 'x-amzn-requestid': 'req-1' } });
    const sdk = await sdkGetTranscript(sdkClient(server.url), TOKEN, {});
    if (!sdk.ok) throw new Error(`the SDK failed: ${sdk.name}`);
    const ours = await createParticipantClient({
      endpoint: server.url,
      connectionToken: TOKEN,
    }).getTranscript();
    expect(ours).toStrictEqual(sdk.output);
  });

  it.each(attachmentBodies)('GetAttachment: %s', async (_, body) => {
    server.setFallback({ body });
    const sdk = await sdkGetAttachment(sdkClient(server.url), TOKEN, { AttachmentId: 'a' });
    if (!sdk.ok) throw new Error(`the SDK failed: ${sdk.name}`);
    const ours = await createParticipantClient({
      endpoint: server.url,
      connectionToken: TOKEN,
    }).getAttachment({ AttachmentId: 'a' });
    expect(ours).toStrictEqual(sdk.output);
  });

  it('keeps unknown enum values and drops unknown fields, like the SDK', async () => {
    server.setFallback({
      body: { Top: 1, Transcript: [{ Id: 'x', Type: 'NEW_KIND', Mood: 'happy' }] },
    });
    const page = await createParticipantClient({
      endpoint: server.url,
      connectionToken: TOKEN,
    }).getTranscript();
    expect(page).toStrictEqual({ Transcript: [{ Id: 'x', Type: 'NEW_KIND' }] });
  });
});
