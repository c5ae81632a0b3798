// Hooks and helpers of @connect-transcript/react, plus what apps need from core (one import).
export {
  type AttachmentItem,
  type ChatSessionEvent,
  type ChatSessionLike,
  type ChatSessionTranscriptArgs,
  chatEventItem,
  createParticipantClient,
  fromChatSession,
  type GetAttachmentOutput,
  type GetTranscriptInput,
  type GetTranscriptOutput,
  isTranscriptError,
  type ParticipantClient,
  type ParticipantClientOptions,
  type ReceiptState,
  receiptsFromItems,
  sendReadReceipts,
  subscribeChatSession,
  TranscriptError,
  type TranscriptErrorCode,
  type TranscriptItem,
  type TranscriptPage,
  type TranscriptPageParam,
  type TranscriptSource,
  type TranscriptStartAt,
  type TranscriptState,
  TYPING_TIMEOUT_MS,
  type TypingParticipant,
  typingFromItems,
  type UnreadState,
} from '@connect-transcript/core';
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
export {
  type AttachmentSource,
  type AttachmentUrl,
  type UseAttachmentUrlOptions,
  type UseAttachmentUrlResult,
  useAttachmentUrl,
} from './useAttachmentUrl.js';
export {
  type ExportAllOptions,
  type OlderPagesProgress,
  type UseTranscriptExportResult,
  type UseTranscriptSearchOptions,
  type UseTranscriptSearchResult,
  useTranscriptExport,
  useTranscriptSearch,
} from './useReaderTools.js';
export {
  type UseTranscriptBase,
  type UseTranscriptOptions,
  type UseTranscriptResult,
  useTranscript,
} from './useTranscript.js';
