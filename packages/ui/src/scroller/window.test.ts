import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataOf, keys, Model, rowsOf } from '../test/modelLayout.js';
import { EMPTY_WINDOW, growWindow, placeWindow } from './window.js';

const seed = Number(process.env.FC_SEED ?? 42);

describe('the window over loaded rows', () => {
  it('keeps its first row through any prepends, appends and growth', () => {
    // A chat of ids lo…hi-1; each step prepends, appends or grows the window.
    const step = fc.oneof(
      fc.record({ prepend: fc.integer({ min: 1, max: 300 }) }),
      fc.record({ append: fc.integer({ min: 1, max: 50 }) }),
      fc.record({ grow: fc.integer({ min: 1, max: 400 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.array(step, { maxLength: 30 }),
        (n, steps) => {
          let lo = 10_000;
          let hi = lo + n;
          let win = placeWindow(EMPTY_WINDOW, rowsOf(keys(lo, hi)), 200).window;
          expect(win.start).toBe(Math.max(0, n - 200));
          for (const s of steps) {
            const before = win;
            if ('prepend' in s) lo -= s.prepend;
            if ('append' in s) hi += s.append;
            const rows = rowsOf(keys(lo, hi));
            const placed = placeWindow(win, rows, 200);
            expect(placed.found).toBe(true);
            win = placed.window;
            if ('grow' in s) win = growWindow(win, rows, win.start - s.grow);
            // The first row stays unless the window grew; a window at the top stays at the top.
            if (!('grow' in s)) {
              if (before.start === 0) expect(win.start).toBe(0);
              else expect(win.key).toBe(before.key);
            }
            expect(win.start).toBeGreaterThanOrEqual(0);
            expect(win.start).toBeLessThan(rows.length);
            expect(win.key).toBe(rows.keyAt(win.start));
          }
        },
      ),
      { seed, numRuns: 300 },
    );
  });

  it('starts anew for another transcript, reaching back to a row it must include', () => {
    const first = placeWindow(EMPTY_WINDOW, rowsOf(keys(0, 1000)), 200).window;
    const other = placeWindow(first, rowsOf(keys(5000, 6000)), 200, 300);
    expect(other).toEqual({ found: false, window: { key: 'm5300', start: 300, length: 1000 } });
  });

  it('grows near its top and reaches every loaded row without a request', () => {
    let requests = 0;
    const m = new Model({ height: () => 50 });
    m.render(dataOf(rowsOf(keys(0, 1000)), { hasOlder: true, fetchOlder: () => void requests++ }));
    m.frames(6);
    expect(m.scroller.getSnapshot().windowStart).toBe(800);
    for (let i = 0; i < 200 && m.scroller.getSnapshot().windowStart > 0; i++) {
      m.userScrollBy(-600);
      const eye = m.eyeKey();
      const top = m.top(eye);
      m.frame();
      m.render(
        dataOf(rowsOf(keys(0, 1000)), { hasOlder: true, fetchOlder: () => void requests++ }),
      );
      m.frame();
      expect(requests).toBe(0);
      expect(m.top(eye)).toBeCloseTo(top ?? Number.NaN, 0);
    }
    expect(m.scroller.getSnapshot().windowStart).toBe(0);
  });
});
