import type { TranscriptItem } from '@connect-transcript/core';

/**
 * A Lex streaming reply as the chat websocket delivers it: one chunk per part, all with the
 * message's `Id` and `MessageMetadata.MessageId`, `ChunkNumber` 1…n and `MessageCompleted: true`
 * on the last. Feed them to `addItems` one by one (core stitches them in chunk order); the
 * transcript itself holds the whole message, which a later page brings and which replaces the
 * partials — append `{ ...message, Content: parts.join('') }` to the simulator for that.
 *
 * @example
 * ```ts
 * const reply = { Id: 'lex-7', Type: 'MESSAGE', ContentType: 'text/plain', ParticipantRole: 'CUSTOM_BOT' };
 * const chunks = streamingChunks(reply, ['Let me check ', 'that order ', 'for you.']);
 * chunks.forEach((chunk, i) => setTimeout(() => transcript.addItems([chunk]), i * 300));
 * ```
 */
export function streamingChunks(
  message: TranscriptItem & { readonly Id: string },
  parts: readonly string[],
): TranscriptItem[] {
  return parts.map((part, i) => ({
    ...message,
    Content: part,
    MessageMetadata: {
      ...message.MessageMetadata,
      MessageId: message.Id,
      ChunkNumber: i + 1,
      ...(i === parts.length - 1 ? { MessageCompleted: true } : {}),
    },
  }));
}
