import { describe, expect, it } from 'vitest';
import { dataOf, keys, Model, rowsOf } from '../test/modelLayout.js';
import { arrivals, diffRows, edgesOf, NO_EDGES } from './follow.js';

const opened = (loaded = keys(900, 1000), patch = {}) => {
  const m = new Model({ height: (k) => 40 + ((Number(k.slice(1)) || 0) % 5) * 20 });
  m.render(dataOf(rowsOf(loaded), patch));
  m.frames(6);
  return m;
};

describe('following the live end', () => {
  it('stays pinned when messages arrive at the bottom, and when the last row grows', () => {
    const m = opened();
    for (let n = 1001; n <= 1010; n++) {
      m.render(dataOf(rowsOf(keys(900, n))));
      m.frame();
      expect(m.gapToEnd()).toBeCloseTo(0, 0);
    }
    m.resize('m1009', 600);
    m.frame();
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
    expect(m.scroller.getSnapshot()).toMatchObject({ pinned: true, newCount: 0 });
  });

  it('stays pinned when a reply replaces the typing row in the same update', () => {
    const m = opened();
    m.render(dataOf(rowsOf(keys(900, 1000)), { typing: true }));
    m.frame();
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
    m.render(dataOf(rowsOf(keys(900, 1001))));
    m.frame();
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
  });

  it('does not move a reader who scrolled up; counts what arrived instead', () => {
    const m = opened();
    m.userScrollBy(-500);
    m.frames(2);
    const eye = m.eyeKey();
    const before = m.top(eye);
    m.render(dataOf(rowsOf(keys(900, 1003))));
    m.frames(2);
    expect(m.top(eye)).toBeCloseTo(before ?? Number.NaN, 0);
    expect(m.scroller.getSnapshot()).toMatchObject({ pinned: false, newCount: 3 });
    expect(m.announcements.at(-1)).toEqual({ kind: 'incoming', key: 'm1002' });
  });

  it('brings the reader’s own new message into view from anywhere', () => {
    const m = opened();
    m.userScrollBy(-2000);
    m.frames(2);
    m.render(dataOf(rowsOf([...keys(900, 1000), 'mine'], { mine: 'own' })));
    m.frames(2);
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
    expect(m.scroller.getMode()).toMatchObject({ kind: 'pinned', reason: 'own-message' });
  });

  it('pins again when the reader scrolls back to the end, and clears the count', () => {
    const m = opened();
    m.userScrollBy(-500);
    m.render(dataOf(rowsOf(keys(900, 1002))));
    m.frames(2);
    expect(m.scroller.getSnapshot().newCount).toBe(2);
    m.userScrollTo(1e9);
    m.frames(1);
    expect(m.scroller.getSnapshot()).toMatchObject({ pinned: true, newCount: 0 });
    m.render(dataOf(rowsOf(keys(900, 1003))));
    m.frame();
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
  });

  it('reads a newer page after a jump as history: not followed, not counted, not announced', () => {
    const m = opened(keys(500, 520), { hasNewer: true });
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
    const eye = m.eyeKey();
    const before = m.top(eye);
    m.render(dataOf(rowsOf(keys(500, 540)), { hasNewer: true }));
    m.frames(2);
    expect(m.top(eye)).toBeCloseTo(before ?? Number.NaN, 0);
    expect(m.gapToEnd()).toBeGreaterThan(100);
    expect(m.scroller.getSnapshot().newCount).toBe(0);
    expect(m.announcements).toEqual([]);
  });
});

describe('row changes', () => {
  const rows = (from: number, to: number) => rowsOf(keys(from, to));
  it.each([
    ['a prepend', rows(10, 20), rows(5, 20), { prepended: 5, appendedFrom: 15, replaced: false }],
    ['an append', rows(10, 20), rows(10, 23), { prepended: 0, appendedFrom: 10, replaced: false }],
    ['both', rows(10, 20), rows(8, 21), { prepended: 2, appendedFrom: 12, replaced: false }],
    [
      'another transcript',
      rows(10, 20),
      rows(50, 60),
      { prepended: 0, appendedFrom: 10, replaced: true },
    ],
  ])('tells %s from the edges', (_, before, after, expected) => {
    expect(diffRows(edgesOf(before), after)).toEqual(expected);
  });

  it('reads first rows as replaced', () => {
    expect(diffRows(NO_EDGES, rows(0, 3))).toEqual({
      prepended: 0,
      appendedFrom: 3,
      replaced: true,
    });
  });

  it('counts own and incoming arrivals', () => {
    const r = rowsOf(['a', 'b', 'c', 'd'], { b: 'own', c: 'other' });
    expect(arrivals(r, 0)).toEqual({ own: true, incoming: 2, lastIncoming: 'd' });
    expect(arrivals(r, 2)).toEqual({ own: false, incoming: 1, lastIncoming: 'd' });
  });
});
