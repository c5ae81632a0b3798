'use client';
import { isStreaming } from '@connect-transcript/core';
import { forwardRef } from 'react';
import type { MessageProps } from '../components.js';
import { useTranscriptRender } from '../context.js';
import { isMarkdownContent, messageContent } from './content.js';
import { cx, flag, roleAttr, senderName } from './names.js';

// The words of each processing state (redaction, translation, a custom Lambda) of a message.
const PROCESSING: Partial<Record<string, 'processing' | 'notDelivered' | 'notChecked'>> = {
  PROCESSING: 'processing',
  REJECTED: 'notDelivered',
  FAILED: 'notChecked',
};

/**
 * The default `Message` slot: sender name (first of a group, not for the reader's own), the
 * bubble with the content (or `renderContent`'s, or `children`), the time at the end of a
 * group, and "Delivered"/"Read" under the reader's last message. A message still being
 * processed (`MessageProcessingStatus`) says so instead, and one that streams in is
 * `aria-busy` until its last chunk.
 *
 * @example
 * ```tsx
 * <TranscriptView transcript={t} components={{ Message: (p) => <Message {...p} className="bubble" /> }} />
 * ```
 */
export const Message = forwardRef<HTMLDivElement, MessageProps>(function Message(
  { row, children, className, ...rest },
  ref,
) {
  const ctx = useTranscriptRender();
  const { item } = row;
  const own = children === undefined && !ctx.renderContent;
  const content =
    children ?? (ctx.renderContent ? ctx.renderContent(item, row) : messageContent(row, ctx));
  const status = item.MessageMetadata?.MessageProcessingStatus;
  const state =
    status !== undefined && Object.hasOwn(PROCESSING, status) ? PROCESSING[status] : undefined;
  const receipt =
    state === undefined && row.mine && item.Id !== undefined && item.Id === ctx.lastOwnMessageId
      ? ctx.receipts.get(item.Id)
      : undefined;
  // What the meta line says beside the time: the processing state, else the receipt.
  const note = state
    ? { text: ctx.messages[state], state }
    : receipt?.readAt
      ? { text: ctx.messages.read, state: 'read' }
      : receipt?.deliveredAt
        ? { text: ctx.messages.delivered, state: 'delivered' }
        : undefined;
  const time = ctx.formatTime(item.AbsoluteTime);
  const streaming = isStreaming(item);
  // The time shows at the end of a group.
  const stamp = (className: string | undefined) =>
    row.groupEnd && time ? (
      <time
        className={className}
        dateTime={item.AbsoluteTime}
        title={ctx.formatDateTime(item.AbsoluteTime)}
      >
        {time}
      </time>
    ) : null;
  return (
    <div
      ref={ref}
      data-mine={flag(row.mine)}
      data-role={roleAttr(item)}
      data-group-start={flag(row.groupStart)}
      data-group-end={flag(row.groupEnd)}
      data-status={state === 'processing' ? 'processing' : state ? 'failed' : undefined}
      data-streaming={flag(streaming)}
      aria-busy={streaming || state === 'processing' || undefined}
      {...rest}
      className={cx('ct-Message', className)}
    >
      {row.groupStart && !row.mine && ctx.senderNames !== 'hidden' && (
        <bdi className="ct-Message-sender">{senderName(item, ctx.messages, ctx.senderNames)}</bdi>
      )}
      <div
        className={own && isMarkdownContent(row) ? 'ct-Message-bubble ct-md' : 'ct-Message-bubble'}
        dir="auto"
      >
        {content}
      </div>
      {note ? (
        <div className="ct-Message-meta">
          {stamp(undefined)}
          <span className={state ? 'ct-Message-status' : 'ct-Receipt'} data-state={note.state}>
            {note.text}
          </span>
        </div>
      ) : (
        // Only the time: it is the meta line itself, no wrapper.
        stamp('ct-Message-meta')
      )}
    </div>
  );
});
