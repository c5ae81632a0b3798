import { describe, expect, it } from 'vitest';
import { diffRows } from './rowDiff.js';

const indexIn = (keys: string[]) => (key: string) => {
  const i = keys.indexOf(key);
  return i < 0 ? undefined : i;
};

describe('diffRows', () => {
  it('counts rows prepended before the previous first row', () => {
    const next = ['a', 'b', 'c', 'd', 'e'];
    expect(diffRows('c', 'e', indexIn(next), next.length)).toEqual({
      prepended: 2,
      appendedFrom: 5,
    });
  });

  it('finds rows appended after the previous last row', () => {
    const next = ['c', 'd', 'e', 'f'];
    expect(diffRows('c', 'd', indexIn(next), next.length)).toEqual({
      prepended: 0,
      appendedFrom: 2,
    });
  });

  it('sees both at once and nothing for a first render or a replaced list', () => {
    const next = ['a', 'b', 'c', 'd'];
    expect(diffRows('b', 'c', indexIn(next), 4)).toEqual({ prepended: 1, appendedFrom: 3 });
    expect(diffRows(undefined, undefined, indexIn(next), 4)).toEqual({
      prepended: 0,
      appendedFrom: 4,
    });
    expect(diffRows('x', 'y', indexIn(next), 4)).toEqual({ prepended: 0, appendedFrom: 4 });
  });
});
