'use client';
import { forwardRef } from 'react';
import type { MessageProps } from '../components.js';
import { useTranscriptRender } from '../context.js';
import { isMarkdownContent, messageContent } from './content.js';
import { cx, flag, roleAttr, senderName } from './names.js';

/**
 * The default `Message` slot: sender name (first of a group, not for the reader's own), the
 * bubble with the content (or `renderContent`'s, or `children`), the time at the end of a
 * group, and "Delivered"/"Read" under the reader's last message.
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
  const receipt =
    row.mine && item.Id !== undefined && item.Id === ctx.lastOwnMessageId
      ? ctx.receipts.get(item.Id)
      : undefined;
  const receiptText = receipt?.readAt
    ? ctx.messages.read
    : receipt?.deliveredAt
      ? ctx.messages.delivered
      : undefined;
  const time = ctx.formatTime(item.AbsoluteTime);
  const status = item.MessageMetadata?.MessageProcessingStatus;
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
      data-status={status === 'FAILED' || status === 'REJECTED' ? 'failed' : undefined}
      {...rest}
      className={cx('ct-Message', className)}
    >
      {row.groupStart && !row.mine && (
        <bdi className="ct-Message-sender">{senderName(item, ctx.messages)}</bdi>
      )}
      <div
        className={own && isMarkdownContent(row) ? 'ct-Message-bubble ct-md' : 'ct-Message-bubble'}
        dir="auto"
      >
        {content}
      </div>
      {receiptText ? (
        <div className="ct-Message-meta">
          {stamp(undefined)}
          <span className="ct-Receipt" data-state={receipt?.readAt ? 'read' : 'delivered'}>
            {receiptText}
          </span>
        </div>
      ) : (
        // Only the time: it is the meta line itself, no wrapper.
        stamp('ct-Message-meta')
      )}
    </div>
  );
});
