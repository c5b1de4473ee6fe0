// 32-bit hashing helpers (FNV-1a + murmur3 finaliser): fast, deterministic across runs and threads.

/** murmur3 fmix32: spreads the bits of a 32-bit value. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units of s[start, end), finalised; `seed` gives a second independent hash. */
export function hashString(s: string, start = 0, end = s.length, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Order-sensitive combination of a run of 32-bit hashes. */
export function hashRun(values: ArrayLike<number>, start: number, end: number, seed = 0x9747b28c): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ values[i], 0x01000193) + 0x7feb352d;
  return fmix32(h ^ (end - start));
}

/** A 52-bit integer key (exact in a double and an SQLite INTEGER) from two 32-bit hashes. */
export function key52(hi: number, lo: number): number {
  return (hi & 0xfffff) * 0x100000000 + (lo >>> 0);
}
