import { classifyItem } from './classify.js';
import type { TranscriptItem } from './schemas.js';

/**
 * Where the reader stopped reading: see {@link unreadFromItems}.
 *
 * @example
 * ```ts
 * const { count, firstUnreadId }: UnreadState = unreadFromItems(items, myParticipantId);
 * ```
 */
export interface UnreadState {
  /** The `Id` of the oldest unread message, or `undefined` when everything has been read. */
  readonly firstUnreadId: string | undefined;
  /** How many messages and attachments from others are unread. */
  readonly count: number;
  /** The unread messages' `Id`s, oldest first. */
  readonly ids: readonly string[];
  /**
   * Whether the reader's last read (or own) message is among the items. When it is not and
   * older pages exist, they may hold more unread messages: `count` is then a lower bound
   * (`scrollToUnread()` in the view pages back to find the boundary).
   */
  readonly readFound: boolean;
}

const NOTHING_UNREAD: UnreadState = {
  firstUnreadId: undefined,
  count: 0,
  ids: [],
  readFound: true,
};
const NOTHING_KNOWN: UnreadState = {
  firstUnreadId: undefined,
  count: 0,
  ids: [],
  readFound: false,
};

/** Whether an item is something someone said (a message or an attachment), not an event. */
function isSaid(item: TranscriptItem): boolean {
  const kind = classifyItem(item).kind;
  return kind === 'message' || kind === 'attachment';
}

/**
 * What the reader has not read yet, from what the server says: the messages and attachments of
 * others after the last one the reader read. A message counts as read by the reader when its
 * `MessageMetadata.Receipts` hold a `ReadTimestamp` for the reader's participant, or a
 * `MESSAGE_READ` event from the reader names it; anything the reader sent marks everything
 * before it as read too (they answered it). Messages from others without a read receipt after
 * that point are unread.
 *
 * `items` are chronological (as `useTranscript` and `allItems` give them). Returns the same
 * object for "nothing unread", so it can be compared by identity. Only the items given are
 * read: `readFound` tells whether the boundary is among them.
 *
 * @example
 * ```ts
 * const unread = unreadFromItems(transcript.items, participantId);
 * badge.textContent = unread.count ? String(unread.count) : '';
 * ```
 */
export function unreadFromItems(
  items: readonly TranscriptItem[],
  participantId: string,
): UnreadState {
  if (!participantId) return NOTHING_KNOWN;
  // Message ids the reader's MESSAGE_READ events name (they may come later than the message).
  const readByEvent = new Set<string>();
  for (const item of items) {
    const c = classifyItem(item);
    if (c.kind === 'control' && c.control === 'read' && item.ParticipantId === participantId) {
      const id = item.MessageMetadata?.MessageId;
      if (id) readByEvent.add(id);
    }
  }
  const isRead = (item: TranscriptItem): boolean =>
    (item.Id !== undefined && readByEvent.has(item.Id)) ||
    (item.MessageMetadata?.Receipts ?? []).some(
      (r) => r.RecipientParticipantId === participantId && !!r.ReadTimestamp,
    );
  let readUpTo = -1;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (!isSaid(item)) continue;
    if (item.ParticipantId === participantId || isRead(item)) {
      readUpTo = i;
      break;
    }
  }
  const ids: string[] = [];
  for (let i = readUpTo + 1; i < items.length; i++) {
    const item = items[i]!;
    if (isSaid(item) && item.Id && item.ParticipantId !== participantId) ids.push(item.Id);
  }
  const readFound = readUpTo !== -1;
  if (ids.length === 0) return readFound ? NOTHING_UNREAD : NOTHING_KNOWN;
  return { firstUnreadId: ids[0], count: ids.length, ids, readFound };
}

/**
 * A conversation of a persistent chat: the items from one `chat.ended` (exclusive) to the next
 * (inclusive). See {@link sessionsFromItems}.
 *
 * @example
 * ```ts
 * const last: TranscriptSession | undefined = sessionsFromItems(items).at(-1);
 * ```
 */
export interface TranscriptSession {
  /** Index in `items` of the session's first item. */
  readonly start: number;
  /** Index in `items` after the session's last item. */
  readonly end: number;
  /** Whether the session ended with a `chat.ended` event. */
  readonly ended: boolean;
}

/**
 * The conversations of a chat's history. A persistent chat's transcript holds earlier contacts
 * before the current one; a conversation ends at its `chat.ended` event, not at a transfer or
 * any other change of contact, so a conversation that was transferred twice stays one. Items
 * after the last `chat.ended` are the current conversation (`ended: false`); a transcript
 * without any `chat.ended` is one session.
 *
 * Only the last session can be live: an earlier session's `chat.ended` is history, not the end
 * of the chat being read (see {@link chatHasEnded}).
 *
 * @example
 * ```ts
 * for (const s of sessionsFromItems(items)) {
 *   if (s.start > 0) render(<PreviousConversationDivider before={items[s.start]} />);
 * }
 * ```
 */
export function sessionsFromItems(items: readonly TranscriptItem[]): TranscriptSession[] {
  const sessions: TranscriptSession[] = [];
  let start = 0;
  items.forEach((item, i) => {
    const c = classifyItem(item);
    if (c.kind === 'event' && c.event === 'chat-ended') {
      sessions.push({ start, end: i + 1, ended: true });
      start = i + 1;
    }
  });
  if (start < items.length || sessions.length === 0) {
    sessions.push({ start, end: items.length, ended: false });
  }
  return sessions;
}

/**
 * Whether the chat being read has ended: its last conversation ends with `chat.ended` and
 * nothing anyone said comes after it. A past conversation's `chat.ended` (a persistent chat
 * that goes on) does not count.
 *
 * @example
 * ```ts
 * composer.disabled = chatHasEnded(transcript.items);
 * ```
 */
export function chatHasEnded(items: readonly TranscriptItem[]): boolean {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const c = classifyItem(item);
    if (c.kind === 'event' && c.event === 'chat-ended') return true;
    if (c.kind === 'message' || c.kind === 'attachment') return false;
    if (c.kind === 'event' && c.event === 'participant-joined') return false;
  }
  return false;
}
