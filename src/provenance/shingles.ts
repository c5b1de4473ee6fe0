// Token n-gram (shingle) hashes. Texts shorter than one shingle give a single shingle of all tokens.
import { SHINGLE_SIZE } from './config.js';
import { hashRun } from './hash32.js';

/** Shingle hashes in text order (shingle i starts at token i). */
export function shingleHashes(tokenHashes: Uint32Array, start = 0, end = tokenHashes.length, k = SHINGLE_SIZE): Uint32Array {
  const n = end - start;
  if (n <= 0) return new Uint32Array(0);
  if (n < k) return Uint32Array.of(hashRun(tokenHashes, start, end));
  const out = new Uint32Array(n - k + 1);
  for (let i = 0; i < out.length; i++) out[i] = hashRun(tokenHashes, start + i, start + i + k);
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
