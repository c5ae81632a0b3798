// Public surface of @connect-transcript/ui. Curated: nothing else is public. Styles ship
// separately: `import '@connect-transcript/ui/styles.css'`.

// --- What apps need from the layers below (one import) -----------------------------------------
export {
  type AttachmentItem,
  isTranscriptError,
  type ParticipantRole,
  type ReceiptState,
  TranscriptError,
  type TranscriptErrorCode,
  type TranscriptItem,
  type TypingParticipant,
} from '@connect-transcript/core';
export type { TranscriptState } from '@connect-transcript/react';

// --- Strings, slots, static data ----------------------------------------------------------------
export type { TranscriptComponents } from './components.js';
// --- Rows and their parts (ITEMS) ---------------------------------------------------------------
export type { RowModel } from './items/rows.js';
export { defaultMessages, type TranscriptMessages } from './messages.js';
export { type StaticTranscriptOptions, staticTranscript } from './staticTranscript.js';
export type {
  EmptyProps,
  ErrorProps,
  JumpToLatestProps,
  LoadingOlderProps,
  OlderErrorProps,
  StartOfConversationProps,
  ViewComponents,
} from './TranscriptView/parts.js';
// --- The view (VIEW) ---------------------------------------------------------------------------
export {
  type TranscriptScrollOptions,
  TranscriptView,
  type TranscriptViewHandle,
  type TranscriptViewProps,
} from './TranscriptView/TranscriptView.js';
// ITEMS: add the row parts' exports here (Message, Event, Attachment, DaySeparator,
// TypingIndicator, TranscriptRow, buildRows, render context, prop types).
