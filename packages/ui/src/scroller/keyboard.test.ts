import { describe, expect, it } from 'vitest';
import { dataOf, keys, Model, rowsOf } from '../test/modelLayout.js';
import { type KeyContext, keyActions } from './keyboard.js';

const ctx = (patch: Partial<KeyContext> = {}): KeyContext => ({
  rowCount: 50,
  focused: 10,
  bottomRow: 30,
  atTop: false,
  ...patch,
});

describe('the keyboard delegate', () => {
  it.each<[string, Partial<KeyContext>, ReturnType<typeof keyActions>]>([
    ['ArrowUp', {}, { actions: [{ kind: 'focus', index: 9 }], preventDefault: true }],
    ['ArrowDown', {}, { actions: [{ kind: 'focus', index: 11 }], preventDefault: true }],
    ['ArrowUp', { focused: 0 }, { actions: [{ kind: 'focus', index: 0 }], preventDefault: true }],
    [
      'ArrowDown',
      { focused: 49 },
      { actions: [{ kind: 'focus', index: 49 }], preventDefault: true },
    ],
    ['ArrowUp', { focused: -1 }, { actions: [{ kind: 'focus', index: 30 }], preventDefault: true }],
    ['Home', {}, { actions: [{ kind: 'focus', index: 0 }], preventDefault: true }],
    [
      'Home',
      { focused: 0 },
      { actions: [{ kind: 'fetch-older' }, { kind: 'focus', index: 0 }], preventDefault: true },
    ],
    [
      'Home',
      { atTop: true },
      { actions: [{ kind: 'fetch-older' }, { kind: 'focus', index: 0 }], preventDefault: true },
    ],
    [
      'End',
      {},
      { actions: [{ kind: 'focus', index: 49 }, { kind: 'to-end' }], preventDefault: true },
    ],
    ['PageUp', {}, { actions: [], preventDefault: false }],
    ['PageUp', { atTop: true }, { actions: [{ kind: 'fetch-older' }], preventDefault: false }],
    ['a', {}, null],
    ['ArrowUp', { rowCount: 0 }, null],
  ])('%s with %o', (key, patch, expected) => {
    expect(keyActions(key, ctx(patch))).toEqual(expected);
  });
});

describe('keyboard moves through the engine', () => {
  const open = () => {
    let older = 0;
    const m = new Model({ height: () => 60 });
    // The last older page failed: only the keyboard asks again.
    const data = dataOf(rowsOf(keys(0, 100)), {
      hasOlder: true,
      olderFailed: true,
      fetchOlder: () => void older++,
    });
    m.render(data);
    m.frames(6);
    return { m, data, older: () => older };
  };

  it('focuses the row at the viewport’s bottom from the log, then moves one row at a time', () => {
    const { m, data } = open();
    m.scroller.handleKey('ArrowUp', false);
    expect(m.scroller.getSnapshot().focusedKey).toBe('m99');
    m.scroller.handleKey('ArrowUp', true);
    m.render(data);
    expect(m.scroller.getSnapshot().focusedKey).toBe('m98');
  });

  it('brings a focused row above the viewport into view, holding it through a prepend', () => {
    const { m } = open();
    m.scroller.focusKey('m60');
    m.render(dataOf(rowsOf(keys(0, 100)), { hasOlder: true }));
    m.frame();
    expect(m.top('m60')).toBeCloseTo(0, 0);
    m.render(dataOf(rowsOf(keys(-50, 100)), { hasOlder: true }));
    m.frame();
    expect(m.top('m60')).toBeCloseTo(0, 0);
  });

  it('Home focuses the first loaded row and, at the top, asks for earlier messages', () => {
    const { m, data, older } = open();
    m.scroller.handleKey('Home', false);
    m.render(data);
    m.frames(2);
    expect(m.scroller.getSnapshot().focusedKey).toBe('m0');
    expect(m.top('m0')).toBeCloseTo(0, 0);
    expect(older()).toBe(0);
    m.scroller.handleKey('Home', true);
    expect(older()).toBe(1);
  });

  it('End focuses the newest row and pins the live end', () => {
    const { m, data } = open();
    m.userScrollTo(0);
    m.frame();
    m.scroller.handleKey('End', false);
    m.render(data);
    m.frame();
    expect(m.scroller.getSnapshot()).toMatchObject({ focusedKey: 'm99', pinned: true });
    expect(m.gapToEnd()).toBeCloseTo(0, 0);
  });
});
