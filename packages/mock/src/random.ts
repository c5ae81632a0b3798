/**
 * Seeded randomness and keyed hashing. No `Math.random`, no `crypto`: the simulator and the
 * generator must give the same bytes for the same seed, in Node and in browsers, synchronously.
 */

/** A seeded pseudo-random source (sfc32), with a few helpers. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** A UUID-v4-shaped string. */
  uuid(): string;
  /** `length` characters of base64url. */
  base64url(length: number): string;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A {@link Random} seeded by `seed` and a `stream` name (independent sequences per stream). */
export function createRandom(seed: number, stream = ''): Random {
  let a = hash32(`${seed}:${stream}:a`);
  let b = hash32(`${seed}:${stream}:b`);
  let c = hash32(`${seed}:${stream}:c`);
  let d = 1;
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();
  const next = () => u32() / 4294967296;
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += (u32() & 15).toString(16);
    return s;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p) => next() < p,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[u32() & 3]}${hex(3)}-${hex(12)}`,
    base64url: (length) => {
      let s = '';
      for (let i = 0; i < length; i++) s += B64URL[u32() & 63];
      return s;
    },
  };
}

/** A 32-bit hash of a string (murmur3-style mixing). */
export function hash32(text: string, seed = 0x9e3779b9): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A keyed signature of `text` (four 32-bit hashes with different keys, as hex). Not
 * cryptographic — it only has to make forged and garbled tokens fail, deterministically.
 */
export function sign(key: string, text: string): string {
  let out = '';
  for (let i = 0; i < 4; i++) {
    out += hash32(`${key}|${i}|${text}`, hash32(key, i + 1))
      .toString(16)
      .padStart(8, '0');
  }
  return out;
}

/** Base64url of a string's UTF-8 bytes (no padding). */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let j = 0; j < chars; j++) out += B64URL[(n >>> (18 - 6 * j)) & 63];
  }
  return out;
}

/** The inverse of {@link toBase64Url}; `undefined` for anything that is not base64url UTF-8. */
export function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let j = 0; j < 4; j++) n = (n << 6) | (j < chunk.length ? B64URL.indexOf(chunk[j]!) : 0);
    bytes.push((n >>> 16) & 255);
    if (chunk.length > 2) bytes.push((n >>> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
