import { describe, expect, it } from 'vitest';
import {
  allItems,
  initialPageParam,
  pageRequest,
  refreshPage,
  rowItems,
  samePageParam,
  toPage,
} from './pages.js';
import type { TranscriptItem } from './schemas.js';

const msg = (id: string, second: number, extra: Partial<TranscriptItem> = {}): TranscriptItem => ({
  Id: id,
  Type: 'MESSAGE',
  ContentType: 'text/plain',
  Content: id,
  AbsoluteTime: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(),
  ...extra,
});

describe('initialPageParam', () => {
  it('opens at the newest page, scanning backward with no StartPosition', () => {
    expect(initialPageParam()).toEqual({ ScanDirection: 'BACKWARD' });
  });
  it('jumps to an item or a time by scanning forward from it', () => {
    expect(initialPageParam({ Id: 'm5' })).toEqual({
      ScanDirection: 'FORWARD',
      StartPosition: { Id: 'm5' },
    });
    const at = '2026-01-01T00:00:05.000Z';
    expect(initialPageParam({ AbsoluteTime: at }).StartPosition).toEqual({ AbsoluteTime: at });
  });
});

describe('pageRequest', () => {
  it('asks for pageSize items oldest first and carries contact, position and token', () => {
    expect(pageRequest({ ScanDirection: 'BACKWARD', NextToken: 't1' }, 'c1', 30)).toEqual({
      ContactId: 'c1',
      MaxResults: 30,
      SortOrder: 'ASCENDING',
      ScanDirection: 'BACKWARD',
      NextToken: 't1',
    });
    expect(pageRequest(initialPageParam(), undefined, 10).ContactId).toBeUndefined();
  });
});

describe('toPage', () => {
  const newest = initialPageParam();
  it('continues older with the NextToken of the same scan', () => {
    const page = toPage(newest, { Transcript: [msg('a', 1)], NextToken: 'next' });
    expect(page.older).toEqual({ ScanDirection: 'BACKWARD', NextToken: 'next' });
    expect(page.newer).toBeNull();
  });
  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('ends history when the NextToken is %s', (_, token) => {
    const page = toPage(newest, {
      Transcript: [msg('a', 1)],
      ...(token === undefined ? {} : { NextToken: token }),
    });
    expect(page.older).toBeNull();
  });
  it('links an older page to newer items by its newest item (for maxPages windows)', () => {
    const page = toPage(
      { ScanDirection: 'BACKWARD', NextToken: 't' },
      { Transcript: [msg('a', 1), msg('b', 2)] },
    );
    expect(page.newer).toEqual({ ScanDirection: 'FORWARD', StartPosition: { Id: 'b' } });
  });
  it('after a jump, continues newer with its token and older from its oldest item', () => {
    const param = initialPageParam({ AbsoluteTime: '2026-01-01T00:00:03.000Z' });
    const page = toPage(param, { Transcript: [msg('c', 3), msg('d', 4)], NextToken: 'fwd' });
    expect(page.newer).toEqual({ ...param, NextToken: 'fwd' });
    expect(page.older).toEqual({ ScanDirection: 'BACKWARD', StartPosition: { Id: 'c' } });
    expect(toPage(param, { Transcript: [], NextToken: '' }).newer).toBeNull();
  });
});

describe('samePageParam', () => {
  it('compares direction, start and token', () => {
    const a = { ScanDirection: 'BACKWARD', NextToken: 't' } as const;
    expect(samePageParam(a, { ...a })).toBe(true);
    expect(samePageParam(a, { ...a, NextToken: 'u' })).toBe(false);
    expect(samePageParam(a, { ...a, StartPosition: { Id: 'x' } })).toBe(false);
  });
});

describe('refreshPage', () => {
  const cached = toPage(initialPageParam(), {
    Transcript: [msg('a', 1), msg('b', 2)],
    NextToken: 'old',
  });
  it('keeps every loaded item and the cached older link when the pages overlap', () => {
    const fresh = toPage(initialPageParam(), {
      Transcript: [msg('b', 2), msg('c', 3)],
      NextToken: 'new',
    });
    const page = refreshPage(cached, fresh);
    expect(page.items.map((i) => i.Id)).toEqual(['a', 'b', 'c']);
    expect(page.older?.NextToken).toBe('old');
  });
  it('follows the fresh link when more than a page arrived meanwhile (no overlap)', () => {
    const fresh = toPage(initialPageParam(), { Transcript: [msg('y', 8)], NextToken: 'new' });
    expect(refreshPage(cached, fresh).older?.NextToken).toBe('new');
  });
});

describe('allItems and rowItems', () => {
  it('merges pages and live items chronologically, once per Id, without control rows', () => {
    const older = toPage(initialPageParam(), { Transcript: [msg('a', 1), msg('b', 2)] });
    const newer = toPage(initialPageParam(), { Transcript: [msg('b', 2), msg('c', 3)] });
    const typing: TranscriptItem = {
      Id: 't',
      Type: 'TYPING',
      ContentType: 'application/vnd.amazonaws.connect.event.typing',
      ParticipantId: 'p',
      AbsoluteTime: msg('x', 4).AbsoluteTime,
    };
    const all = allItems([newer, older], [msg('c', 3), msg('d', 5), typing]);
    expect(all.map((i) => i.Id)).toEqual(['a', 'b', 'c', 't', 'd']);
    expect(rowItems(all).map((i) => i.Id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
