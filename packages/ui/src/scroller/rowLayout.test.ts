import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowLayout, layoutPort } from './rowLayout.js';

const seed = Number(process.env.FC_SEED ?? 42);
const ESTIMATE = 72;
const PAD = 48;

/** The same geometry, summed from scratch: the oracle. */
function reference(keys: readonly string[], sizes: ReadonlyMap<string, number>) {
  const starts: number[] = [];
  let at = PAD;
  for (const key of keys) {
    starts.push(at);
    at += sizes.get(key) ?? ESTIMATE;
  }
  return { starts, total: at, size: (i: number) => sizes.get(keys[i]!) ?? ESTIMATE };
}

describe('the row layout', () => {
  it('places every row as a sum from scratch does, through any rows and measurements', () => {
    const step = fc.oneof(
      // Another set of rows: older ones prepended, newer appended, or others altogether.
      fc.record({ lo: fc.integer({ min: 0, max: 60 }), hi: fc.integer({ min: 0, max: 60 }) }),
      fc.record({ key: fc.integer({ min: 0, max: 80 }), size: fc.integer({ min: 0, max: 300 }) }),
      fc.record({ offset: fc.integer({ min: -100, max: 8000 }), viewport: fc.nat(900) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const layout = createRowLayout({ estimate: ESTIMATE, paddingStart: PAD });
        const sizes = new Map<string, number>();
        let keys: string[] = [];
        for (const s of steps) {
          if ('lo' in s) {
            const [lo, hi] = s.lo <= s.hi ? [s.lo, s.hi] : [s.hi, s.lo];
            keys = Array.from({ length: hi - lo }, (_, i) => `k${lo + i}`);
            layout.setRows(keys.length, (i) => keys[i]!);
          } else if ('key' in s) {
            const key = `k${s.key}`;
            const at = keys.indexOf(key);
            const before = reference(keys, sizes);
            sizes.set(key, s.size);
            const after = reference(keys, sizes);
            // A hint that is wrong half the time: the key decides, not the hint.
            const moved = layout.setSize(key, s.size, s.size % 2 === 0 ? at : at + 1);
            expect(moved).toBe(before.total !== after.total);
          } else {
            const ref = reference(keys, sizes);
            const range = layout.range(s.offset, s.viewport, 1);
            if (keys.length === 0) {
              expect(range).toBeUndefined();
              continue;
            }
            // The rows whose box meets the viewport, one more each side.
            const shown = keys
              .map((_, i) => i)
              .filter(
                (i) =>
                  ref.starts[i]! + ref.size(i) > s.offset && ref.starts[i]! < s.offset + s.viewport,
              );
            const covering = Math.max(
              0,
              ref.starts.filter((start) => start <= s.offset).length - 1,
            );
            expect(layout.indexAt(s.offset)).toBe(covering);
            const first = Math.min(shown[0] ?? covering, covering);
            const last = Math.max(shown.at(-1) ?? covering, covering);
            expect(range).toEqual([Math.max(0, first - 1), Math.min(keys.length - 1, last + 1)]);
          }
          const ref = reference(keys, sizes);
          expect(layout.count).toBe(keys.length);
          expect(layout.totalSize()).toBe(ref.total);
          keys.forEach((key, i) => {
            expect(layout.keyAt(i)).toBe(key);
            expect(layout.row(i)).toEqual({ start: ref.starts[i], size: ref.size(i) });
            expect(layout.isMeasured(key)).toBe(sizes.has(key));
          });
          expect(layout.row(keys.length)).toBeUndefined();
          expect(layout.row(-1)).toBeUndefined();
        }
      }),
      { numRuns: 500, seed },
    );
  });

  it('keeps a row’s measured height through a prepend that gives it another index', () => {
    const layout = createRowLayout({ estimate: ESTIMATE, paddingStart: PAD });
    layout.setRows(3, (i) => ['c', 'd', 'e'][i]!);
    layout.setSize('d', 200, 1);
    layout.setRows(5, (i) => ['a', 'b', 'c', 'd', 'e'][i]!);
    expect(layout.row(3)).toEqual({ start: PAD + 3 * ESTIMATE, size: 200 });
    expect(layout.row(4)?.start).toBe(PAD + 3 * ESTIMATE + 200);
    expect(layout.totalSize()).toBe(PAD + 4 * ESTIMATE + 200);
  });

  it('answers the engine’s geometry questions, with the space below the rows', () => {
    const layout = createRowLayout({ estimate: ESTIMATE, paddingStart: PAD });
    layout.setRows(2, (i) => `r${i}`);
    layout.setSize('r1', 10);
    const port = layoutPort(layout, () => 8);
    expect(port.getTotalSize()).toBe(PAD + ESTIMATE + 10 + 8);
    expect([port.isMeasured(0), port.isMeasured(1), port.isMeasured(2)]).toEqual([
      false,
      true,
      false,
    ]);
    expect(port.getIndexAt(0)).toBe(0);
    expect(port.getIndexAt(PAD + ESTIMATE + 5)).toBe(1);
    expect(port.getIndexAt(1e9)).toBe(1);
  });
});
