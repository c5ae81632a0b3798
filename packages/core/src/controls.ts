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
  // Replayed in time order (a stable sort: at the same time, the one listed later is the later
  // one), a typing event starts typing and a message or leave ends it. An item without a time
  // comes last: a message without a time ends typing whenever it was.
  const typing = new Map<string, TypingParticipant>();
  const timeOf = (item: TranscriptItem) => {
    const at = Date.parse(item.AbsoluteTime ?? '');
    return Number.isNaN(at) ? Infinity : at;
  };
  for (const item of [...items].sort((a, b) => timeOf(a) - timeOf(b) || 0)) {
    const id = item.ParticipantId;
    const since = timeOf(item);
    const c = classifyItem(item);
    if (!id) continue;
    if (c.kind === 'control' && c.control === 'typing') {
      // Fresh (an unreadable time is not), and not from a clock far ahead.
      if (now - since < timeoutMs && since <= now + timeoutMs) {
        typing.set(id, {
          participantId: id,
          displayName: item.DisplayName,
          role: item.ParticipantRole,
          since,
        });
      }
    } else if (
      c.kind === 'message' ||
      c.kind === 'attachment' ||
      (c.kind === 'event' && c.event === 'participant-left')
    ) {
      typing.delete(id);
    }
  }
  return [...typing.values()].sort(
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
    if (c.kind === 'control') {
      const at = item.AbsoluteTime ?? new Date(0).toISOString();
      mark(
        meta?.MessageId,
        c.control === 'delivered' ? at : undefined,
        c.control === 'read' ? at : undefined,
      );
    }
    for (const r of meta?.Receipts ?? []) {
      mark(meta?.MessageId ?? item.Id, r.DeliveredTimestamp, r.ReadTimestamp);
    }
  }
  return receipts;
}
