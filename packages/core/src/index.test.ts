import { describe, expect, it } from 'vitest';

describe('the public surface of @connect-transcript/core', () => {
  it('exports exactly these values (a change here is a change of the public API)', async () => {
    const exports = Object.keys(await import('./index.js')).sort();
    expect(exports).toEqual([
      'AttachmentItemSchema',
      'DEFAULT_RETRY',
      'GetAttachmentInputSchema',
      'GetAttachmentOutputSchema',
      'GetTranscriptInputSchema',
      'GetTranscriptOutputSchema',
      'ItemSchema',
      'MessageMetadataSchema',
      'ReceiptSchema',
      'StartPositionSchema',
      'TranscriptError',
      'abortable',
      'classifyItem',
      'computeBackoff',
      'createParticipantClient',
      'endpointForRegion',
      'isPersistentHistory',
      'isRowItem',
      'isTranscriptError',
      'itemKey',
      'mergeItems',
      'nextPageToken',
      'paginateTranscript',
      'parseRetryAfter',
      'serviceError',
    ]);
  });

  it('has no default export', async () => {
    const module = await import('./index.js');
    expect('default' in module).toBe(false);
  });
});
