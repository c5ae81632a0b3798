'use client';
import { forwardRef, type HTMLAttributes, memo } from 'react';
import { useTranscriptRender } from '../context.js';
import { Attachment as DefaultAttachment } from './Attachment.js';
import { DaySeparator as DefaultDaySeparator } from './DaySeparator.js';
import { Event as DefaultEvent } from './Event.js';
import { Message as DefaultMessage } from './Message.js';
import { cx, flag, roleAttr } from './names.js';
import { rowLabel } from './rowLabel.js';
import type { RowModel } from './rows.js';

/**
 * Props of {@link TranscriptRow}.
 *
 * @example
 * ```tsx
 * const props: TranscriptRowProps = { row, focused: true, tabIndex: 0 };
 * ```
 */
export interface TranscriptRowProps extends HTMLAttributes<HTMLDivElement> {
  readonly row: RowModel;
  /** Whether the row has the roving focus (sets `data-focused`). */
  readonly focused?: boolean | undefined;
}

/**
 * One row of the transcript: `role="listitem"` with an accessible name, the day separator and
 * history marker when the row starts one, then the message, attachment, event or — for a type
 * this version does not know — a neutral "Unsupported item" line. Never empty, never throws on
 * odd items. Rest props (tabIndex, id, data-index, style) and the ref go to the row element.
 *
 * @example
 * ```tsx
 * <div role="list">{rows.map((row) => <TranscriptRow key={row.key} row={row} />)}</div>
 * ```
 */
export const TranscriptRow = memo(
  forwardRef<HTMLDivElement, TranscriptRowProps>(function TranscriptRow(
    { row, focused, className, ...rest },
    ref,
  ) {
    const ctx = useTranscriptRender();
    const { components: c, messages: m } = ctx;
    const Message = c.Message ?? DefaultMessage;
    const Attachment = c.Attachment ?? DefaultAttachment;
    const Event = c.Event ?? DefaultEvent;
    const Separator = c.DaySeparator ?? DefaultDaySeparator;
    const { item, cls } = row;
    let body: React.ReactNode;
    if (cls.kind === 'message') body = <Message row={row} />;
    else if (cls.kind === 'attachment') {
      const attachments = item.Attachments ?? [];
      body = (
        <Message row={row}>
          {attachments.length > 0 ? (
            attachments.map((a, i) => (
              <Attachment key={a.AttachmentId ?? i} attachment={a} item={item} row={row} />
            ))
          ) : (
            <span className="ct-Neutral">{m.attachment}</span>
          )}
        </Message>
      );
    } else if (cls.kind === 'event') body = <Event row={row} />;
    else body = <div className="ct-Unsupported">{m.unsupportedItem}</div>;
    // A past conversation's marker says when it was.
    const conversationDate =
      row.historyStart && row.isHistory ? ctx.formatDateTime(item.AbsoluteTime) : '';
    return (
      // biome-ignore lint/a11y/useSemanticElements: a virtualized row is a positioned div in the view's role="list"
      <div
        ref={ref}
        role="listitem"
        aria-label={
          ctx.unreadKey === row.key ? `${m.newMessages}: ${rowLabel(row, ctx)}` : rowLabel(row, ctx)
        }
        data-key={row.key}
        data-kind={cls.kind}
        data-role={roleAttr(item)}
        data-mine={flag(row.mine)}
        data-group-start={flag(row.groupStart)}
        data-group-end={flag(row.groupEnd)}
        data-history={flag(row.isHistory)}
        data-focused={flag(Boolean(focused))}
        {...rest}
        className={cx('ct-Row', className)}
      >
        {row.daySeparator !== null && <Separator label={row.daySeparator} row={row} />}
        {row.historyStart && (
          <div className="ct-HistoryMarker" data-history={flag(row.isHistory)}>
            <span>
              {row.isHistory ? m.previousConversation : m.currentConversation}
              {conversationDate && (
                <>
                  {' · '}
                  <time dateTime={item.AbsoluteTime}>{conversationDate}</time>
                </>
              )}
            </span>
          </div>
        )}
        {ctx.unreadKey === row.key && (
          <div className="ct-UnreadDivider">
            <span>{m.newMessages}</span>
          </div>
        )}
        {body}
      </div>
    );
  }),
);
