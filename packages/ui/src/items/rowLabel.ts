import type { TranscriptRenderContext } from '../context.js';
import { messageText } from './content.js';
import { eventText } from './Event.js';
import { inSentence, senderName } from './names.js';
import type { RowModel } from './rows.js';

/**
 * What a row says, without sender and time: the message text (markdown stripped, interactive
 * title and options, about 200 characters), the attachment names, or the event sentence.
 * For announcements such as `messages.newMessage(sender, rowText(row, ctx))`.
 *
 * @example
 * ```ts
 * rowText(row, ctx); // 'Your order shipped' or 'Attachment: invoice.pdf'
 * ```
 */
export function rowText(row: RowModel, ctx: TranscriptRenderContext): string {
  const { item, cls } = row;
  const m = ctx.messages;
  switch (cls.kind) {
    case 'message':
      return messageText(row, ctx);
    case 'attachment': {
      const names = (item.Attachments ?? []).map((a) => a.AttachmentName?.trim() || m.attachment);
      return m.attachments(names.length ? names : [m.attachment]);
    }
    case 'event':
      return eventText(item, row, m, inSentence(ctx.senderNames));
    default:
      return m.unsupportedItem;
  }
}

/**
 * The accessible name of a row: sender, time and {@link rowText} for messages and
 * attachments; the event sentence and time for events. Used as the row's `aria-label`.
 *
 * @example
 * ```ts
 * rowLabel(row, createRenderContext({ locale: 'en-GB' })); // 'Ana, 14:02: Your order shipped'
 * ```
 */
export function rowLabel(row: RowModel, ctx: TranscriptRenderContext): string {
  const kind = row.cls.kind;
  const text = rowText(row, ctx);
  if (kind !== 'message' && kind !== 'attachment' && kind !== 'event') return text;
  const time = ctx.formatTime(row.item.AbsoluteTime);
  if (kind === 'event') return time ? `${text}, ${time}` : text;
  const sender = row.mine
    ? ctx.messages.you
    : senderName(row.item, ctx.messages, inSentence(ctx.senderNames));
  return ctx.messages.rowLabel(sender, time, text);
}
