import type { TranscriptItem } from './schemas.js';

/**
 * The event an `event` row shows.
 *
 * @example
 * ```ts
 * const c = classifyItem(item);
 * if (c.kind === 'event' && c.event === 'chat-ended') showEndBanner();
 * ```
 */
export type EventKind =
  | 'participant-joined'
  | 'participant-left'
  | 'participant-idle'
  | 'participant-returned'
  | 'participant-invited'
  | 'auto-disconnected'
  | 'transfer-succeeded'
  | 'transfer-failed'
  | 'chat-ended'
  | 'chat-rehydrated'
  | 'unknown';

/**
 * Items that change state (who is typing, receipts) but are never rows of the transcript.
 *
 * @example
 * ```ts
 * const c = classifyItem(item);
 * if (c.kind === 'control' && c.control === 'typing') noteTyping(item);
 * ```
 */
export type ControlKind = 'typing' | 'delivered' | 'read' | 'connection-ack' | 'metadata';

/**
 * How a message's `Content` is to be read.
 *
 * @example
 * ```ts
 * const c = classifyItem(item);
 * if (c.kind === 'message' && c.format === 'markdown') return renderMarkdown(item.Content);
 * ```
 */
export type MessageFormat = 'plain' | 'markdown' | 'interactive' | 'interactive-response' | 'other';

/**
 * What an item is, for rendering: see {@link classifyItem}.
 *
 * @example
 * ```ts
 * const c: ItemClass = classifyItem(item);
 * if (c.kind === 'unknown') return neutralRow(item); // never drop it
 * ```
 */
export type ItemClass =
  | { kind: 'message'; format: MessageFormat }
  | { kind: 'attachment' }
  | { kind: 'event'; event: EventKind }
  | { kind: 'control'; control: ControlKind }
  | { kind: 'unknown' };

const EVENT_PREFIX = 'application/vnd.amazonaws.connect.event.';

const EVENT_BY_SUFFIX: Record<string, EventKind | ControlKind> = {
  'participant.joined': 'participant-joined',
  'participant.left': 'participant-left',
  'participant.idle': 'participant-idle',
  'participant.returned': 'participant-returned',
  'participant.invited': 'participant-invited',
  'participant.autodisconnection': 'auto-disconnected',
  'transfer.succeeded': 'transfer-succeeded',
  'transfer.failed': 'transfer-failed',
  'chat.ended': 'chat-ended',
  'chat.rehydrated': 'chat-rehydrated',
  typing: 'typing',
  'message.delivered': 'delivered',
  'message.read': 'read',
  'message.metadata': 'metadata',
  'connection.acknowledged': 'connection-ack',
};

const BY_TYPE: Record<string, EventKind | ControlKind> = {
  PARTICIPANT_JOINED: 'participant-joined',
  PARTICIPANT_LEFT: 'participant-left',
  CHAT_ENDED: 'chat-ended',
  TRANSFER_SUCCEEDED: 'transfer-succeeded',
  TRANSFER_FAILED: 'transfer-failed',
  TYPING: 'typing',
  MESSAGE_DELIVERED: 'delivered',
  MESSAGE_READ: 'read',
  CONNECTION_ACK: 'connection-ack',
  MESSAGEMETADATA: 'metadata',
};

const CONTROL = new Set<string>(['typing', 'delivered', 'read', 'connection-ack', 'metadata']);

/** `table[key]`, own properties only: a `Type` of `constructor` must not find `Object`'s. */
const lookup = (table: Record<string, EventKind | ControlKind>, key: string | undefined) =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

const asClass = (kind: EventKind | ControlKind): ItemClass =>
  CONTROL.has(kind)
    ? { kind: 'control', control: kind as ControlKind }
    : { kind: 'event', event: kind as EventKind };

function messageFormat(contentType: string | undefined): MessageFormat {
  const type = (contentType ?? 'text/plain').split(';')[0]?.trim().toLowerCase();
  if (type === 'text/plain') return 'plain';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'application/vnd.amazonaws.connect.message.interactive') return 'interactive';
  if (type === 'application/vnd.amazonaws.connect.message.interactive.response') {
    return 'interactive-response';
  }
  if (type === 'application/json') return 'interactive';
  return 'other';
}

/**
 * What a transcript item is, decided by `Type` and then `ContentType`:
 * - `message` (with the format of its `Content`), `attachment`;
 * - `event` (joined, left, transfer, chat ended, … or `unknown` for an event type that is new);
 * - `control`: typing, delivered/read receipts, connection ack — state, not rows;
 * - `unknown`: a `Type` this version does not know. Render it as a neutral row, never drop it.
 *
 * @example
 * ```ts
 * const c = classifyItem(item);
 * if (c.kind === 'event' && c.event === 'transfer-succeeded') return <Transferred />;
 * ```
 */
export function classifyItem(item: TranscriptItem): ItemClass {
  const type = item.Type;
  if (type === 'MESSAGE') return { kind: 'message', format: messageFormat(item.ContentType) };
  if (type === 'ATTACHMENT') return { kind: 'attachment' };
  const byType = lookup(BY_TYPE, type);
  if (byType) return asClass(byType);
  if (type === 'EVENT' || (type === undefined && item.ContentType?.startsWith(EVENT_PREFIX))) {
    const suffix = item.ContentType?.startsWith(EVENT_PREFIX)
      ? item.ContentType.slice(EVENT_PREFIX.length)
      : '';
    return asClass(lookup(EVENT_BY_SUFFIX, suffix) ?? 'unknown');
  }
  if (type === undefined) {
    if (item.Attachments?.length) return { kind: 'attachment' };
    if (item.Content !== undefined)
      return { kind: 'message', format: messageFormat(item.ContentType) };
  }
  return { kind: 'unknown' };
}

/**
 * Whether an item is a row of the transcript (everything but control items).
 *
 * @example
 * ```ts
 * const rows = items.filter(isRowItem); // typing and receipts are state, not rows
 * ```
 */
export function isRowItem(item: TranscriptItem): boolean {
  return classifyItem(item).kind !== 'control';
}

/**
 * Whether an item belongs to an earlier contact of a persistent chat (it carries
 * `RelatedContactId`), so the view can mark it off as "Previous conversation".
 *
 * @example
 * ```ts
 * const firstOfThisChat = items.findIndex((item) => !isPersistentHistory(item));
 * ```
 */
export function isPersistentHistory(item: TranscriptItem): boolean {
  return Boolean(item.RelatedContactId);
}
