import { describe, expect, it } from 'vitest';
import { chatHasEnded, sessionsFromItems, unreadFromItems } from './reading.js';
import type { TranscriptItem } from './schemas.js';

const ME = 'customer-1';
const AGENT = 'agent-1';
let t = Date.UTC(2026, 0, 5, 9, 0, 0);
const at = () => {
  t += 1000;
  return new Date(t).toISOString();
};

const msg = (id: string, from: string, readByMe = false): TranscriptItem => ({
  Id: id,
  Type: 'MESSAGE',
  ContentType: 'text/plain',
  Content: `text of ${id}`,
  ParticipantId: from,
  ParticipantRole: from === ME ? 'CUSTOMER' : 'AGENT',
  AbsoluteTime: at(),
  ...(from !== ME
    ? {
        MessageMetadata: {
          MessageId: id,
          Receipts: [
            {
              RecipientParticipantId: ME,
              DeliveredTimestamp: at(),
              ...(readByMe ? { ReadTimestamp: at() } : {}),
            },
          ],
        },
      }
    : {}),
});
const event = (id: string, suffix: string, from = AGENT): TranscriptItem => ({
  Id: id,
  Type: 'EVENT',
  ContentType: `application/vnd.amazonaws.connect.event.${suffix}`,
  ParticipantId: from,
  ParticipantRole: 'AGENT',
  AbsoluteTime: at(),
});
const readEvent = (messageId: string, by: string): TranscriptItem => ({
  Id: `read-${messageId}-${by}`,
  Type: 'MESSAGE_READ',
  ContentType: 'application/vnd.amazonaws.connect.event.message.read',
  ParticipantId: by,
  MessageMetadata: { MessageId: messageId },
  AbsoluteTime: at(),
});

describe('unreadFromItems', () => {
  it('counts the messages of others after the last one the reader read', () => {
    const items = [
      msg('a1', AGENT, true),
      msg('a2', AGENT),
      event('e1', 'participant.idle'),
      msg('a3', AGENT),
    ];
    expect(unreadFromItems(items, ME)).toEqual({
      firstUnreadId: 'a2',
      count: 2,
      ids: ['a2', 'a3'],
      readFound: true,
    });
  });

  it('says when the boundary is not among the items (older pages may hold more unread)', () => {
    const unread = unreadFromItems([msg('a2', AGENT), msg('a3', AGENT)], ME);
    expect(unread).toMatchObject({ count: 2, readFound: false });
    expect(unreadFromItems([], ME).readFound).toBe(false);
    expect(unreadFromItems([msg('a1', AGENT)], '').readFound).toBe(false);
  });

  it('takes a read receipt only from the reader’s own participant', () => {
    const other: TranscriptItem = {
      ...msg('a1', AGENT),
      MessageMetadata: {
        MessageId: 'a1',
        Receipts: [{ RecipientParticipantId: 'someone-else', ReadTimestamp: at() }],
      },
    };
    expect(unreadFromItems([other], ME).ids).toEqual(['a1']);
  });

  it('counts a message named by the reader’s MESSAGE_READ event as read, and earlier ones with it', () => {
    const items = [msg('a1', AGENT), msg('a2', AGENT), readEvent('a2', ME), msg('a3', AGENT)];
    expect(unreadFromItems(items, ME).ids).toEqual(['a3']);
    // Someone else's read event says nothing about the reader.
    const theirs = [msg('a1', AGENT), readEvent('a1', AGENT)];
    expect(unreadFromItems(theirs, ME).ids).toEqual(['a1']);
  });

  it('treats what the reader sent as having read everything before it', () => {
    const items = [msg('a1', AGENT), msg('a2', AGENT), msg('c1', ME), msg('a3', AGENT)];
    expect(unreadFromItems(items, ME).ids).toEqual(['a3']);
  });

  it('returns one shared "nothing unread" value, and one for "nothing known"', () => {
    const none = unreadFromItems([msg('a1', AGENT, true)], ME);
    expect(none).toEqual({ firstUnreadId: undefined, count: 0, ids: [], readFound: true });
    expect(unreadFromItems([msg('c1', ME)], ME)).toBe(none);
    const unknown = unreadFromItems([], ME);
    expect(unknown).toEqual({ firstUnreadId: undefined, count: 0, ids: [], readFound: false });
    expect(unreadFromItems([msg('a1', AGENT)], '')).toBe(unknown);
  });

  it('counts attachments from others but never events', () => {
    const file: TranscriptItem = {
      Id: 'f1',
      Type: 'ATTACHMENT',
      ParticipantId: AGENT,
      Attachments: [{ AttachmentId: 'att-1', AttachmentName: 'invoice.pdf', Status: 'APPROVED' }],
      AbsoluteTime: at(),
    };
    expect(unreadFromItems([event('e1', 'participant.joined'), file], ME).ids).toEqual(['f1']);
  });
});

describe('sessionsFromItems', () => {
  it('splits a persistent chat at each chat.ended, not at a transfer', () => {
    const items = [
      msg('old-1', AGENT),
      event('tr', 'transfer.succeeded'),
      msg('old-2', AGENT),
      event('end-1', 'chat.ended'),
      msg('new-1', AGENT),
    ];
    expect(sessionsFromItems(items)).toEqual([
      { start: 0, end: 4, ended: true },
      { start: 4, end: 5, ended: false },
    ]);
  });

  it('is one open session without chat.ended, and one ended session when it ends last', () => {
    expect(sessionsFromItems([msg('a', AGENT)])).toEqual([{ start: 0, end: 1, ended: false }]);
    expect(sessionsFromItems([])).toEqual([{ start: 0, end: 0, ended: false }]);
    expect(sessionsFromItems([msg('a', AGENT), event('end', 'chat.ended')])).toEqual([
      { start: 0, end: 2, ended: true },
    ]);
  });
});

describe('chatHasEnded', () => {
  it('is true when the last conversation ended', () => {
    expect(chatHasEnded([msg('a', AGENT), event('end', 'chat.ended')])).toBe(true);
    expect(
      chatHasEnded([msg('a', AGENT), event('end', 'chat.ended'), event('l', 'participant.left')]),
    ).toBe(true);
  });

  it('is false when a past conversation ended and the chat went on', () => {
    expect(chatHasEnded([msg('a', AGENT), event('end', 'chat.ended'), msg('b', AGENT)])).toBe(
      false,
    );
    expect(
      chatHasEnded([msg('a', AGENT), event('end', 'chat.ended'), event('j', 'participant.joined')]),
    ).toBe(false);
    expect(chatHasEnded([msg('a', AGENT)])).toBe(false);
  });
});
