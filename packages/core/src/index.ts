export {
  type ControlKind,
  classifyItem,
  type EventKind,
  type ItemClass,
  isPersistentHistory,
  isRowItem,
  type MessageFormat,
} from './classify.js';
export {
  type CallOptions,
  createParticipantClient,
  type ParticipantClient,
  type ParticipantClientOptions,
  parseRetryAfter,
} from './client.js';
export {
  type ReceiptState,
  receiptsFromItems,
  TYPING_TIMEOUT_MS,
  type TypingParticipant,
  typingFromItems,
} from './controls.js';
export { type EndpointOptions, endpointForRegion } from './endpoint.js';
export {
  isTranscriptError,
  serviceError,
  TranscriptError,
  type TranscriptErrorCode,
  type TranscriptErrorInit,
  type TranscriptErrorIssue,
} from './errors.js';
export {
  type ExportLabels,
  type ExportTranscriptOptions,
  exportTranscript,
} from './export.js';
export {
  type ChatSessionEvent,
  type ChatSessionLike,
  type ChatSessionTranscriptArgs,
  chatEventItem,
  fromChatSession,
  sendReadReceipts,
  subscribeChatSession,
} from './fromChatSession.js';
export {
  interactivePick,
  interactiveReference,
  isInteractiveAction,
  withoutSuperseded,
} from './interactive.js';
export { confirmItem, itemKey, mergeItems, renderKey } from './merge.js';
export {
  allItems,
  type FetchSinceLoadedOptions,
  fetchSinceLoaded,
  initialPageParam,
  pageRequest,
  refreshPage,
  rowItems,
  type SinceLoaded,
  samePageParam,
  type TranscriptPage,
  type TranscriptPageParam,
  type TranscriptStartAt,
  toPage,
} from './pages.js';
export { nextPageToken, paginateTranscript, type TranscriptSource } from './paginate.js';
export {
  chatHasEnded,
  sessionsFromItems,
  type TranscriptSession,
  type UnreadState,
  unreadFromItems,
} from './reading.js';
export { abortable, computeBackoff, DEFAULT_RETRY, type RetryOptions } from './retry.js';
export {
  type ArtifactStatus,
  type AttachmentItem,
  AttachmentItemSchema,
  type ChatItemType,
  type GetAttachmentInput,
  GetAttachmentInputSchema,
  type GetAttachmentOutput,
  GetAttachmentOutputSchema,
  type GetTranscriptInput,
  GetTranscriptInputSchema,
  type GetTranscriptOutput,
  GetTranscriptOutputSchema,
  ItemSchema,
  type MessageMetadata,
  MessageMetadataSchema,
  type MessageProcessingStatus,
  type ParticipantRole,
  type Receipt,
  ReceiptSchema,
  type StartPosition,
  StartPositionSchema,
  type TranscriptItem,
} from './schemas.js';
export {
  foldForSearch,
  type SearchTranscriptOptions,
  searchTranscript,
  type TranscriptSearchHit,
} from './search.js';
export { type StaticTranscriptOptions, staticTranscript } from './staticTranscript.js';
export { chunkNumber, isStreaming, stitchStreams } from './streaming.js';
export type { TranscriptState } from './transcriptState.js';
export type { ItemWords } from './words.js';
