import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollBehavior } from './motion.js';

afterEach(() => vi.unstubAllGlobals());

const reduce = (matches: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matches && query === '(prefers-reduced-motion: reduce)',
  }));

describe('scrollBehavior', () => {
  it('scrolls smoothly only when asked and motion is not reduced', () => {
    reduce(false);
    expect(scrollBehavior({ behavior: 'smooth' })).toBe('smooth');
    expect(scrollBehavior()).toBe('auto');
    reduce(true);
    expect(scrollBehavior({ behavior: 'smooth' })).toBe('auto');
  });
});
