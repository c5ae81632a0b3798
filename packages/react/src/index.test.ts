import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@connect-transcript/react public API', () => {
  it('exports exactly these values (types are checked by tsc)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'TYPING_TIMEOUT_MS',
      'TranscriptClientProvider',
      'TranscriptError',
      'chatEventItem',
      'createParticipantClient',
      'fromChatSession',
      'isTranscriptError',
      'liveItemsQueryKey',
      'receiptsFromItems',
      'sendReadReceipts',
      'subscribeChatSession',
      'transcriptInfiniteQueryOptions',
      'transcriptQueryKey',
      'typingFromItems',
      'useAttachmentUrl',
      'useTranscript',
      'useTranscriptClient',
      'useTranscriptExport',
      'useTranscriptSearch',
    ]);
  });
});
