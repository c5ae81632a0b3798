import { describe, expect, it } from 'vitest';
import { dataOf, keys, Model, rowsOf } from '../test/modelLayout.js';
import { type PagingInput, pagingActions } from './paging.js';
import type { ScrollerData } from './types.js';

const input = (data: Partial<ScrollerData>, patch: Partial<PagingInput> = {}): PagingInput => ({
  data: dataOf(rowsOf(keys(0, 10)), data),
  offset: 1000,
  viewport: 400,
  total: 5000,
  windowStart: 0,
  thresholdViewports: 1.5,
  underfillLoads: 0,
  underfillPages: 10,
  ...patch,
});

describe('paging rules', () => {
  it.each<[string, Partial<ScrollerData>, Partial<PagingInput>, string[]]>([
    ['far from both edges', { hasOlder: true, hasNewer: true }, {}, []],
    ['near the top', { hasOlder: true }, { offset: 500 }, ['fetch-older']],
    ['near the top, nothing older', { hasOlder: false }, { offset: 0 }, []],
    [
      'near the top, a page on its way',
      { hasOlder: true, isFetchingOlder: true },
      { offset: 0 },
      [],
    ],
    ['near the top after a failure', { hasOlder: true, olderFailed: true }, { offset: 0 }, []],
    [
      'near the top, loaded rows outside the window',
      { hasOlder: true },
      { offset: 0, windowStart: 200 },
      ['grow-window'],
    ],
    ['near the bottom after a jump', { hasNewer: true }, { offset: 4400 }, ['fetch-newer']],
    [
      'near the bottom, a newer page on its way',
      { hasNewer: true, isFetchingNewer: true },
      { offset: 4600 },
      [],
    ],
    [
      'after the chat ended',
      { hasOlder: true, hasNewer: true, ended: true },
      { offset: 0, total: 300 },
      [],
    ],
    [
      'not filled, under the cap',
      { hasOlder: true },
      { offset: 0, total: 300, underfillLoads: 9 },
      ['fetch-older'],
    ],
    [
      'not filled, at the cap',
      { hasOlder: true },
      { offset: 0, total: 300, underfillLoads: 10 },
      [],
    ],
    [
      // A view that grows to fit its rows is always "at the top": the cap holds there too.
      'at the top with more content than the viewport, at the cap',
      { hasOlder: true },
      { offset: 0, total: 5000, underfillLoads: 10 },
      [],
    ],
    ['before the viewport is laid out', { hasOlder: true }, { offset: 0, viewport: 0 }, []],
  ])('%s', (_, data, patch, expected) => {
    expect(pagingActions(input(data, patch))).toEqual(expected);
  });
});

/** A data layer whose older pages the test resolves by hand, counting requests. */
function pagedSource(from: number, to: number) {
  let first = from;
  const resolvers: (() => void)[] = [];
  const source = {
    requests: 0,
    inFlight: false,
    data: (): ScrollerData =>
      dataOf(rowsOf(keys(first, to)), {
        hasOlder: first > 0,
        isFetchingOlder: source.inFlight,
        fetchOlder: () => {
          source.requests++;
          source.inFlight = true;
          return new Promise<void>((resolve) => resolvers.push(resolve));
        },
      }),
    /** The page arrives: `size` older rows. */
    land(size: number) {
      first = Math.max(0, first - size);
      source.inFlight = false;
      resolvers.shift()?.();
    },
  };
  return source;
}

describe('loading older pages', () => {
  it('asks for one page at a time, however often the reader scrolls meanwhile', async () => {
    const s = pagedSource(980, 1000);
    const m = new Model({ height: () => 60 });
    m.render(s.data());
    m.frames(6);
    m.userScrollTo(0);
    m.frame();
    expect(s.requests).toBe(1);
    m.render(s.data());
    for (let i = 0; i < 10; i++) {
      m.userScrollTo(i % 2 ? 0 : 30);
      m.frame();
    }
    expect(s.requests).toBe(1);
    s.land(20);
    await Promise.resolve();
    m.render(s.data());
    m.userScrollTo(0);
    m.frames(2);
    expect(s.requests).toBe(2);
  });

  it('keeps loading while the rows do not fill the viewport, up to the cap', async () => {
    const s = pagedSource(1000, 1000);
    const m = new Model({ height: () => 60 });
    m.render(dataOf(rowsOf(['only']), s.data()));
    m.frames(6);
    for (let i = 0; i < 15; i++) {
      // Each page brings nothing that renders (typing, receipts…).
      s.land(0);
      await Promise.resolve();
      await Promise.resolve();
      m.render(dataOf(rowsOf(['only']), { ...s.data(), rows: rowsOf(['only']) }));
      m.frames(2);
    }
    expect(s.requests).toBe(10);
    // A reader's wheel lifts the cap.
    m.scroller.onUserInput();
    s.land(0);
    await Promise.resolve();
    await Promise.resolve();
    m.render(dataOf(rowsOf(['only']), { ...s.data(), rows: rowsOf(['only']) }));
    m.frames(2);
    expect(s.requests).toBe(11);
  });

  it('requests nothing in either direction once the chat has ended, and remembers it', () => {
    let older = 0;
    let newer = 0;
    const base = {
      hasOlder: true,
      hasNewer: true,
      fetchOlder: () => void older++,
      fetchNewer: () => void newer++,
    };
    const m = new Model({ height: () => 60 });
    const rows = rowsOf(keys(0, 3));
    m.render(dataOf(rows, { ...base, ended: true }));
    m.frames(8);
    expect(m.scroller.getSnapshot().ended).toBe(true);
    // The error that said so is gone (a refetch reset it): the chat is still over.
    m.render(dataOf(rows, base));
    m.userScrollTo(0);
    m.frames(4);
    m.scroller.fetchOlderNow();
    expect({ older, newer, ended: m.scroller.getSnapshot().ended }).toEqual({
      older: 0,
      newer: 0,
      ended: true,
    });
  });

  it('waits for the reader to retry after a failed page', () => {
    let older = 0;
    const m = new Model({ height: () => 60 });
    const data = dataOf(rowsOf(keys(0, 3)), {
      hasOlder: true,
      olderFailed: true,
      fetchOlder: () => void older++,
    });
    m.render(data);
    m.frames(8);
    expect(older).toBe(0);
    m.scroller.fetchOlderNow();
    expect(older).toBe(1);
  });
});
