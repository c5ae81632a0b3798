import { isInteractiveAction } from './interactive.js';
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
  | 'participant-displayname-updated'
  | 'participant-active'
  | 'participant-inactive'
  | 'authentication-initiated'
  | 'authentication-succeeded'
  | 'authentication-failed'
  | 'authentication-timeout'
  | 'authentication-expired'
  | 'authentication-cancelled'
  | 'workflow-cancelled'
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
export type ControlKind =
  | 'typing'
  | 'delivered'
  | 'read'
  | 'connection-ack'
  | 'metadata'
  /** A "show more" / "previous options" tap on an interactive message. */
  | 'interactive-action';

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

const CONNECT = 'application/vnd.amazonaws.connect.';
const EVENT_PREFIX = `${CONNECT}event.`;

/** `ContentType` suffixes (after {@link EVENT_PREFIX}) of events that have a `Type` of their own. */
const TYPED_SUFFIXES = [
  'participant.joined',
  'participant.left',
  'transfer.succeeded',
  'transfer.failed',
  'chat.ended',
  'typing',
  'message.delivered',
  'message.read',
];

/** The `ContentType` suffixes of all the events and controls we know. */
const EVENT_SUFFIXES: unknown[] = [
  ...TYPED_SUFFIXES,
  'participant.idle',
  'participant.returned',
  'participant.invited',
  'participant.autodisconnection',
  'chat.rehydrated',
  'participant.displayname.updated',
  'participant.active',
  'participant.inactive',
  'authentication.initiated',
  'authentication.succeeded',
  'authentication.failed',
  'authentication.timeout',
  'authentication.expired',
  'authentication.cancelled',
  'workflow.cancelled',
  'message.metadata',
  'connection.acknowledged',
];

/**
 * The `Type`s of events and controls: a typed suffix in upper case with `_` for `.`, and two
 * named otherwise. The other events come as `EVENT` with a `ContentType`.
 */
const EVENT_TYPES: unknown[] = [
  ...TYPED_SUFFIXES.map((suffix) => suffix.toUpperCase().replace('.', '_')),
  'CONNECTION_ACK',
  'MESSAGEMETADATA',
  'MESSAGE_METADATA',
];

/**
 * The class of a known event suffix or `Type` (`participant.joined`, `PARTICIPANT_JOINED`): its
 * name in lower case, words joined by `-`, without a leading `message` (two are renamed); or an
 * `unknown` event. Typing, `message…` (receipts, metadata) and `connection…` are controls.
 */
function eventClass(name = 'unknown'): ItemClass {
  const kind = name
    .toLowerCase()
    .replace(/^message[._]?/, '')
    .replace(/[._]/g, '-')
    .replace('participant-autodisconnection', 'auto-disconnected')
    .replace('acknowledged', 'ack');
  return /^(typing|message|connection)/i.test(name)
    ? { kind: 'control', control: kind as ControlKind }
    : { kind: 'event', event: kind as EventKind };
}

function messageFormat(contentType = 'text/plain'): MessageFormat {
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  if (type === 'text/plain') return 'plain';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'application/json' || type === `${CONNECT}message.interactive`) return 'interactive';
  if (type === `${CONNECT}message.interactive.response`) return 'interactive-response';
  return 'other';
}

/**
 * What a transcript item is, decided by `Type` and then `ContentType`:
 * - `message` (with the format of its `Content`), `attachment`;
 * - `event` (joined, left, transfer, chat ended, … or `unknown` for an event type that is new);
 * - `control`: typing, delivered/read receipts, connection ack, a "show more" tap on an
 *   interactive message — state, not rows;
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
  const contentType = item.ContentType ?? '';
  const suffix = contentType.startsWith(EVENT_PREFIX)
    ? contentType.slice(EVENT_PREFIX.length)
    : undefined;
  if (type === 'EVENT' || (type === undefined && suffix !== undefined)) {
    return eventClass(EVENT_SUFFIXES.includes(suffix) ? suffix : undefined);
  }
  if (EVENT_TYPES.includes(type)) return eventClass(type);
  if (type === 'ATTACHMENT' || (type === undefined && item.Attachments?.length)) {
    return { kind: 'attachment' };
  }
  if (type === 'MESSAGE' || (type === undefined && item.Content !== undefined)) {
    const format = messageFormat(item.ContentType);
    if (format === 'interactive-response' && isInteractiveAction(item)) {
      return { kind: 'control', control: 'interactive-action' };
    }
    return { kind: 'message', format };
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
