// Hooks and helpers of @connect-transcript/react, plus what apps need from core (one import).
export {
  type AttachmentItem,
  createParticipantClient,
  type GetAttachmentOutput,
  type GetTranscriptInput,
  type GetTranscriptOutput,
  isTranscriptError,
  type ParticipantClient,
  type ParticipantClientOptions,
  TranscriptError,
  type TranscriptErrorCode,
  type TranscriptItem,
  type TranscriptSource,
} from '@connect-transcript/core';
export {
  type ReceiptState,
  receiptsFromItems,
  TYPING_TIMEOUT_MS,
  type TypingParticipant,
  typingFromItems,
} from './controls.js';
export {
  type ChatSessionEvent,
  type ChatSessionLike,
  type ChatSessionTranscriptArgs,
  chatEventItem,
  fromChatSession,
  subscribeChatSession,
} from './fromChatSession.js';
export type { TranscriptPage, TranscriptPageParam, TranscriptStartAt } from './pages.js';
export {
  type TranscriptClient,
  TranscriptClientProvider,
  type TranscriptClientProviderProps,
  useTranscriptClient,
} from './provider.js';
export {
  liveItemsQueryKey,
  type TranscriptQueryOptions,
  transcriptInfiniteQueryOptions,
  transcriptQueryKey,
} from './queryOptions.js';
export type { TranscriptState } from './types.js';
export {
  type AttachmentSource,
  type AttachmentUrl,
  type UseAttachmentUrlOptions,
  type UseAttachmentUrlResult,
  useAttachmentUrl,
} from './useAttachmentUrl.js';
export {
  type UseTranscriptBase,
  type UseTranscriptOptions,
  type UseTranscriptResult,
  useTranscript,
} from './useTranscript.js';
