import { afterEach, describe, expect, it, vi } from 'vitest';
import { readScrollPlace, saveScrollPlace } from './restore.js';

afterEach(() => vi.unstubAllGlobals());

describe('scroll snapshots', () => {
  it('round-trips through sessionStorage', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    });
    saveScrollPlace('chat-1', { key: 'm7', offset: 12.5, atEnd: false });
    expect(store.get('ct-scroll:chat-1')).toBe('{"key":"m7","offset":12.5,"atEnd":false}');
    store.set('ct-scroll:chat-2', '{"key":"m9","offset":3,"atEnd":true}');
    expect(readScrollPlace('chat-2')).toEqual({ key: 'm9', offset: 3, atEnd: true });
  });

  it('falls back to memory when sessionStorage is missing or throws, and ignores junk', () => {
    vi.stubGlobal('sessionStorage', undefined);
    saveScrollPlace('chat-3', { key: 'm1', offset: 0, atEnd: true });
    expect(readScrollPlace('chat-3')).toEqual({ key: 'm1', offset: 0, atEnd: true });
    vi.stubGlobal('sessionStorage', {
      getItem: () => '{"key":42}',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => saveScrollPlace('chat-4', { key: 'm2', offset: 1, atEnd: false })).not.toThrow();
    expect(readScrollPlace('chat-4')).toEqual({ key: 'm2', offset: 1, atEnd: false });
    expect(readScrollPlace('unknown')).toBeUndefined();
  });
});
