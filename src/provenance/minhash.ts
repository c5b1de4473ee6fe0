// MinHash signatures over shingle hashes. Hand-written on purpose: the npm `minhash` package is about
// 13x slower and its LSH index throws (measured, see ../shared LIBRARIES notes); this one is a tight
// loop over typed arrays with one multiply-xorshift permutation per slot.
import { NUM_PERM } from './config.js';
import { fmix32 } from './hash32.js';

const SEEDS = new Int32Array(NUM_PERM);
const MULTS = new Int32Array(NUM_PERM);
for (let i = 0; i < NUM_PERM; i++) {
  SEEDS[i] = fmix32(0x2545f491 + i * 0x9e3779b9);
  MULTS[i] = fmix32(0x61c88647 ^ (i * 0x7f4a7c15)) | 1;
}
/** Flipping the sign bit makes signed int32 order equal unsigned order: minima stay in small-integer registers. */
const FLIP = 0x80000000 | 0;

/**
 * Signature of `perms` slots over shingles[start, end); all-0xffffffff when there are none. Repeated
 * shingles do not change a minimum, so the input need not be distinct. Slot-major with four slots per
 * pass: each shingle is loaded once per four permutations and the minima live in registers (2.2x
 * faster than shingle-major, same values).
 */
export function minhashSignature(shingles: Uint32Array, perms = NUM_PERM, start = 0, end = shingles.length): Uint32Array {
  const sig = new Uint32Array(perms).fill(0xffffffff);
  if (end <= start) return sig;
  let i = 0;
  for (; i + 4 <= perms; i += 4) {
    const s0 = SEEDS[i], s1 = SEEDS[i + 1], s2 = SEEDS[i + 2], s3 = SEEDS[i + 3];
    const m0 = MULTS[i], m1 = MULTS[i + 1], m2 = MULTS[i + 2], m3 = MULTS[i + 3];
    let a0 = 0x7fffffff, a1 = 0x7fffffff, a2 = 0x7fffffff, a3 = 0x7fffffff;
    for (let s = start; s < end; s++) {
      const x = shingles[s] | 0;
      let y = Math.imul(x ^ s0, m0);
      y ^= y >>> 15;
      y = Math.imul(y, 0x2c1b3c6d);
      y = y ^ (y >>> 12) ^ FLIP;
      if (y < a0) a0 = y;
      y = Math.imul(x ^ s1, m1);
      y ^= y >>> 15;
      y = Math.imul(y, 0x2c1b3c6d);
      y = y ^ (y >>> 12) ^ FLIP;
      if (y < a1) a1 = y;
      y = Math.imul(x ^ s2, m2);
      y ^= y >>> 15;
      y = Math.imul(y, 0x2c1b3c6d);
      y = y ^ (y >>> 12) ^ FLIP;
      if (y < a2) a2 = y;
      y = Math.imul(x ^ s3, m3);
      y ^= y >>> 15;
      y = Math.imul(y, 0x2c1b3c6d);
      y = y ^ (y >>> 12) ^ FLIP;
      if (y < a3) a3 = y;
    }
    sig[i] = a0 ^ FLIP;
    sig[i + 1] = a1 ^ FLIP;
    sig[i + 2] = a2 ^ FLIP;
    sig[i + 3] = a3 ^ FLIP;
  }
  for (; i < perms; i++) sig[i] = minOne(shingles, start, end, SEEDS[i], MULTS[i]);
  return sig;
}

function minOne(shingles: Uint32Array, start: number, end: number, seed: number, mult: number): number {
  let a = 0x7fffffff;
  for (let s = start; s < end; s++) {
    let y = Math.imul((shingles[s] | 0) ^ seed, mult);
    y ^= y >>> 15;
    y = Math.imul(y, 0x2c1b3c6d);
    y = y ^ (y >>> 12) ^ FLIP;
    if (y < a) a = y;
  }
  return (a ^ FLIP) >>> 0;
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
