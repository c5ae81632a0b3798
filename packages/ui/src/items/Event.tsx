'use client';
import type { EventKind, ItemWords, TranscriptItem } from '@connect-transcript/core';
import { forwardRef } from 'react';
import type { EventProps } from '../components.js';
import { type TranscriptRenderContext, useTranscriptRender } from '../context.js';
import {
  defaultMessages,
  fillName,
  type NameTemplate,
  type TranscriptMessages,
} from '../messages.js';
import { cx, inSentence, type SenderNames, senderName } from './names.js';
import type { RowModel } from './rows.js';

const EVENT_TEXT: Record<Exclude<EventKind, 'unknown'>, keyof TranscriptMessages> = {
  'participant-joined': 'participantJoined',
  'participant-left': 'participantLeft',
  'participant-idle': 'participantIdle',
  'participant-returned': 'participantReturned',
  'participant-invited': 'participantInvited',
  'auto-disconnected': 'autoDisconnected',
  'participant-displayname-updated': 'participantDisplayNameUpdated',
  'participant-active': 'participantActive',
  'participant-inactive': 'participantInactive',
  'authentication-initiated': 'authenticationInitiated',
  'authentication-succeeded': 'authenticationSucceeded',
  'authentication-failed': 'authenticationFailed',
  'authentication-timeout': 'authenticationTimeout',
  'authentication-expired': 'authenticationExpired',
  'authentication-cancelled': 'authenticationCancelled',
  'transfer-succeeded': 'transferSucceeded',
  'transfer-failed': 'transferFailed',
  'chat-ended': 'chatEndedEvent',
  'chat-rehydrated': 'chatRehydrated',
  'workflow-cancelled': 'workflowCancelled',
};

/**
 * The view's words for events and for senders without a real name, in the shape core's
 * `searchTranscript` and `exportTranscript` take as `labels`: a search then finds what the rows
 * say, and an export writes it. Make it once (a module constant), not in each render.
 *
 * @example
 * ```tsx
 * const words = itemWordsOf(german); // the same `messages` the view gets
 * const { hits } = useTranscriptSearch(transcript, query, { labels: words });
 * <TranscriptView transcript={transcript} messages={german} />;
 * ```
 */
export function itemWordsOf(messages: Partial<TranscriptMessages> = {}): ItemWords {
  const m = { ...defaultMessages, ...messages };
  const events: Partial<Record<EventKind, NameTemplate>> = { unknown: m.unknownEvent };
  for (const [kind, key] of Object.entries(EVENT_TEXT) as [EventKind, keyof TranscriptMessages][])
    events[kind] = m[key] as NameTemplate;
  return { roleName: m.roleName, events };
}

/**
 * The sentence an event row shows ("Ana joined the chat"), with the participant's name or the
 * word for their role; a generic one for events this version does not know.
 */
export function eventText(
  item: TranscriptItem,
  row: RowModel,
  m: TranscriptMessages,
  names: SenderNames = 'shown',
): string {
  const kind = row.cls.kind === 'event' ? row.cls.event : 'unknown';
  const key = kind === 'unknown' ? 'unknownEvent' : EVENT_TEXT[kind];
  return fillName(m[key] as NameTemplate, senderName(item, m, names));
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
      <bdi className="ct-Event-text">
        {eventText(row.item, row, ctx.messages, inSentence(ctx.senderNames))}
      </bdi>
      {time && (
        <time className="ct-Event-time" dateTime={row.item.AbsoluteTime}>
          {time}
        </time>
      )}
    </div>
  );
});
