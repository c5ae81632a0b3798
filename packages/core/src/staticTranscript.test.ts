import { describe, expect, it } from 'vitest';
import type { TranscriptItem } from './schemas.js';
import { staticTranscript } from './staticTranscript.js';

const agent = { ParticipantId: 'p-agent', DisplayName: 'Ana', ParticipantRole: 'AGENT' };
const customer = { ParticipantId: 'p-cust', DisplayName: 'Chris', ParticipantRole: 'CUSTOMER' };
let seq = 0;
const message = (
  content: string,
  who: Partial<TranscriptItem>,
  extra: Partial<TranscriptItem> = {},
): TranscriptItem => ({
  Id: `m${++seq}`,
  Type: 'MESSAGE',
  ContentType: 'text/plain',
  Content: content,
  ...who,
  ...extra,
});

describe('staticTranscript', () => {
  it('sorts and dedupes items, keeps control items out of the rows and derives receipts and typing', async () => {
    const a = message('a', customer, { AbsoluteTime: '2026-03-03T10:00:00.000Z' });
    const b = message('b', agent, { AbsoluteTime: '2026-03-03T10:01:00.000Z' });
    const read = {
      Type: 'MESSAGE_READ',
      ContentType: 'application/vnd.amazonaws.connect.event.message.read',
      AbsoluteTime: '2026-03-03T10:02:00.000Z',
      MessageMetadata: { MessageId: a.Id },
    };
    const typing = {
      Type: 'TYPING',
      ContentType: 'application/vnd.amazonaws.connect.event.typing',
      AbsoluteTime: '2026-03-03T10:03:00.000Z',
      ...agent,
    };
    const t = staticTranscript([b, a, read, typing, a], {
      now: Date.parse('2026-03-03T10:03:05.000Z'),
    });
    expect(t.items).toEqual([a, b]);
    expect(t.status).toBe('success');
    expect(t.hasOlder).toBe(false);
    expect(t.receipts.get(a.Id!)?.readAt).toBe('2026-03-03T10:02:00.000Z');
    expect(t.typing.map((p) => p.displayName)).toEqual(['Ana']);
    await expect(t.fetchOlder()).resolves.toBeUndefined();
  });

  it('has no typing once the typing event is old', () => {
    const typing = { Type: 'TYPING', AbsoluteTime: '2026-03-03T10:00:00.000Z', ...agent };
    expect(
      staticTranscript([typing], { now: Date.parse('2026-03-03T11:00:00.000Z') }).typing,
    ).toEqual([]);
  });
});
