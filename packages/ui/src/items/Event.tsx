'use client';
import type { TranscriptItem } from '@connect-transcript/core';
import { forwardRef } from 'react';
import type { EventProps } from '../components.js';
import { type TranscriptRenderContext, useTranscriptRender } from '../context.js';
import type { TranscriptMessages } from '../messages.js';
import { cx, senderName } from './names.js';
import type { RowModel } from './rows.js';

const WITH_NAME: Partial<Record<string, keyof TranscriptMessages>> = {
  'participant-joined': 'participantJoined',
  'participant-left': 'participantLeft',
  'participant-idle': 'participantIdle',
  'participant-returned': 'participantReturned',
  'participant-invited': 'participantInvited',
  'auto-disconnected': 'autoDisconnected',
};
const PLAIN: Partial<Record<string, keyof TranscriptMessages>> = {
  'transfer-succeeded': 'transferSucceeded',
  'transfer-failed': 'transferFailed',
  'chat-ended': 'chatEndedEvent',
  'chat-rehydrated': 'chatRehydrated',
};

/** The sentence an event row shows ("Ana joined the chat"); a generic one for unknown events. */
export function eventText(item: TranscriptItem, row: RowModel, m: TranscriptMessages): string {
  const kind = row.cls.kind === 'event' ? row.cls.event : 'unknown';
  const withName = WITH_NAME[kind];
  if (withName) return (m[withName] as (name: string) => string)(senderName(item, m));
  const plain = PLAIN[kind];
  return plain ? (m[plain] as string) : m.unknownEvent;
}

/**
 * The default `Event` slot: one centred line ("Ana joined the chat", "The chat ended") with
 * its time. Names are text, never markup.
 *
 * @example
 * ```tsx
 * <TranscriptView transcript={t} components={{ Event: (p) => <Event {...p} className="quiet" /> }} />
 * ```
 */
export const Event = forwardRef<HTMLDivElement, EventProps>(function Event(
  { row, className, ...rest },
  ref,
) {
  const ctx: TranscriptRenderContext = useTranscriptRender();
  const time = ctx.formatTime(row.item.AbsoluteTime);
  return (
    <div
      ref={ref}
      data-event={row.cls.kind === 'event' ? row.cls.event : 'unknown'}
      {...rest}
      className={cx('ct-Event', className)}
    >
      <bdi className="ct-Event-text">{eventText(row.item, row, ctx.messages)}</bdi>
      {time && (
        <time className="ct-Event-time" dateTime={row.item.AbsoluteTime}>
          {time}
        </time>
      )}
    </div>
  );
});
