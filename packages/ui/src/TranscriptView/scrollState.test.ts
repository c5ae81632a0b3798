import { afterEach, describe, expect, it, vi } from 'vitest';
import { readScrollSnapshot, saveScrollSnapshot } from './scrollState.js';

afterEach(() => vi.unstubAllGlobals());

describe('scroll snapshots', () => {
  it('round-trips through sessionStorage', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    });
    saveScrollSnapshot('chat-1', { key: 'm7', offset: 12.5, atEnd: false });
    expect(store.get('ct-scroll:chat-1')).toBe('{"key":"m7","offset":12.5,"atEnd":false}');
    store.set('ct-scroll:chat-2', '{"key":"m9","offset":3,"atEnd":true}');
    expect(readScrollSnapshot('chat-2')).toEqual({ key: 'm9', offset: 3, atEnd: true });
  });

  it('falls back to memory when sessionStorage is missing or throws, and ignores junk', () => {
    vi.stubGlobal('sessionStorage', undefined);
    saveScrollSnapshot('chat-3', { key: 'm1', offset: 0, atEnd: true });
    expect(readScrollSnapshot('chat-3')).toEqual({ key: 'm1', offset: 0, atEnd: true });
    vi.stubGlobal('sessionStorage', {
      getItem: () => '{"key":42}',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() =>
      saveScrollSnapshot('chat-4', { key: 'm2', offset: 1, atEnd: false }),
    ).not.toThrow();
    expect(readScrollSnapshot('chat-4')).toEqual({ key: 'm2', offset: 1, atEnd: false });
    expect(readScrollSnapshot('unknown')).toBeUndefined();
  });
});
