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
      'TYPING_TIMEOUT_MS',
      'TranscriptError',
      'abortable',
      'allItems',
      'chatEventItem',
      'chatHasEnded',
      'chunkNumber',
      'classifyItem',
      'computeBackoff',
      'confirmItem',
      'createParticipantClient',
      'endpointForRegion',
      'exportTranscript',
      'fetchSinceLoaded',
      'foldForSearch',
      'fromChatSession',
      'initialPageParam',
      'interactivePick',
      'interactiveReference',
      'isInteractiveAction',
      'isPersistentHistory',
      'isRowItem',
      'isStreaming',
      'isTranscriptError',
      'itemKey',
      'mergeItems',
      'nextPageToken',
      'pageRequest',
      'paginateTranscript',
      'parseRetryAfter',
      'receiptsFromItems',
      'refreshPage',
      'renderKey',
      'rowItems',
      'samePageParam',
      'searchTranscript',
      'sendReadReceipts',
      'serviceError',
      'sessionsFromItems',
      'staticTranscript',
      'stitchStreams',
      'subscribeChatSession',
      'toPage',
      'typingFromItems',
      'unreadFromItems',
      'withoutSuperseded',
    ]);
  });

  it('has no default export', async () => {
    const module = await import('./index.js');
    expect('default' in module).toBe(false);
  });
});
