import { describe, expect, it } from 'vitest';
import * as ui from './index.js';

describe('public exports', () => {
  it('are exactly the curated runtime list (type exports are checked by tsc)', () => {
    // Adding a public export? Add it here too, with TSDoc and an @example at its definition.
    expect(Object.keys(ui).sort()).toEqual([
      'Attachment',
      'DEFAULT_GROUP_GAP_MS',
      'DaySeparator',
      'Event',
      'Message',
      'TranscriptError',
      'TranscriptRenderProvider',
      'TranscriptRow',
      'TranscriptView',
      'TypingIndicator',
      'buildRows',
      'createRenderContext',
      'defaultMessages',
      'fillName',
      'isTranscriptError',
      'itemWordsOf',
      'lastOwnMessageId',
      'linkify',
      'rowLabel',
      'rowText',
      'safeHref',
      'senderName',
      'staticTranscript',
      'useTranscriptRender',
    ]);
  });
});
