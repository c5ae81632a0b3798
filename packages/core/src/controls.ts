import { classifyItem } from './classify.js';
import type { ParticipantRole, TranscriptItem } from './schemas.js';

/**
 * Someone typing right now, from the latest `TYPING` event of a participant.
 *
 * @example
 * ```ts
 * const labels = typingFromItems(items, Date.now()).map(
 *   (p: TypingParticipant) => `${p.displayName ?? 'Someone'} is typing…`,
 * );
 * ```
 */
export interface TypingParticipant {
  readonly participantId: string;
  readonly displayName: string | undefined;
  readonly role: ParticipantRole | undefined;
  /** Epoch ms of the typing event. */
  readonly since: number;
}

/**
 * Delivery state of one message, from receipts. Times are ISO strings as the service sends.
 *
 * @example
 * ```ts
 * const state: ReceiptState | undefined = receiptsFromItems(items).get(messageId);
 * const seen = state?.readAt !== undefined;
 * ```
 */
export interface ReceiptState {
  readonly deliveredAt: string | undefined;
  readonly readAt: string | undefined;
}

/**
 * How long a typing event counts, as chat UIs (and Amazon's) show it.
 *
 * @example
 * ```ts
 * setTimeout(rerender, TYPING_TIMEOUT_MS); // the typing indicator has expired by then
 * ```
 */
export const TYPING_TIMEOUT_MS = 12_000;

const time = (item: TranscriptItem): number =>
  item.AbsoluteTime === undefined ? Number.NaN : Date.parse(item.AbsoluteTime);

/**
 * Who is typing at `now`: participants whose latest `TYPING` event is younger than `timeoutMs`
 * and who have not sent a message or left since. Ordered by when they started. The order of
 * `items` does not matter.
 *
 * @example
 * ```ts
 * const typing = typingFromItems(allItems, Date.now()).filter((p) => p.participantId !== me);
 * ```
 */
export function typingFromItems(
  items: readonly TranscriptItem[],
  now: number,
  timeoutMs: number = TYPING_TIMEOUT_MS,
): TypingParticipant[] {
  // Per participant: the latest typing event and the latest message/leave, each as
  // [time, position]; at the same time, the one listed later is the later one.
  const typing = new Map<string, [TypingParticipant, number]>();
  const lastActive = new Map<string, [number, number]>();
  items.forEach((item, index) => {
    const id = item.ParticipantId;
    if (!id) return;
    const c = classifyItem(item);
    const at = time(item);
    if (c.kind === 'control' && c.control === 'typing') {
      // Fresh (an unreadable time is not), not from a clock far ahead, and the latest.
      if (
        now - at < timeoutMs &&
        at <= now + timeoutMs &&
        !((typing.get(id)?.[0].since ?? at) > at)
      ) {
        typing.set(id, [
          {
            participantId: id,
            displayName: item.DisplayName,
            role: item.ParticipantRole,
            since: at,
          },
          index,
        ]);
      }
    } else if (
      c.kind === 'message' ||
      c.kind === 'attachment' ||
      (c.kind === 'event' && c.event === 'participant-left')
    ) {
      // A message without a time ends typing whenever it was.
      const t = Number.isNaN(at) ? Infinity : at;
      if (t >= (lastActive.get(id)?.[0] ?? t)) lastActive.set(id, [t, index]);
    }
  });
  const typingNow: TypingParticipant[] = [];
  for (const [t, index] of typing.values()) {
    const [activeAt, activeIndex] = lastActive.get(t.participantId) ?? [-Infinity, -1];
    if (activeAt < t.since || (activeAt === t.since && activeIndex < index)) typingNow.push(t);
  }
  return typingNow.sort(
    (a, b) => a.since - b.since || (a.participantId < b.participantId ? -1 : 1),
  );
}

/**
 * Delivered/read state per message id, from `MESSAGE_DELIVERED`/`MESSAGE_READ` items (their
 * `MessageMetadata.MessageId`) and from `MessageMetadata.Receipts` on messages. A read message
 * counts as delivered.
 *
 * @example
 * ```ts
 * const state = receiptsFromItems(items).get(lastOwnMessage.Id);
 * const label = state?.readAt ? 'Read' : state?.deliveredAt ? 'Delivered' : '';
 * ```
 */
export function receiptsFromItems(items: readonly TranscriptItem[]): Map<string, ReceiptState> {
  const receipts = new Map<string, ReceiptState>();
  const mark = (id: string | undefined, delivered?: string, read?: string) => {
    if (!id || (!delivered && !read)) return;
    const prev = receipts.get(id);
    const readAt = prev?.readAt ?? read;
    receipts.set(id, { deliveredAt: prev?.deliveredAt ?? delivered ?? readAt, readAt });
  };
  for (const item of items) {
    const meta = item.MessageMetadata;
    const c = classifyItem(item);
    if (c.kind === 'control' && (c.control === 'delivered' || c.control === 'read')) {
      const id = meta?.MessageId;
      const at = item.AbsoluteTime ?? new Date(0).toISOString();
      if (c.control === 'delivered') mark(id, at);
      else mark(id, undefined, at);
    }
    for (const r of meta?.Receipts ?? []) {
      mark(meta?.MessageId ?? item.Id, r.DeliveredTimestamp, r.ReadTimestamp);
    }
  }
  return receipts;
}
