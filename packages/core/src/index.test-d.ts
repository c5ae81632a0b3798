// Type-level tests of the public API. Checked by `tsc -p tsconfig.json` at the root (and by
// `vitest --typecheck`); a wrong type fails the typecheck.
import { describe, expectTypeOf, it } from 'vitest';
import {
  classifyItem,
  createParticipantClient,
  type GetAttachmentOutput,
  type GetTranscriptInput,
  type GetTranscriptOutput,
  type ItemClass,
  isTranscriptError,
  mergeItems,
  type ParticipantClient,
  type ParticipantClientOptions,
  paginateTranscript,
  type TranscriptError,
  type TranscriptErrorCode,
  type TranscriptItem,
  type TranscriptSource,
} from './index.js';

describe('createParticipantClient', () => {
  it('takes one options object and returns a ParticipantClient', () => {
    expectTypeOf(createParticipantClient).parameter(0).toEqualTypeOf<ParticipantClientOptions>();
    expectTypeOf(createParticipantClient).returns.toEqualTypeOf<ParticipantClient>();
  });

  it('takes the token as a string or a sync or async getter, nothing else', () => {
    expectTypeOf<ParticipantClientOptions['connectionToken']>().toEqualTypeOf<
      string | (() => string | Promise<string>)
    >();
    // @ts-expect-error a token is not a number
    createParticipantClient({ region: 'us-east-1', connectionToken: 42 });
  });

  it('resolves the operations to their outputs', () => {
    const client = createParticipantClient({ endpoint: 'http://x', connectionToken: 't' });
    expectTypeOf(client.getTranscript()).resolves.toEqualTypeOf<GetTranscriptOutput>();
    expectTypeOf(
      client.getAttachment({ AttachmentId: 'a' }),
    ).resolves.toEqualTypeOf<GetAttachmentOutput>();
    // @ts-expect-error GetAttachment needs an AttachmentId
    client.getAttachment({});
  });
});

describe('request types use the wire names and closed enums', () => {
  it('accepts the documented fields', () => {
    expectTypeOf<{
      MaxResults: 30;
      ScanDirection: 'BACKWARD';
      SortOrder: 'ASCENDING';
      StartPosition: { MostRecent: 5 };
    }>().toExtend<GetTranscriptInput>();
    expectTypeOf<GetTranscriptInput['ScanDirection']>().toEqualTypeOf<
      'FORWARD' | 'BACKWARD' | undefined
    >();
    expectTypeOf<GetTranscriptInput['SortOrder']>().toEqualTypeOf<
      'ASCENDING' | 'DESCENDING' | undefined
    >();
  });

  it('rejects camelCase names and unknown directions', () => {
    const client = createParticipantClient({ endpoint: 'http://x', connectionToken: 't' });
    // @ts-expect-error fields use the AWS wire names
    client.getTranscript({ maxResults: 10 });
    // @ts-expect-error only FORWARD or BACKWARD
    client.getTranscript({ ScanDirection: 'UP' });
  });
});

describe('response types', () => {
  it('keep enums open: a new Type is a string, and the known ones still autocomplete', () => {
    expectTypeOf<'NEW_KIND'>().toExtend<NonNullable<TranscriptItem['Type']>>();
    expectTypeOf<'MESSAGE'>().toExtend<NonNullable<TranscriptItem['Type']>>();
    expectTypeOf<TranscriptItem['Id']>().toEqualTypeOf<string | undefined>();
  });

  it('have every field optional', () => {
    const empty = {};
    expectTypeOf(empty).toExtend<TranscriptItem>();
    expectTypeOf(empty).toExtend<GetTranscriptOutput>();
  });

  it('do not pretend unknown fields exist (they are dropped, like the AWS SDK does)', () => {
    const item = {} as TranscriptItem;
    // @ts-expect-error no index signature
    item.Sentiment;
  });
});

describe('errors', () => {
  it('isTranscriptError narrows unknown to TranscriptError', () => {
    const error: unknown = undefined;
    if (isTranscriptError(error)) {
      expectTypeOf(error).toEqualTypeOf<TranscriptError>();
      expectTypeOf(error.code).toEqualTypeOf<TranscriptErrorCode>();
      expectTypeOf(error.name).toEqualTypeOf<'TranscriptError'>();
    }
  });

  it('has exactly the documented codes', () => {
    expectTypeOf<TranscriptErrorCode>().toEqualTypeOf<
      | 'VALIDATION_ERROR'
      | 'ACCESS_DENIED'
      | 'THROTTLING'
      | 'INTERNAL_SERVER_ERROR'
      | 'NETWORK_ERROR'
      | 'TIMEOUT'
      | 'ABORTED'
      | 'INVALID_RESPONSE'
      | 'UNKNOWN'
    >();
  });
});

describe('helpers', () => {
  it('classifyItem returns a union keyed on kind', () => {
    const c = classifyItem({});
    expectTypeOf(c).toEqualTypeOf<ItemClass>();
    if (c.kind === 'message') expectTypeOf(c.format).toBeString();
    if (c.kind === 'event') expectTypeOf(c).toHaveProperty('event');
  });

  it('mergeItems takes readonly lists and returns a fresh array', () => {
    const page: readonly TranscriptItem[] = [];
    expectTypeOf(mergeItems(page, page)).toEqualTypeOf<TranscriptItem[]>();
  });

  it('paginateTranscript takes any object with getTranscript and yields pages', () => {
    const source: TranscriptSource = { getTranscript: async () => ({}) };
    expectTypeOf(paginateTranscript(source)).toEqualTypeOf<
      AsyncGenerator<GetTranscriptOutput, void, undefined>
    >();
  });
});
