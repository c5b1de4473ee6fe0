// 32-bit FNV-1a for feature strings and a murmur-style mixer for combining hashed features.
// Hand-written: features are hashed millions of times per second and must match between the
// training script and the shipped model exactly, so no dependency whose output could change.

/** FNV-1a's state before any code unit, seeded with a template id. */
export function hashStart(seed: number): number {
  return (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
}

/** FNV-1a's state after one more code unit (the final hash is `state >>> 0`). */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** FNV-1a over the UTF-16 code units of s[start, end), seeded with a template id (no slice made). */
export function hashRange(s: string, start: number, end: number, seed: number): number {
  let h = hashStart(seed);
  for (let i = start; i < end; i++) h = hashStep(h, s.charCodeAt(i));
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, seeded with a template id. */
export function hashString(s: string, seed: number): number {
  return hashRange(s, 0, s.length, seed);
}

/** Combines two hashes (or small ints) under a template id. */
export function mix(a: number, b: number, seed: number): number {
  let h = Math.imul(a ^ Math.imul(seed, 0x85ebca6b), 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h ^ b, 0x1b873593);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
