// Public surface of @connect-transcript/ui. Curated: nothing else is public. Styles ship
// separately: `import '@connect-transcript/ui/styles.css'`.

// --- What apps need from the layers below (one import) -----------------------------------------
export {
  type AttachmentItem,
  isTranscriptError,
  type ParticipantRole,
  type ReceiptState,
  type StaticTranscriptOptions,
  staticTranscript,
  TranscriptError,
  type TranscriptErrorCode,
  type TranscriptItem,
  type TranscriptState,
  type TypingParticipant,
} from '@connect-transcript/core';
// --- Strings, slots, static data, rows and their parts, sorted by module ----------------------
export type {
  AttachmentProps,
  DaySeparatorProps,
  EventProps,
  ItemComponents,
  MessageProps,
  TranscriptComponents,
  TypingIndicatorProps,
} from './components.js';
export {
  createRenderContext,
  type RenderContextInput,
  type TranscriptRenderContext,
  TranscriptRenderProvider,
  useTranscriptRender,
} from './context.js';
export { Attachment } from './items/Attachment.js';
export { DaySeparator } from './items/DaySeparator.js';
export { Event, itemWordsOf } from './items/Event.js';
export type { InteractiveSelection } from './items/interactive.js';
export { linkify, safeHref, type TextPart } from './items/links.js';
export { Message } from './items/Message.js';
export { type SenderNames, senderName } from './items/names.js';
export { rowLabel, rowText } from './items/rowLabel.js';
export {
  type BuildRowsOptions,
  buildRows,
  DEFAULT_GROUP_GAP_MS,
  lastOwnMessageId,
  type RowModel,
} from './items/rows.js';
export { TranscriptRow, type TranscriptRowProps } from './items/TranscriptRow.js';
export { TypingIndicator } from './items/TypingIndicator.js';
export {
  defaultMessages,
  fillName,
  type NameTemplate,
  type TranscriptMessages,
} from './messages.js';
export type {
  EmptyProps,
  ErrorProps,
  JumpToLatestProps,
  LoadingOlderProps,
  OlderErrorProps,
  StartOfConversationProps,
  ViewComponents,
} from './TranscriptView/parts.js';
// --- The view ---------------------------------------------------------------------------------
export {
  type TranscriptPlace,
  type TranscriptScrollOptions,
  TranscriptView,
  type TranscriptViewHandle,
  type TranscriptViewProps,
} from './TranscriptView/TranscriptView.js';
export type { TranscriptHighlight } from './TranscriptView/useSearchHighlight.js';
