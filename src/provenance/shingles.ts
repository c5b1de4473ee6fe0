// Token n-gram (shingle) hashes. Texts shorter than one shingle give a single shingle of all tokens.
import { SHINGLE_SIZE } from './config.js';
import { fmix32, hashRun } from './hash32.js';

/** Shingle hashes in text order (shingle i starts at token i). */
export function shingleHashes(tokenHashes: Uint32Array, start = 0, end = tokenHashes.length, k = SHINGLE_SIZE): Uint32Array {
  const n = end - start;
  if (n <= 0) return new Uint32Array(0);
  if (n < k) return Uint32Array.of(hashRun(tokenHashes, start, end));
  const out = new Uint32Array(n - k + 1);
  // hashRun(tokenHashes, i, i + k) inlined (same values): this runs for every token of every article.
  for (let i = 0; i < out.length; i++) {
    let h = 0x9747b28c;
    for (let t = start + i, e = t + k; t < e; t++) h = (Math.imul(h ^ tokenHashes[t], 0x01000193) + 0x7feb352d) | 0;
    out[i] = fmix32(h ^ k);
  }
  return out;
}

/** Sorted distinct values (the shingle set). */
export function distinctSorted(values: Uint32Array): Uint32Array {
  const s = values.slice().sort();
  let w = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[w - 1]) s[w++] = s[i];
  return s.subarray(0, w);
}

/** |a ∩ b| of two sorted distinct arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Scratch table of distinctCount, reused across calls (0 marks an empty slot). */
let scratch = new Uint32Array(1024);

/** Number of distinct values, by open addressing in a reused table: no copy and no sort per article. */
export function distinctCount(values: Uint32Array): number {
  const n = values.length;
  if (n < 2) return n;
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  if (cap > scratch.length) scratch = new Uint32Array(cap);
  const table = scratch.fill(0, 0, cap);
  const mask = cap - 1;
  let count = 0;
  let zero = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === 0) {
      zero = 1;
      continue;
    }
    let slot = (Math.imul(v, 0x9e3779b1) >>> 0) & mask;
    while (table[slot] !== 0 && table[slot] !== v) slot = (slot + 1) & mask;
    if (table[slot] === 0) {
      table[slot] = v;
      count++;
    }
  }
  return count + zero;
}
