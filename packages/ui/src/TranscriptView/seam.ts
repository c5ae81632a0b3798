// The view's one import point for the rows' side of the seam (rows, row component, render context).

export type { TranscriptState } from '@connect-transcript/core';
export type { TranscriptComponents } from '../components.js';
export {
  createRenderContext,
  type TranscriptRenderContext,
  TranscriptRenderProvider,
} from '../context.js';
export { messageText } from '../items/content.js';
export { prepareDateFormats } from '../items/format.js';
export type { InteractiveSelection } from '../items/interactive.js';
export { inSentence, type SenderNames, senderName } from '../items/names.js';
export { createRowList, type RowList, type RowModel } from '../items/rows.js';
export { TranscriptRow } from '../items/TranscriptRow.js';
export { TypingIndicator } from '../items/TypingIndicator.js';
