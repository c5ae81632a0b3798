import type { TranscriptError, TranscriptState } from '@connect-transcript/core';
import type { UseTranscriptResult } from './useTranscript.js';

declare const result: UseTranscriptResult;

// What the view consumes: every useTranscript result is a TranscriptState, without a cast.
export const forTheView: TranscriptState = result;

// The status union narrows: an error result always has its error.
export function errorOf(t: UseTranscriptResult): TranscriptError | undefined {
  if (t.status === 'error') {
    const e: TranscriptError = t.error;
    return e;
  }
  if (t.status === 'pending') {
    const none: null = t.error;
    return none ?? undefined;
  }
  // @ts-expect-error a success result may have no error (a refetch failure only)
  const always: TranscriptError = t.error;
  return always;
}

// @ts-expect-error addItems takes items, not a single item
result.addItems({ Id: 'x' });
