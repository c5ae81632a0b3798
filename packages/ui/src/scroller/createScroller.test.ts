import { describe, expect, it } from 'vitest';
import { dataOf, keys, Model, rowsOf } from '../test/modelLayout.js';
import type { ScrollerOptions } from './types.js';

const height = (k: string) => 40 + ((Number(k.slice(1)) || 0) % 7) * 15;
const opened = (loaded = keys(500, 600), patch = {}, restore?: ScrollerOptions) => {
  const m = new Model({ height }, restore);
  m.render(dataOf(rowsOf(loaded), patch));
  m.frames(6);
  return m;
};
/** The row's middle, from the viewport's middle. */
const offCentre = (m: Model, key: string) => {
  const top = m.top(key);
  const box = m.getRow(m.scroller.keyAt(0) === key ? 0 : indexOf(m, key));
  return top === undefined || !box ? Number.NaN : top + box.size / 2 - m.viewport / 2;
};
const indexOf = (m: Model, key: string) => {
  for (let i = 0; i < m.scroller.count; i++) if (m.scroller.keyAt(i) === key) return i;
  return -1;
};

describe('scroll commands aim at a row key', () => {
  it('centres the row, also when an older page is prepended in the same frame', () => {
    const m = opened();
    expect(m.scroller.scrollToKey('m530')).toBe(true);
    // Before the browser paints, a page lands above: the index of m530 changes by 50.
    m.render(dataOf(rowsOf(keys(450, 600))));
    m.frame();
    expect(offCentre(m, 'm530')).toBeCloseTo(0, 0);
  });

  it('holds the row through pages in the next frames, until the reader scrolls', () => {
    const m = opened();
    m.scroller.scrollToKey('m530');
    m.frame();
    for (const from of [450, 400, 350]) {
      m.render(dataOf(rowsOf(keys(from, 600))));
      m.frame();
      expect(offCentre(m, 'm530')).toBeCloseTo(0, 0);
    }
    m.userScrollBy(-100);
    m.frame();
    expect(m.scroller.getMode().kind).toBe('anchored');
    expect(offCentre(m, 'm530')).toBeCloseTo(100, 0);
  });

  it('holds a jump’s row while newer pages arrive below it', () => {
    const m = opened(keys(500, 520), { hasNewer: true });
    m.scroller.scrollToKey('m510');
    m.frame();
    for (const to of [540, 560, 580]) {
      m.render(dataOf(rowsOf(keys(500, to)), { hasNewer: true }));
      m.frame();
      expect(offCentre(m, 'm510')).toBeCloseTo(0, 0);
    }
    expect(m.scroller.getSnapshot()).toMatchObject({ pinned: false, newCount: 0 });
  });

  it('reaches a row outside the window: the window grows to it first', () => {
    const m = opened(keys(0, 1000));
    expect(m.scroller.getSnapshot().windowStart).toBe(800);
    m.scroller.scrollToKey('m100');
    expect(m.scroller.getSnapshot().windowStart).toBeLessThanOrEqual(100);
    m.render(dataOf(rowsOf(keys(0, 1000))));
    m.frame();
    expect(offCentre(m, 'm100')).toBeCloseTo(0, 0);
  });

  it('answers false for a row that is not loaded', () => {
    expect(opened().scroller.scrollToKey('m1')).toBe(false);
  });

  it('goes back to the live end and stays pinned', () => {
    const m = opened();
    m.scroller.scrollToKey('m510');
    m.frame();
    m.scroller.scrollToEnd();
    m.frame();
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
    m.render(dataOf(rowsOf(keys(500, 603))));
    m.frame();
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
  });

  it('takes a smooth scroll’s own scroll events as its own, and the reader’s input as theirs', () => {
    const m = opened();
    m.userScrollTo(0);
    m.frame();
    m.scroller.scrollToEnd({ behavior: 'smooth' });
    expect(m.writes.at(-1)).toMatchObject({ smooth: true });
    // An animation frame halfway: not the reader.
    m.scroller.onScroll(m.offset / 2);
    expect(m.scroller.getMode().kind).toBe('pinned');
    m.frame();
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
    m.scroller.scrollToEnd({ behavior: 'smooth' });
    m.userScrollBy(-300);
    expect(m.scroller.getMode().kind).toBe('anchored');
  });
});

describe('restoring a place', () => {
  it('reopens with the row where it was', () => {
    const m = opened(keys(500, 600), {}, { restore: { key: 'm540', offset: 37, atEnd: false } });
    expect(m.top('m540')).toBeCloseTo(37, 0);
    expect(m.scroller.getSnapshot().pinned).toBe(false);
  });

  it('reopens at the end when the reader left it there', () => {
    const m = opened(keys(500, 600), {}, { restore: { key: 'm540', offset: 37, atEnd: true } });
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
  });

  it('reopens at a row outside the newest window', () => {
    const m = opened(keys(0, 1000), {}, { restore: { key: 'm120', offset: 10, atEnd: false } });
    expect(m.top('m120')).toBeCloseTo(10, 0);
  });

  it('gives back the place it holds', () => {
    const m = opened();
    m.userScrollBy(-700);
    m.frame();
    const place = m.scroller.place();
    expect(place).toMatchObject({ key: m.eyeKey(), atEnd: false });
    expect(m.top(place?.key ?? '')).toBeCloseTo(place?.offset ?? Number.NaN, 0);
  });

  it('goes back to a place it gave, after jumping elsewhere (a search closed)', () => {
    const m = opened(keys(0, 1000));
    m.userScrollBy(-900);
    m.frame();
    const place = m.scroller.place()!;
    expect(m.scroller.scrollToKey('m300')).toBe(true);
    m.render(dataOf(rowsOf(keys(0, 1000))));
    m.frames(3);
    expect(Math.abs((m.top(place.key) ?? 0) - place.offset)).toBeGreaterThan(1000);
    expect(m.scroller.restorePlace(place)).toBe(true);
    m.render(dataOf(rowsOf(keys(0, 1000))));
    m.frames(3);
    expect(m.top(place.key)).toBeCloseTo(place.offset, 0);
    // And to the live end, when the place was there.
    expect(m.scroller.restorePlace({ ...place, atEnd: true })).toBe(true);
    m.frames(3);
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
    expect(m.scroller.getSnapshot().pinned).toBe(true);
    expect(m.scroller.restorePlace({ key: 'gone', offset: 0, atEnd: false })).toBe(false);
  });
});

describe('announcements', () => {
  it('announces an older page once, and the last of the messages that arrived', () => {
    const m = opened();
    m.render(dataOf(rowsOf(keys(450, 600))));
    m.frame();
    m.render(dataOf(rowsOf(keys(450, 600))));
    m.render(dataOf(rowsOf(keys(450, 603))));
    m.frame();
    expect(m.announcements).toEqual([
      { kind: 'older', count: 50 },
      { kind: 'incoming', key: 'm602' },
    ]);
  });

  it('does not announce the window growing over rows already loaded', () => {
    const m = opened(keys(0, 1000));
    m.userScrollTo(0);
    m.frame();
    m.render(dataOf(rowsOf(keys(0, 1000))));
    m.frame();
    expect(m.scroller.getSnapshot().windowStart).toBe(600);
    expect(m.announcements).toEqual([]);
  });
});

describe('another transcript', () => {
  it('opens afresh at its newest row, with a new window and no count', () => {
    const m = opened(keys(0, 1000));
    m.userScrollBy(-900);
    m.render(dataOf(rowsOf(keys(0, 1003))));
    m.frame();
    expect(m.scroller.getSnapshot().newCount).toBe(3);
    m.render(dataOf(rowsOf(keys(5000, 5500))));
    m.frames(6);
    expect(m.scroller.getSnapshot()).toMatchObject({ newCount: 0, windowStart: 300, pinned: true });
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
  });
});
