import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandKeys } from '../../src/provenance/lsh-keys.js';
import { estimateJaccard, minhashSignature } from '../../src/provenance/minhash.js';

function set(from: number, to: number): Uint32Array {
  return Uint32Array.from({ length: to - from }, (_, i) => (Math.imul(from + i, 2654435761) >>> 0));
}

test('MinHash estimates Jaccard within a few points', () => {
  for (const [overlap, total] of [[900, 1100], [500, 1500], [200, 1800]]) {
    // A = [0, 1000), B = [1000 - overlap, 2000 - overlap): |A∩B| = overlap
    const a = set(0, 1000);
    const b = set(1000 - overlap, 2000 - overlap);
    const truth = overlap / total;
    const est = estimateJaccard(minhashSignature(a), minhashSignature(b));
    assert.ok(Math.abs(est - truth) < 0.1, `J=${truth.toFixed(2)} estimated ${est}`);
  }
});

test('identical sets give identical signatures; disjoint sets share almost no slot', () => {
  const a = set(0, 500);
  assert.deepEqual(minhashSignature(a), minhashSignature(a.slice().reverse()));
  assert.ok(estimateJaccard(minhashSignature(a), minhashSignature(set(10_000, 10_500))) < 0.03);
});

test('LSH bands (32x4) find pairs above 0.6 and rarely below 0.2', () => {
  const hit = (j: number): number => {
    let hits = 0;
    for (let t = 0; t < 40; t++) {
      const base = t * 100_000;
      const inter = Math.round((2000 * j) / (1 + j));
      const a = set(base, base + 1000);
      const b = set(base + 1000 - inter, base + 2000 - inter);
      const ka: number[] = [];
      const kb: number[] = [];
      bandKeys(minhashSignature(a), 32, 4, 1, ka);
      bandKeys(minhashSignature(b), 32, 4, 1, kb);
      if (ka.some((k) => kb.includes(k))) hits++;
    }
    return hits / 40;
  };
  assert.ok(hit(0.7) >= 0.95, `recall at 0.7: ${hit(0.7)}`);
  assert.ok(hit(0.1) <= 0.15, `false hits at 0.1: ${hit(0.1)}`);
});
