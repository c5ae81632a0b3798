import type { ParticipantRole, TranscriptItem } from '@connect-transcript/core';

/**
 * A file the simulator serves through GetAttachment and its signed URL.
 *
 * @example
 * ```ts
 * const file: SimAttachment = { id: 'a1', name: 'receipt.pdf', contentType: 'application/pdf', size: 2048 };
 * ```
 */
export interface SimAttachment {
  /** The `AttachmentId` items refer to. */
  readonly id: string;
  /** File name, as in the items' `AttachmentName`. */
  readonly name: string;
  /** MIME type, served as the file's `Content-Type`. */
  readonly contentType: string;
  /** The file's bytes. Give these or `size`. */
  readonly bytes?: Uint8Array | undefined;
  /** Size in bytes when no `bytes` are given (the simulator serves filler bytes of that size). */
  readonly size?: number | undefined;
}

/**
 * Someone in a chat.
 *
 * @example
 * ```ts
 * const agent: SimParticipant = { participantId: 'p-agent', displayName: 'Jordan', role: 'AGENT' };
 * ```
 */
export interface SimParticipant {
  readonly participantId: string;
  readonly displayName: string;
  readonly role: ParticipantRole;
}

/**
 * One contact (one chat session) and its items.
 *
 * @example
 * ```ts
 * const past: SimContact = { contactId: 'c-0', items: [{ Id: 'm1', Type: 'MESSAGE', Content: 'Hi' }] };
 * ```
 */
export interface SimContact {
  readonly contactId: string;
  /** `InitialContactId` of the responses for this contact. @default the contactId */
  readonly initialContactId?: string | undefined;
  /** The contact's items; sorted chronologically by the simulator. */
  readonly items: readonly TranscriptItem[];
}

/**
 * One chat: the current contact, its items and, with persistent chat, the previous contacts
 * whose history it continues (oldest first). This is what {@link generateTranscript} returns
 * and what the simulator's `chats` option takes.
 *
 * @example
 * ```ts
 * const chat: SimChat = {
 *   contactId: 'c-1',
 *   items: [{ Id: 'm2', AbsoluteTime: '2026-01-05T09:00:00.000Z', Type: 'MESSAGE', Content: 'Hello again' }],
 *   previousContacts: [{ contactId: 'c-0', items: [] }],
 * };
 * const sim = createParticipantSimulator({ chats: [chat] });
 * ```
 */
export interface SimChat extends SimContact {
  /** Earlier contacts of a persistent chat, oldest first. Their items carry `RelatedContactId`. */
  readonly previousContacts?: readonly SimContact[] | undefined;
  /** Files of this chat (of any of its contacts). */
  readonly attachments?: readonly SimAttachment[] | undefined;
  /** Who takes part (informational; the CLI prints them). */
  readonly participants?: readonly SimParticipant[] | undefined;
}

interface Segment {
  readonly contactId: string;
  readonly initialContactId: string;
  readonly start: number;
  /** Exclusive end, or `undefined` for the current contact (which grows). */
  end: number | undefined;
}

/** Where a contact lives: its chat log and its index in the contact chain. */
export interface ContactRef {
  readonly log: ChatLog;
  readonly segment: number;
}

const parseTime = (item: TranscriptItem): number => {
  const t = item.AbsoluteTime === undefined ? Number.NaN : Date.parse(item.AbsoluteTime);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/**
 * The stored transcript of one chat, indexed so a page never scans the chat: items of the whole
 * contact chain in one array (previous contacts first), an id → position map and a
 * non-decreasing time key per position for binary search. Items only ever join at the end, so a
 * position never changes meaning — that is what makes cursors stable under live appends.
 */
export class ChatLog {
  readonly items: TranscriptItem[] = [];
  /** Each item's JSON, made on first use: a page is then a join, not a serialisation. */
  private readonly json: (string | undefined)[] = [];
  /** Running maximum of `AbsoluteTime` (ms), so the array is sorted for binary search. */
  readonly times: number[] = [];
  readonly ids = new Map<string, number>();
  readonly segments: Segment[] = [];
  readonly attachments = new Map<string, SimAttachment>();
  /** Attachment id → where the first item naming it sits, and its review status there. */
  readonly attachmentRefs = new Map<string, { position: number; status: string | undefined }>();

  constructor(chat: SimChat) {
    const contacts = [...(chat.previousContacts ?? []), chat];
    contacts.forEach((contact, index) => {
      const isCurrent = index === contacts.length - 1;
      const start = this.items.length;
      const sorted = contact.items
        .map((item, i) => ({ item, i, t: parseTime(item) }))
        .sort((x, y) => x.t - y.t || x.i - y.i);
      for (const { item } of sorted) {
        this.push(
          isCurrent
            ? item.ContactId === undefined
              ? { ...item, ContactId: contact.contactId }
              : item
            : item.RelatedContactId === undefined
              ? { ...item, RelatedContactId: contact.contactId }
              : item,
        );
      }
      this.segments.push({
        contactId: contact.contactId,
        initialContactId: contact.initialContactId ?? contact.contactId,
        start,
        end: isCurrent ? undefined : this.items.length,
      });
    });
    for (const file of chat.attachments ?? []) this.attachments.set(file.id, file);
  }

  /** The current contact (the last of the chain). */
  get current(): Segment {
    return this.segments[this.segments.length - 1]!;
  }

  /** Exclusive end of what a reader of `segment` sees: that contact and its predecessors. */
  viewEnd(segment: number): number {
    return this.segments[segment]?.end ?? this.items.length;
  }

  /** Stores an item at the end; returns the stored (frozen) item. */
  push(item: TranscriptItem): TranscriptItem {
    const stored = Object.freeze(item);
    const last = this.times[this.times.length - 1] ?? Number.NEGATIVE_INFINITY;
    this.items.push(stored);
    this.times.push(Math.max(last, parseTime(stored)));
    const position = this.items.length - 1;
    if (stored.Id !== undefined && !this.ids.has(stored.Id)) this.ids.set(stored.Id, position);
    for (const a of stored.Attachments ?? []) {
      if (a.AttachmentId !== undefined && !this.attachmentRefs.has(a.AttachmentId)) {
        this.attachmentRefs.set(a.AttachmentId, { position, status: a.Status });
      }
    }
    return stored;
  }

  /** The JSON of the items at [from, to), comma-separated. */
  jsonOf(from: number, to: number, reverse: boolean): string {
    const parts: string[] = [];
    for (let k = 0; k < to - from; k++) {
      const i = reverse ? to - 1 - k : from + k;
      let text = this.json[i];
      if (text === undefined) {
        text = JSON.stringify(this.items[i]);
        this.json[i] = text;
      }
      parts.push(text);
    }
    return parts.join(',');
  }

  /** First position in [0, end) whose time is ≥ `t` (or `end`). */
  lowerBound(t: number, end: number): number {
    let lo = 0;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position in [0, end) whose time is > `t` (or `end`). */
  upperBound(t: number, end: number): number {
    let lo = 0;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Newest time stored, or `undefined` when empty. */
  newestTime(): number | undefined {
    const t = this.times[this.times.length - 1];
    return t === undefined || t === Number.NEGATIVE_INFINITY ? undefined : t;
  }
}
