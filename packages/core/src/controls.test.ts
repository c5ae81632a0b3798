import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiptsFromItems, TYPING_TIMEOUT_MS, typingFromItems } from './controls.js';
import type { TranscriptItem } from './schemas.js';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const ago = (ms: number) => new Date(NOW - ms).toISOString();

const typingItem = (participantId: string, msAgo: number, extra: Partial<TranscriptItem> = {}) => ({
  Type: 'TYPING',
  ContentType: 'application/vnd.amazonaws.connect.event.typing',
  ParticipantId: participantId,
  DisplayName: `Name of ${participantId}`,
  ParticipantRole: 'AGENT',
  AbsoluteTime: ago(msAgo),
  ...extra,
});
const message = (participantId: string, msAgo: number | undefined): TranscriptItem => ({
  Type: 'MESSAGE',
  Content: 'hi',
  ParticipantId: participantId,
  ...(msAgo === undefined ? {} : { AbsoluteTime: ago(msAgo) }),
});

describe('typingFromItems', () => {
  it('shows a participant who typed within the timeout, with name, role and start', () => {
    expect(typingFromItems([typingItem('agent', 1000)], NOW)).toEqual([
      {
        participantId: 'agent',
        displayName: 'Name of agent',
        role: 'AGENT',
        since: NOW - 1000,
      },
    ]);
  });

  it('forgets a typing event once the timeout has passed', () => {
    expect(TYPING_TIMEOUT_MS).toBe(12_000);
    expect(typingFromItems([typingItem('a', TYPING_TIMEOUT_MS - 1)], NOW)).toHaveLength(1);
    expect(typingFromItems([typingItem('a', TYPING_TIMEOUT_MS)], NOW)).toEqual([]);
    expect(typingFromItems([typingItem('a', 3000)], NOW, 2000)).toEqual([]);
  });

  it('stops showing typing once that participant sends a message, an attachment or leaves', () => {
    for (const after of [
      message('a', 500),
      { Type: 'ATTACHMENT', ParticipantId: 'a', AbsoluteTime: ago(500) },
      { Type: 'PARTICIPANT_LEFT', ParticipantId: 'a', AbsoluteTime: ago(500) },
      {
        Type: 'EVENT',
        ContentType: 'application/vnd.amazonaws.connect.event.participant.left',
        ParticipantId: 'a',
        AbsoluteTime: ago(500),
      },
    ]) {
      expect(typingFromItems([typingItem('a', 1000), after], NOW)).toEqual([]);
    }
  });

  it('keeps typing after an older message, and after someone else’s message', () => {
    expect(typingFromItems([message('a', 5000), typingItem('a', 1000)], NOW)).toHaveLength(1);
    expect(typingFromItems([typingItem('a', 1000), message('b', 500)], NOW)).toHaveLength(1);
  });

  it('does not depend on the order of the items (a message listed before a newer typing)', () => {
    const items = [message('a', 500), typingItem('a', 1000)];
    expect(typingFromItems(items, NOW)).toEqual([]);
  });

  it('uses the latest typing event of a participant', () => {
    const typing = typingFromItems(
      [
        typingItem('a', 1000, { DisplayName: 'new' }),
        typingItem('a', 8000, { DisplayName: 'old' }),
      ],
      NOW,
    );
    expect(typing).toEqual([expect.objectContaining({ since: NOW - 1000, displayName: 'new' })]);
  });

  it('ignores typing without a participant, without a readable time, or far in the future', () => {
    const items: TranscriptItem[] = [
      { Type: 'TYPING', AbsoluteTime: ago(100) },
      typingItem('no-time', 0, { AbsoluteTime: undefined }),
      typingItem('bad-time', 0, { AbsoluteTime: 'yesterday' }),
      typingItem('future', -(TYPING_TIMEOUT_MS + 1)),
    ];
    expect(typingFromItems(items, NOW)).toEqual([]);
    // A little clock skew is fine.
    expect(typingFromItems([typingItem('skewed', -2000)], NOW)).toHaveLength(1);
  });

  it('lists several participants by when they started typing', () => {
    const typing = typingFromItems(
      [typingItem('late', 100), typingItem('early', 5000), typingItem('middle', 2000)],
      NOW,
    );
    expect(typing.map((t) => t.participantId)).toEqual(['early', 'middle', 'late']);
  });

  it('counts a message without a time as the end of typing', () => {
    expect(typingFromItems([typingItem('a', 1000), message('a', undefined)], NOW)).toEqual([]);
  });

  it('at the same instant, the item listed later wins', () => {
    expect(typingFromItems([message('a', 1000), typingItem('a', 1000)], NOW)).toHaveLength(1);
    expect(typingFromItems([typingItem('a', 1000), message('a', 1000)], NOW)).toEqual([]);
  });

  it('gives the same answer for any order of items with distinct times (property)', () => {
    const itemsArb = fc
      .uniqueArray(fc.integer({ min: -15_000, max: 20_000 }), { maxLength: 12 })
      .chain((times) =>
        fc.tuple(
          ...times.map((ms) =>
            fc
              .tuple(fc.constantFrom('a', 'b', 'c'), fc.boolean())
              .map(
                ([p, isTyping]): TranscriptItem => (isTyping ? typingItem(p, ms) : message(p, ms)),
              ),
          ),
        ),
      );
    fc.assert(
      fc.property(
        itemsArb.chain((items) =>
          fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
        ),
        ([items, shuffled]) => {
          expect(typingFromItems(shuffled, NOW)).toEqual(typingFromItems(items, NOW));
        },
      ),
      { seed: Number(process.env.FC_SEED ?? 42), numRuns: 200 },
    );
  });
});

describe('receiptsFromItems', () => {
  const T1 = '2024-05-01T10:00:01.000Z';
  const T2 = '2024-05-01T10:00:02.000Z';

  it('reads MESSAGE_DELIVERED and MESSAGE_READ items by their MessageId', () => {
    const receipts = receiptsFromItems([
      { Type: 'MESSAGE_DELIVERED', AbsoluteTime: T1, MessageMetadata: { MessageId: 'm1' } },
      { Type: 'MESSAGE_READ', AbsoluteTime: T2, MessageMetadata: { MessageId: 'm1' } },
    ]);
    expect(receipts.get('m1')).toEqual({ deliveredAt: T1, readAt: T2 });
  });

  it('reads receipt events given by ContentType', () => {
    const receipts = receiptsFromItems([
      {
        Type: 'EVENT',
        ContentType: 'application/vnd.amazonaws.connect.event.message.delivered',
        AbsoluteTime: T1,
        MessageMetadata: { MessageId: 'm2' },
      },
    ]);
    expect(receipts.get('m2')).toEqual({ deliveredAt: T1, readAt: undefined });
  });

  it('counts a read message as delivered', () => {
    const receipts = receiptsFromItems([
      { Type: 'MESSAGE_READ', AbsoluteTime: T2, MessageMetadata: { MessageId: 'm3' } },
    ]);
    expect(receipts.get('m3')).toEqual({ deliveredAt: T2, readAt: T2 });
  });

  it('reads Receipts inside a message’s MessageMetadata', () => {
    const receipts = receiptsFromItems([
      {
        Id: 'm4',
        Type: 'MESSAGE',
        Content: 'hello',
        MessageMetadata: {
          MessageId: 'm4',
          Receipts: [{ DeliveredTimestamp: T1, ReadTimestamp: T2, RecipientParticipantId: 'p' }],
        },
      },
      // Receipts without a MessageId belong to the item's own Id.
      {
        Id: 'm5',
        Type: 'MESSAGE',
        MessageMetadata: { Receipts: [{ DeliveredTimestamp: T1 }] },
      },
    ]);
    expect(receipts.get('m4')).toEqual({ deliveredAt: T1, readAt: T2 });
    expect(receipts.get('m5')).toEqual({ deliveredAt: T1, readAt: undefined });
  });

  it('ignores receipts without a message id or without any time, and plain messages', () => {
    const receipts = receiptsFromItems([
      { Type: 'MESSAGE_READ', AbsoluteTime: T1 },
      { Type: 'MESSAGE', Id: 'x', Content: 'no receipts' },
      { Type: 'MESSAGE', Id: 'y', MessageMetadata: { MessageId: 'y', Receipts: [{}] } },
    ]);
    expect([...receipts.keys()]).toEqual([]);
  });

  it('still marks a receipt event without a time (at the epoch)', () => {
    const receipts = receiptsFromItems([
      { Type: 'MESSAGE_DELIVERED', MessageMetadata: { MessageId: 'm6' } },
    ]);
    expect(receipts.get('m6')?.deliveredAt).toBe(new Date(0).toISOString());
  });
});
