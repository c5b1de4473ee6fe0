// MinHash signatures over shingle hashes. Hand-written on purpose: the npm `minhash` package is about
// 13x slower and its LSH index throws (measured, see ../shared LIBRARIES notes); this one is a tight
// loop over typed arrays with one multiply-xorshift permutation per slot.
import { NUM_PERM } from './config.js';
import { fmix32 } from './hash32.js';

const SEEDS = new Uint32Array(NUM_PERM);
const MULTS = new Uint32Array(NUM_PERM);
for (let i = 0; i < NUM_PERM; i++) {
  SEEDS[i] = fmix32(0x2545f491 + i * 0x9e3779b9);
  MULTS[i] = (fmix32(0x61c88647 ^ (i * 0x7f4a7c15)) | 1) >>> 0;
}

/** Signature of `perms` slots over shingles[start, end); all-0xffffffff when there are none. */
export function minhashSignature(shingles: Uint32Array, perms = NUM_PERM, start = 0, end = shingles.length): Uint32Array {
  const sig = new Uint32Array(perms).fill(0xffffffff);
  for (let s = start; s < end; s++) {
    const x = shingles[s];
    for (let i = 0; i < perms; i++) {
      let y = Math.imul(x ^ SEEDS[i], MULTS[i]);
      y ^= y >>> 15;
      y = Math.imul(y, 0x2c1b3c6d);
      y = (y ^ (y >>> 12)) >>> 0;
      if (y < sig[i]) sig[i] = y;
    }
  }
  return sig;
}

/** Estimated Jaccard resemblance: the share of equal slots. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let eq = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) eq++;
  return eq / n;
}

/** Estimated share of A's shingles found in B, from the resemblance and the two set sizes. */
export function estimateContainment(j: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0) return 0;
  const inter = (j * (sizeA + sizeB)) / (1 + j);
  return Math.min(1, inter / sizeA);
}
