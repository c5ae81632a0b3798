import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmItem, itemKey, mergeItems, renderKey } from './merge.js';
import type { TranscriptItem } from './schemas.js';
import { distinctItems, fcParams, items } from './test/arbitraries.js';

const timeOf = (item: TranscriptItem) => Date.parse(item.AbsoluteTime ?? '');

describe('mergeItems (properties)', () => {
  it('is idempotent: merging a list in again changes nothing', () => {
    fc.assert(
      fc.property(items(), items(), (a, b) => {
        const once = mergeItems(a, b);
        expect(mergeItems(once, b)).toEqual(once);
        expect(mergeItems(once)).toEqual(once);
      }),
      fcParams(),
    );
  });

  it('does not depend on the order of the lists when ids and times are distinct', () => {
    fc.assert(
      fc.property(
        distinctItems().chain((all) =>
          fc.tuple(
            fc.constant(all),
            fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }),
          ),
        ),
        ([all, side]) => {
          const a = all.filter((_, i) => side[i]);
          const b = all.filter((_, i) => !side[i]);
          const merged = mergeItems(a, b);
          expect(mergeItems(b, a)).toEqual(merged);
          expect(merged).toEqual([...all].sort((x, y) => timeOf(x) - timeOf(y)));
        },
      ),
      fcParams(),
    );
  });

  it('never drops an id, and keeps each id once', () => {
    fc.assert(
      fc.property(fc.array(items(), { maxLength: 4 }), (lists) => {
        const merged = mergeItems(...lists);
        const inputIds = new Set(lists.flat().flatMap((i) => (i.Id ? [i.Id] : [])));
        const outputIds = merged.flatMap((i) => (i.Id ? [i.Id] : []));
        expect(new Set(outputIds)).toEqual(inputIds);
        expect(outputIds).toHaveLength(inputIds.size);
      }),
      fcParams(),
    );
  });

  it('keeps items without an Id or without a readable time', () => {
    fc.assert(
      fc.property(items(), items(), (a, b) => {
        const merged = mergeItems(a, b);
        const keys = new Set(merged.map(itemKey));
        for (const item of [...a, ...b]) expect(keys.has(itemKey(item))).toBe(true);
        // Items without an Id are kept once per distinct content.
        const idless = new Set([...a, ...b].filter((i) => !i.Id).map((i) => JSON.stringify(i)));
        expect(merged.filter((i) => !i.Id)).toHaveLength(idless.size);
      }),
      fcParams(),
    );
  });

  it('returns the items with a time in chronological order', () => {
    fc.assert(
      fc.property(fc.array(items(), { maxLength: 4 }), (lists) => {
        const times = mergeItems(...lists)
          .map(timeOf)
          .filter((t) => !Number.isNaN(t));
        expect(times).toEqual([...times].sort((x, y) => x - y));
      }),
      fcParams(),
    );
  });

  it('lets the later copy of an id win (the very object, not a copy)', () => {
    fc.assert(
      fc.property(fc.array(items(), { maxLength: 4 }), (lists) => {
        const last = new Map<string, TranscriptItem>();
        for (const item of lists.flat()) if (item.Id) last.set(item.Id, item);
        for (const item of mergeItems(...lists)) {
          if (item.Id) expect(item).toBe(last.get(item.Id));
        }
      }),
      fcParams(),
    );
  });
});

describe('mergeItems (examples)', () => {
  const at = (s: number) => new Date(Date.UTC(2024, 0, 1, 0, 0, s)).toISOString();

  it('puts an older page before the newest one and drops the overlap', () => {
    const newest = [
      { Id: 'c', AbsoluteTime: at(3) },
      { Id: 'd', AbsoluteTime: at(4) },
    ];
    const older = [
      { Id: 'a', AbsoluteTime: at(1) },
      { Id: 'b', AbsoluteTime: at(2) },
      { Id: 'c', AbsoluteTime: at(3) },
    ];
    expect(mergeItems(newest, older).map((i) => i.Id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps arrival order for items with the same time', () => {
    const merged = mergeItems(
      [{ Id: 'x', AbsoluteTime: at(1) }],
      [{ Id: 'y', AbsoluteTime: at(1) }],
    );
    expect(merged.map((i) => i.Id)).toEqual(['x', 'y']);
    const reversed = mergeItems(
      [{ Id: 'y', AbsoluteTime: at(1) }],
      [{ Id: 'x', AbsoluteTime: at(1) }],
    );
    expect(reversed.map((i) => i.Id)).toEqual(['y', 'x']);
  });

  it('keeps an item without a time right after the item that arrived before it', () => {
    const merged = mergeItems([
      { Id: 'late', AbsoluteTime: at(9) },
      { Id: 'timeless' },
      { Id: 'early', AbsoluteTime: at(1) },
    ]);
    expect(merged.map((i) => i.Id)).toEqual(['early', 'late', 'timeless']);
  });

  it('updates an item in place when a later copy brings receipts', () => {
    const sent = { Id: 'm', AbsoluteTime: at(2), Content: 'hi' };
    const read = {
      ...sent,
      MessageMetadata: { MessageId: 'm', Receipts: [{ ReadTimestamp: at(5) }] },
    };
    const merged = mergeItems(
      [{ Id: 'a', AbsoluteTime: at(1) }, sent, { Id: 'z', AbsoluteTime: at(3) }],
      [read],
    );
    expect(merged.map((i) => i.Id)).toEqual(['a', 'm', 'z']);
    expect(merged[1]).toBe(read);
  });

  it('does not reorder when a batch whose later copy lost its time is merged in again', () => {
    // Found by the idempotence property (seed 42): the time-less item `{Content: ''}` was placed
    // by the provisional time of `a`, which the repeated batch then changed.
    const batch = [
      { Id: 'a', AbsoluteTime: at(0), Content: '' },
      { Id: 'a', Content: '' },
      { Content: '' },
    ];
    const once = mergeItems([], batch);
    expect(mergeItems(once, batch)).toEqual(once);
    expect(once).toEqual([{ Id: 'a', Content: '' }, { Content: '' }]);
  });

  it('keeps unchanged items as the same objects (memoised rows do not re-render)', () => {
    const a = { Id: 'a', AbsoluteTime: at(1) };
    const b = { Id: 'b', AbsoluteTime: at(2) };
    const merged = mergeItems([a], [b]);
    expect(merged[0]).toBe(a);
    expect(merged[1]).toBe(b);
  });

  it('dedupes identical items without an Id, and keeps different ones', () => {
    const typing = { Type: 'TYPING', ParticipantId: 'p', AbsoluteTime: at(1) };
    const merged = mergeItems([typing], [{ ...typing }, { ...typing, AbsoluteTime: at(2) }]);
    expect(merged).toHaveLength(2);
  });

  it('returns an empty list for no input', () => {
    expect(mergeItems()).toEqual([]);
    expect(mergeItems([], [])).toEqual([]);
  });
});

describe('confirmItem', () => {
  const msg = (Id: string, AbsoluteTime: string, Content = Id): TranscriptItem => ({
    Id,
    Type: 'MESSAGE',
    ContentType: 'text/plain',
    Content,
    AbsoluteTime,
    ParticipantRole: 'CUSTOMER',
  });
  const a = msg('a', '2026-01-01T10:00:00.000Z');
  const temp = msg('local-1', '2026-01-01T10:00:05.000Z', 'Hello');

  it('gives the sent message its real Id and time, rendered under the temporary key', () => {
    const before = [a, temp];
    const after = confirmItem(before, 'local-1', {
      Id: 'real-1',
      AbsoluteTime: '2026-01-01T10:00:04.000Z',
    });
    expect(after.map((i) => [i.Id, i.AbsoluteTime, i.Content])).toEqual([
      ['a', '2026-01-01T10:00:00.000Z', 'a'],
      ['real-1', '2026-01-01T10:00:04.000Z', 'Hello'],
    ]);
    expect(after.map(renderKey)).toEqual(['a', 'local-1']);
    expect(after.map(itemKey)).toEqual(['a', 'real-1']);
    // The input is left as it was.
    expect(before.map((i) => i.Id)).toEqual(['a', 'local-1']);
  });

  it('keeps the key through later copies: the echo, then a page', () => {
    const confirmed = confirmItem([a, temp], 'local-1', { Id: 'real-1' });
    const echo = msg('real-1', '2026-01-01T10:00:05.100Z', 'Hello');
    const withEcho = mergeItems(confirmed, [echo]);
    expect(withEcho.map(renderKey)).toEqual(['a', 'local-1']);
    const page = [a, { ...echo, Content: 'Hello (redacted)' }];
    const all = mergeItems(page, withEcho);
    expect(all.map(renderKey)).toEqual(['a', 'local-1']);
    expect(mergeItems(withEcho, page).map((i) => i.Content)).toEqual(['a', 'Hello (redacted)']);
  });

  it('merges with an echo that came before the answer: one item', () => {
    const echo = msg('real-1', '2026-01-01T10:00:05.100Z', 'Hello');
    const after = confirmItem([a, temp, echo], 'local-1', { Id: 'real-1' });
    expect(after.map((i) => i.Id)).toEqual(['a', 'real-1']);
    expect(after.map(renderKey)).toEqual(['a', 'local-1']);
    expect(after[1]!.AbsoluteTime).toBe(echo.AbsoluteTime);
  });

  it('changes nothing for an unknown id, and other items render under their own key', () => {
    const after = confirmItem([a, temp], 'nope', { Id: 'x' });
    expect(after).toEqual([a, temp]);
    expect(after.map(renderKey)).toEqual(['a', 'local-1']);
  });
});
