import { describe, expect, it } from 'vitest';
import { dataOf, keys, Model, rowsOf } from '../test/modelLayout.js';
import { alignedOffset, autoAlignment, captureAnchor, desiredOffset } from './anchor.js';

// Row heights the estimate (72 px) gets wrong in every way: shorter, taller, varied, one huge.
const HEIGHTS: [string, (key: string) => number][] = [
  ['shorter than the estimate', () => 40],
  ['taller than the estimate', () => 130],
  ['varied', (k) => 30 + ((Number(k.slice(1)) * 37) % 150)],
  ['with a 3,000 px message now and then', (k) => (Number(k.slice(1)) % 17 === 0 ? 3000 : 56)],
];

/** A view of rows m900…m999 opened at the newest, then scrolled up by `up` px by the reader. */
function openScrolledUp(height: (key: string) => number, up = 600, loaded = keys(900, 1000)) {
  const m = new Model({ height });
  const data = dataOf(rowsOf(loaded), { hasOlder: true });
  m.render(data);
  m.frames(6);
  m.userScrollBy(-up);
  m.frames(2);
  return { m, data };
}

describe('the row under the reader’s eye', () => {
  describe.each(HEIGHTS)('rows %s', (_, height) => {
    it('stays put when an older page is prepended', () => {
      const { m } = openScrolledUp(height);
      const eye = m.eyeKey();
      const before = m.top(eye);
      m.render(dataOf(rowsOf(keys(850, 1000)), { hasOlder: true }));
      m.frames(3);
      expect(m.top(eye)).toBeCloseTo(before ?? Number.NaN, 0);
    });

    it('stays put when a row above it grows late', () => {
      const { m } = openScrolledUp(height);
      const eye = m.eyeKey();
      const before = m.top(eye) ?? Number.NaN;
      const above = m.visibleKeys()[0] ?? '';
      expect(above).not.toBe(eye);
      m.resize(above, 500);
      m.frames(2);
      expect(m.top(eye)).toBeCloseTo(before, 0);
    });

    it('keeps its top when it grows itself, and when a row below it grows', () => {
      const { m } = openScrolledUp(height);
      const eye = m.eyeKey();
      const before = m.top(eye) ?? Number.NaN;
      m.resize(eye, 700);
      m.frames(2);
      expect(m.top(eye)).toBeCloseTo(before, 0);
      const below = m.visibleKeys().at(-1) ?? '';
      m.resize(below, 900);
      m.frames(2);
      expect(m.top(eye)).toBeCloseTo(before, 0);
    });

    it.each([0.5, 1, 3])(
      'does not move what is painted when a step of %s viewports reveals unmeasured rows',
      (viewports) => {
        const { m } = openScrolledUp(height, 0);
        const step = m.viewport * viewports;
        const painted = new Map(m.visibleKeys().map((k) => [k, m.top(k) ?? Number.NaN]));
        m.userScrollBy(-step);
        // Rows still in view from before moved by the step exactly (none for a big step)…
        for (const k of m.visibleKeys()) {
          const was = painted.get(k);
          if (was !== undefined) expect(m.top(k)).toBeCloseTo(was + step, 0);
        }
        // …and what the first frame shows after the step stays where it was painted.
        const now = new Map(m.visibleKeys().map((k) => [k, m.top(k) ?? Number.NaN]));
        m.frames(3);
        for (const [k, top] of now) expect(m.top(k)).toBeCloseTo(top, 0);
      },
    );
  });

  it('holds through a prepend and its late growth in the same frame', () => {
    const { m } = openScrolledUp(() => 60);
    const eye = m.eyeKey();
    const before = m.top(eye) ?? Number.NaN;
    m.render(dataOf(rowsOf(keys(800, 1000)), { hasOlder: true }));
    for (const k of m.visibleKeys()) if (k !== eye) m.resize(k, 90);
    m.frames(2);
    expect(m.top(eye)).toBeCloseTo(before, 0);
  });
});

describe('anchor maths', () => {
  const box = { start: 1000, size: 100 };
  it('aligns a row to the start, centre, end or an exact offset', () => {
    expect(alignedOffset(box, 'start', 400)).toBe(1000);
    expect(alignedOffset(box, 'center', 400)).toBe(850);
    expect(alignedOffset(box, 'end', 400)).toBe(700);
    expect(alignedOffset(box, { offset: 30 }, 400)).toBe(970);
  });

  it('moves the least for auto, and not at all when the row is in view', () => {
    expect(autoAlignment(box, 900, 400)).toBeUndefined();
    expect(autoAlignment(box, 1050, 400)).toBe('start');
    expect(autoAlignment(box, 500, 400)).toBe('end');
    expect(autoAlignment({ start: 1000, size: 900 }, 500, 400)).toBe('start');
  });

  it('captures the row at the middle of the viewport, never the typing row', () => {
    const m = new Model({ height: () => 100, estimate: 100 });
    m.render(dataOf(rowsOf(keys(0, 10)), { typing: true }));
    m.userScrollTo(0);
    const a = captureAnchor(m, 0, 10);
    // Status box 48 px, rows of 100: the middle (200) is in row 1.
    expect(a).toEqual({ index: 1, offset: 148 });
    expect(captureAnchor(m, 10_000, 10)?.index).toBe(9);
  });

  it('prefers a painted row near the eye to an estimated one', () => {
    const m = new Model({ height: () => 40 });
    m.render(dataOf(rowsOf(keys(0, 100))));
    m.frames(2);
    // A jump of one viewport: the middle is unmeasured, the bottom rows were painted.
    const from = m.offset - m.viewport;
    const a = captureAnchor(m, from, 100);
    expect(a && m.isMeasured(a.index)).toBe(true);
  });

  it('clamps the desired offset to the layout', () => {
    const m = new Model({ height: () => 100, estimate: 100 });
    m.render(dataOf(rowsOf(keys(0, 10))));
    const locate = (key: string) => m.getRow(Number(key.slice(1)));
    expect(desiredOffset({ kind: 'pinned', reason: 'opened' }, m, locate)).toBe(648);
    expect(
      desiredOffset(
        { kind: 'aimed', key: 'm0', align: 'center', reason: 'scroll-to-key' },
        m,
        locate,
      ),
    ).toBe(0);
    expect(
      desiredOffset({ kind: 'anchored', key: 'm99', offset: 0, reason: 'scrolled' }, m, locate),
    ).toBeUndefined();
  });
});

describe('the start of the chat', () => {
  it('stays in view when the reader reaches it and the rows there turn out taller', () => {
    const m = new Model({ height: () => 130 });
    m.render(dataOf(rowsOf(keys(0, 30))));
    m.frames(6);
    while (m.offset > 0) {
      m.userScrollBy(-1000);
      m.frame();
    }
    m.frames(3);
    expect(m.offset).toBe(0);
    expect(m.top('m0')).toBe(m.statusHeight);
  });

  it('holds the reader’s row instead while older pages can still load', () => {
    const m = new Model({ height: () => 130 });
    m.render(dataOf(rowsOf(keys(100, 130)), { hasOlder: true, isFetchingOlder: true }));
    m.frames(6);
    m.userScrollBy(-m.offset);
    expect(m.offset).toBeGreaterThan(0);
  });
});
