import type { TranscriptItem } from '@connect-transcript/core';
import * as core from '@connect-transcript/core';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { agent, at, customer, event, message } from '../test/items.js';
import { referenceRows } from '../test/rowsOracle.js';
import { buildRows, createRowList, lastOwnMessageId } from './rows.js';

const t = (iso: string, m: Partial<TranscriptItem> = {}, who = agent): TranscriptItem =>
  message('hi', who, { AbsoluteTime: iso, ...m });

describe('buildRows grouping', () => {
  it('groups consecutive messages of one participant within the gap', () => {
    const items = [
      message('a', agent, { AbsoluteTime: at(0) }),
      message('b', agent, { AbsoluteTime: at(1) }),
      message('c', agent, { AbsoluteTime: at(2) }),
      message('d', customer, { AbsoluteTime: at(3) }),
    ];
    const rows = buildRows(items, { timeZone: 'UTC' });
    expect(rows.map((r) => [r.groupStart, r.groupEnd])).toEqual([
      [true, false],
      [false, false],
      [false, true],
      [true, true],
    ]);
  });

  it('starts a new group after the time gap (default 5 minutes, configurable)', () => {
    const items = [
      message('a', agent, { AbsoluteTime: at(0) }),
      message('b', agent, { AbsoluteTime: at(6) }),
      message('c', agent, { AbsoluteTime: at(7) }),
    ];
    expect(buildRows(items, { timeZone: 'UTC' }).map((r) => r.groupStart)).toEqual([
      true,
      true,
      false,
    ]);
    expect(
      buildRows(items, { timeZone: 'UTC', groupGapMs: 10 * 60_000 }).map((r) => r.groupStart),
    ).toEqual([true, false, false]);
  });

  it('breaks a group at an event and at a new day', () => {
    const items = [
      message('a', agent, { AbsoluteTime: '2026-03-03T23:58:00.000Z' }),
      event('participant.joined', customer, { AbsoluteTime: '2026-03-03T23:58:30.000Z' }),
      message('b', agent, { AbsoluteTime: '2026-03-03T23:59:00.000Z' }),
      message('c', agent, { AbsoluteTime: '2026-03-04T00:01:00.000Z' }),
    ];
    const rows = buildRows(items, { timeZone: 'UTC' });
    expect(rows.map((r) => r.groupStart)).toEqual([true, true, true, true]);
    expect(rows[3]!.daySeparator).not.toBeNull();
  });
});

describe('buildRows mine', () => {
  const items = [
    message('a', { ...customer, ParticipantId: 'me' }),
    message('b', customer),
    message('c', agent),
    event('participant.joined', customer),
  ];
  it('decides by selfParticipantId when given', () => {
    expect(buildRows(items, { selfParticipantId: 'me' }).map((r) => r.mine)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
  it('decides by role otherwise (customer by default, agent when asked)', () => {
    expect(buildRows(items, {}).map((r) => r.mine)).toEqual([true, true, false, false]);
    expect(buildRows(items, { selfRole: 'AGENT' }).map((r) => r.mine)).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });
  it('uses the role for history items, whose ParticipantId is of an earlier contact', () => {
    const old = message(
      'old',
      { ...customer, ParticipantId: 'old-id' },
      { RelatedContactId: 'c0' },
    );
    expect(buildRows([old], { selfParticipantId: 'me' })[0]!.mine).toBe(true);
  });
  it('finds the last own message for receipts', () => {
    const rows = buildRows(items, {});
    expect(lastOwnMessageId(rows)).toBe(items[1]!.Id);
  });
});

describe('buildRows day separators', () => {
  // 2026-03-03T15:30Z is 00:30 on the 4th in Tokyo and 07:30 on the 3rd in Los Angeles.
  const items = [
    t('2026-03-03T14:30:00.000Z'),
    t('2026-03-03T15:30:00.000Z'),
    t('2026-03-04T07:30:00.000Z'),
    t('2026-03-04T08:30:00.000Z'),
  ];
  it('starts a new day at midnight in Asia/Tokyo', () => {
    const rows = buildRows(items, { timeZone: 'Asia/Tokyo', locale: 'en-US' });
    expect(rows.map((r) => r.daySeparator)).toEqual([
      'Tuesday, March 3, 2026',
      'Wednesday, March 4, 2026',
      null,
      null,
    ]);
  });
  it('starts a new day at midnight in America/Los_Angeles', () => {
    const rows = buildRows(items, { timeZone: 'America/Los_Angeles', locale: 'en-US' });
    expect(rows.map((r) => r.daySeparator)).toEqual([
      'Tuesday, March 3, 2026',
      null,
      null,
      'Wednesday, March 4, 2026',
    ]);
  });
  it('labels days in German and Arabic', () => {
    const de = buildRows(items, { timeZone: 'Asia/Tokyo', locale: 'de-DE' });
    expect(de[0]!.daySeparator).toBe('Dienstag, 3. März 2026');
    const ar = buildRows(items, { timeZone: 'Asia/Tokyo', locale: 'ar-EG' });
    expect(ar[1]!.daySeparator).toContain('الأربعاء');
    expect(ar[1]!.daySeparator).toMatch(/[٠-٩]/); // Arabic-Indic digits
  });
  it('says Today and Yesterday when given now and the words', () => {
    const rows = buildRows(items, {
      timeZone: 'Asia/Tokyo',
      now: Date.parse('2026-03-04T10:00:00.000Z'),
      relativeDays: { today: 'Heute', yesterday: 'Gestern' },
    });
    expect(rows.map((r) => r.daySeparator)).toEqual(['Gestern', 'Heute', null, null]);
  });
  it('uses a custom dayLabel', () => {
    const rows = buildRows(items, {
      timeZone: 'UTC',
      dayLabel: (d) => d.toISOString().slice(0, 10),
    });
    expect(rows.map((r) => r.daySeparator)).toEqual(['2026-03-03', null, '2026-03-04', null]);
  });
  it('skips items without a time and survives an invalid time zone', () => {
    const rows = buildRows(
      [t('2026-03-03T14:30:00.000Z'), message('x', agent, { AbsoluteTime: undefined })],
      {
        timeZone: 'Not/AZone',
      },
    );
    expect(rows[0]!.daySeparator).not.toBeNull();
    expect(rows[1]!.daySeparator).toBeNull();
  });
});

describe('buildRows history', () => {
  it('marks the start of each earlier conversation (after its chat.ended) and of the current one', () => {
    const ended = (contact: string) => event('chat.ended', agent, { RelatedContactId: contact });
    const items = [
      message('a', agent, { RelatedContactId: 'c1' }),
      message('b', agent, { RelatedContactId: 'c1' }),
      ended('c1'),
      message('c', agent, { RelatedContactId: 'c2' }),
      message('d', agent),
      message('e', agent),
    ];
    const rows = buildRows(items, {});
    expect(rows.map((r) => r.historyStart)).toEqual([true, false, false, true, true, false]);
    expect(rows.map((r) => r.isHistory)).toEqual([true, true, true, true, false, false]);
    // A group never spans two contacts.
    expect(rows.map((r) => r.groupStart)).toEqual([true, false, true, true, true, false]);
  });

  it('keeps a conversation transferred to another contact as one', () => {
    const items = [
      message('a', agent, { RelatedContactId: 'c1' }),
      message('b', agent, { RelatedContactId: 'c2' }),
      message('c', agent),
    ];
    expect(buildRows(items, {}).map((r) => r.historyStart)).toEqual([true, false, true]);
  });
  it('has no marker without history', () => {
    expect(buildRows([message('a'), message('b')], {}).some((r) => r.historyStart)).toBe(false);
  });
});

describe('buildRows reuse', () => {
  it('keeps RowModel objects of unchanged rows when older items are prepended', () => {
    const page2 = Array.from({ length: 5 }, (_, i) =>
      message(`new ${i}`, i % 2 ? agent : customer, { AbsoluteTime: at(100 + i * 10) }),
    );
    const page1 = Array.from({ length: 5 }, (_, i) =>
      message(`old ${i}`, i % 2 ? agent : customer, { AbsoluteTime: at(i * 10) }),
    );
    const first = buildRows(page2, { timeZone: 'UTC' });
    const second = buildRows([...page1, ...page2], { timeZone: 'UTC' }, first);
    expect(second.slice(6).every((row, i) => row === first[i + 1])).toBe(true);
    // Same day, so the day separator moved from the old first row to the new first row.
    expect(second[0]!.daySeparator).not.toBeNull();
    expect(second[5]).not.toBe(first[0]);
    expect(second[5]!.daySeparator).toBeNull();
  });
  it('replaces a row whose neighbour changed its grouping', () => {
    const a = message('a', agent, { AbsoluteTime: at(500) });
    const b = message('b', agent, { AbsoluteTime: at(501) });
    const first = buildRows([a], { timeZone: 'UTC' });
    const second = buildRows([a, b], { timeZone: 'UTC' }, first);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]!.groupEnd).toBe(false);
    const third = buildRows([a, b], { timeZone: 'UTC' }, second);
    expect(third[0]).toBe(second[0]);
    expect(third[1]).toBe(second[1]);
  });
  it('replaces a row whose item object changed (new receipts)', () => {
    const a = message('a', agent, { AbsoluteTime: at(600) });
    const first = buildRows([a], {});
    const second = buildRows([{ ...a }], {}, first);
    expect(second[0]).not.toBe(first[0]);
  });
  it('recomputes days when the time zone changes', () => {
    const items = [t('2026-03-03T14:30:00.000Z'), t('2026-03-03T15:30:00.000Z')];
    const utc = buildRows(items, { timeZone: 'UTC' });
    const tokyo = buildRows(items, { timeZone: 'Asia/Tokyo' }, utc);
    expect(utc.map((r) => r.daySeparator !== null)).toEqual([true, false]);
    expect(tokyo.map((r) => r.daySeparator !== null)).toEqual([true, true]);
  });
  it('builds 10,000 rows in linear time', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      message(`m ${i}`, i % 3 ? agent : customer, { AbsoluteTime: at(i * 3) }),
    );
    const started = performance.now();
    const rows = buildRows(many, { timeZone: 'Europe/Berlin', locale: 'de-DE' });
    const again = buildRows(
      [message('x', agent, { AbsoluteTime: at(-5) }), ...many],
      { timeZone: 'Europe/Berlin', locale: 'de-DE' },
      rows,
    );
    const elapsed = performance.now() - started;
    expect(again.slice(2).every((row, i) => row === rows[i + 1])).toBe(true);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('createRowList (rows on demand)', () => {
  const params = (numRuns = 150) => ({ seed: Number(process.env.FC_SEED ?? 42), numRuns });
  const people = [agent, customer, { ParticipantRole: 'CUSTOMER', DisplayName: 'Chris' }];
  const T0 = Date.parse('2026-03-03T20:00:00.000Z');
  const QUICK_REPLY = JSON.stringify({
    templateType: 'QuickReply',
    data: { content: { title: 'Pick', elements: [{ title: 'Yes' }, { title: 'No' }] } },
  });
  // Items as a transcript has them: mostly increasing times (gaps from seconds to days, so
  // groups, new days and midnights in any zone), some without a time or an Id, events among
  // messages, runs of earlier contacts (persistent chat).
  const arbItems = fc
    .array(
      fc.record({
        kind: fc.constantFrom('MESSAGE', 'MESSAGE', 'ATTACHMENT', 'EVENT', 'ENDED', 'QUESTION'),
        // A message's text: its own, or one of a question's options.
        says: fc.constantFrom(undefined, undefined, 'Yes', 'No'),
        who: fc.nat(people.length - 1),
        gapMin: fc.oneof(fc.nat(4), fc.nat(30), fc.nat(3000)),
        noTime: fc.nat(9).map((k) => k < 2),
        noId: fc.nat(9).map((k) => k === 0),
        contact: fc.constantFrom(undefined, undefined, 'c1', 'c2'),
      }),
      { maxLength: 60 },
    )
    .map((specs) => {
      let minutes = 0;
      return specs.map((s, i): TranscriptItem => {
        minutes += s.gapMin;
        const item: TranscriptItem = {
          Id: s.noId ? undefined : `x${i}`,
          Type: s.kind === 'ENDED' ? 'EVENT' : s.kind === 'QUESTION' ? 'MESSAGE' : s.kind,
          ContentType:
            s.kind === 'EVENT'
              ? 'application/vnd.amazonaws.connect.event.participant.joined'
              : s.kind === 'ENDED'
                ? 'application/vnd.amazonaws.connect.event.chat.ended'
                : s.kind === 'QUESTION'
                  ? 'application/vnd.amazonaws.connect.message.interactive'
                  : 'text/plain',
          Content:
            s.kind === 'EVENT' || s.kind === 'ENDED'
              ? undefined
              : s.kind === 'QUESTION'
                ? QUICK_REPLY
                : (s.says ?? `m${i}`),
          Attachments:
            s.kind === 'ATTACHMENT'
              ? [{ AttachmentId: `a${i}`, AttachmentName: 'f.pdf' }]
              : undefined,
          AbsoluteTime: s.noTime ? undefined : new Date(T0 + minutes * 60_000).toISOString(),
          RelatedContactId: s.contact,
          ...people[s.who],
        };
        return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
      });
    });
  const arbOptions = fc.record({
    selfParticipantId: fc.constantFrom(undefined, 'p-agent', 'p-cust'),
    selfRole: fc.constantFrom(undefined, 'AGENT' as const),
    timeZone: fc.constantFrom('UTC', 'Asia/Tokyo', 'America/Los_Angeles'),
    now: fc.constantFrom(undefined, T0 + 2 * 86_400_000),
  });
  const order = (n: number) =>
    fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

  it('builds every row, in any order of access, as a full sequential pass does', () => {
    fc.assert(
      fc.property(
        arbItems.chain((items) => fc.tuple(fc.constant(items), arbOptions, order(items.length))),
        ([items, options, indexes]) => {
          const expected = referenceRows(items, options);
          const list = createRowList(items, options);
          expect(list.length).toBe(items.length);
          for (const i of indexes) expect(list.at(i)).toEqual(expected[i]);
          for (const i of indexes) expect(list.keyAt(i)).toBe(expected[i]!.key);
          expect(list.lastOwnMessageId()).toBe(lastOwnMessageId(expected));
          expect(buildRows(items, options)).toEqual(expected);
        },
      ),
      params(),
    );
  });

  it("finds the reader's last message and the picks in lists made from one another as in a fresh list", () => {
    fc.assert(
      fc.property(
        arbItems,
        arbOptions,
        fc.array(fc.tuple(fc.boolean(), fc.nat(6)), { maxLength: 6 }),
        fc.nat(8),
        (all, options, steps, start) => {
          let lo = Math.min(start, all.length);
          let hi = Math.min(all.length, lo + 2);
          let list = createRowList(all.slice(lo, hi), options);
          // Asked before the next list is made (as the view does), or not asked at all.
          if (start % 2 === 0) list.lastOwnMessageId();
          for (const [older, n] of steps) {
            if (older) lo = Math.max(0, lo - n);
            else hi = Math.min(all.length, hi + n);
            const items = all.slice(lo, hi);
            list = createRowList(items, options, list);
            const expected = referenceRows(items, options);
            expect(list.lastOwnMessageId()).toBe(lastOwnMessageId(expected));
            // Rows kept from the previous list still carry the right pick (an answer may have
            // arrived after them, or a question before them).
            for (let i = 0; i < items.length; i++) expect(list.at(i)).toEqual(expected[i]);
          }
        },
      ),
      params(),
    );
  });

  it('keeps row objects across a prepend exactly when the row did not change', () => {
    fc.assert(
      fc.property(arbItems, arbItems, arbOptions, (older, newer, options) => {
        const first = createRowList(newer, options);
        const seen = newer.map((_, i) => first.at(i));
        const all = [...older.map((o) => ({ ...o, Id: o.Id && `old-${o.Id}` })), ...newer];
        const second = createRowList(all, options, first);
        const expected = referenceRows(all, options);
        newer.forEach((_, i) => {
          const j = i + older.length;
          const row = second.at(j);
          expect(row).toEqual(expected[j]);
          // Identity is kept when nothing about the row changed, and only then.
          expect(row === seen[i]).toBe(JSON.stringify(row) === JSON.stringify(seen[i]));
        });
      }),
      params(100),
    );
  });

  it('finds rows by key, with or without a right hint', () => {
    const items = Array.from({ length: 50 }, (_, i) => message(`k${i}`));
    const list = createRowList(items);
    expect(list.indexOf(items[7]!.Id!, 7)).toBe(7);
    expect(list.indexOf(items[7]!.Id!, 3)).toBe(7);
    expect(list.indexOf(items[7]!.Id!, -1, 99, 3, 7)).toBe(7);
    expect(list.indexOf(items[7]!.Id!)).toBe(7);
    expect(list.indexOf('nope')).toBeUndefined();
    expect(() => list.at(50)).toThrow(RangeError);
  });

  it('starts a new list when an option changes (zone, self)', () => {
    const items = [t('2026-03-03T14:30:00.000Z'), t('2026-03-03T15:30:00.000Z')];
    const utc = createRowList(items, { timeZone: 'UTC' });
    const tokyo = createRowList(items, { timeZone: 'Asia/Tokyo' }, utc);
    expect([utc.at(0), utc.at(1)].map((r) => r.daySeparator !== null)).toEqual([true, false]);
    expect([tokyo.at(0), tokyo.at(1)].map((r) => r.daySeparator !== null)).toEqual([true, true]);
    const asAgent = createRowList(items, { timeZone: 'Asia/Tokyo', selfRole: 'AGENT' }, tokyo);
    expect(asAgent.at(0).mine).toBe(true);
    expect(tokyo.at(0).mine).toBe(false);
  });

  it('opens 10,000 items by building only the rows asked for', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      message(`m ${i}`, i % 3 ? agent : customer, { AbsoluteTime: at(i * 3) }),
    );
    const classify = vi.spyOn(core, 'classifyItem');
    const list = createRowList(many, { timeZone: 'Europe/Berlin' });
    for (let i = 9_990; i < 10_000; i++) list.at(i);
    list.lastOwnMessageId();
    // The screenful, its neighbours and the last own message: nowhere near 10,000.
    expect(classify.mock.calls.length).toBeLessThan(30);
    classify.mockRestore();
  });
});
