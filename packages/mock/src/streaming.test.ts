import { mergeItems, rowItems, stitchStreams, type TranscriptItem } from '@connect-transcript/core';
import { describe, expect, it } from 'vitest';
import { streamingChunks } from './streaming.js';

const reply: TranscriptItem & { Id: string } = {
  Id: 'lex-7',
  Type: 'MESSAGE',
  ContentType: 'text/plain',
  ParticipantRole: 'CUSTOM_BOT',
  DisplayName: 'BOT',
  AbsoluteTime: '2026-03-01T10:00:00.000Z',
};
const PARTS = ['Let me check ', 'that order ', 'for you.'];

describe('streamingChunks', () => {
  it('makes one chunk per part, numbered from 1, the last one completed', () => {
    const chunks = streamingChunks(reply, PARTS);
    expect(chunks.map((c) => [c.Id, c.Content, c.MessageMetadata])).toEqual([
      ['lex-7', 'Let me check ', { MessageId: 'lex-7', ChunkNumber: 1 }],
      ['lex-7', 'that order ', { MessageId: 'lex-7', ChunkNumber: 2 }],
      ['lex-7', 'for you.', { MessageId: 'lex-7', ChunkNumber: 3, MessageCompleted: true }],
    ]);
  });

  it('stitches into the whole reply in any order of arrival, and a page copy replaces it', () => {
    const [a, b, c] = streamingChunks(reply, PARTS);
    for (const order of [
      [a!, b!, c!],
      [c!, a!, b!],
      [b!, c!, a!],
    ]) {
      const rows = rowItems(stitchStreams(mergeItems(order)));
      expect(rows.map((r) => [r.Id, r.Content])).toEqual([['lex-7', PARTS.join('')]]);
    }
    const page = { ...reply, Content: PARTS.join('') };
    const rows = rowItems(stitchStreams(mergeItems([a!, b!], [page])));
    expect(rows).toEqual([page]);
  });
});
