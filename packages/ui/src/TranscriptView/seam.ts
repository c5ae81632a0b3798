// The view's one import point for ITEMS' side of the seam (rows, row component, render context).

// TEMPORARY until packages/react/src/index.ts exists.
export type { TranscriptState } from '../../../react/src/types.js';
export type { TranscriptComponents } from '../components.js';
export {
  createRenderContext,
  type TranscriptRenderContext,
  TranscriptRenderProvider,
} from '../context.js';
export { buildRows, lastOwnMessageId, type RowModel } from '../items/rows.js';
export { TranscriptRow } from '../items/TranscriptRow.js';
export { TypingIndicator } from '../items/TypingIndicator.js';
