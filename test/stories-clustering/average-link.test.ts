// Average-link in typed columns (PairSums, BestPairQueue) gives exactly what the plain version (a Map of
// pair sums, a Set of neighbours per cluster, a heap of entry objects) gave: same groups on random
// graphs with tied scores, repeated pairs and span limits, and the same pair sums after merges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averageLink, type ScoredPair, type SpanLimit } from '../../src/stories/clustering/average-link.js';
import { BestPairQueue } from '../../src/stories/clustering/best-pair-queue.js';
import { PairSums } from '../../src/stories/clustering/pair-sums.js';

const pairKey = (i: number, j: number) => (i < j ? i * 0x100000 + j : j * 0x100000 + i);

/** The former implementation, kept as the reference. */
function plainAverageLink(n: number, pairs: readonly ScoredPair[], threshold: number, span?: SpanLimit): number[][] {
  const clusters = Array.from({ length: n }, (_, i) => {
    const d = span?.days[i] ?? null;
    return { members: [i], key: i, alive: true, lo: d ?? Infinity, hi: d ?? -Infinity };
  });
  type C = (typeof clusters)[number];
  const tooWide = (a: C, b: C) => span !== undefined && Math.max(a.hi, b.hi) - Math.min(a.lo, b.lo) > span.maxSpan;
  const sums = new Map<number, number>();
  const nbrs: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const { a, b, s } of pairs) {
    if (a === b) continue;
    const k = pairKey(a, b);
    sums.set(k, (sums.get(k) ?? 0) + s);
    nbrs[a].add(b);
    nbrs[b].add(a);
  }
  const version = new Int32Array(n);
  type E = { avg: number; tie: number; i: number; j: number; vi: number; vj: number };
  const heap: E[] = [];
  const push = (i: number, j: number) => {
    const sum = sums.get(pairKey(i, j));
    if (sum === undefined) return;
    const avg = sum / (clusters[i].members.length * clusters[j].members.length);
    if (avg >= threshold) heap.push({ avg, tie: pairKey(clusters[i].key, clusters[j].key), i, j, vi: version[i], vj: version[j] });
  };
  for (const k of sums.keys()) push(Math.floor(k / 0x100000), k % 0x100000);
  for (;;) {
    heap.sort((a, b) => (a.avg !== b.avg ? b.avg - a.avg : a.tie - b.tie));
    const top = heap.shift();
    if (!top) break;
    const { i, j } = top;
    if (!clusters[i].alive || !clusters[j].alive || version[i] !== top.vi || version[j] !== top.vj) continue;
    if (tooWide(clusters[i], clusters[j])) continue;
    const [keep, gone] = nbrs[i].size >= nbrs[j].size ? [i, j] : [j, i];
    const ck = clusters[keep], cg = clusters[gone];
    ck.members.push(...cg.members);
    ck.key = Math.min(ck.key, cg.key);
    ck.lo = Math.min(ck.lo, cg.lo);
    ck.hi = Math.max(ck.hi, cg.hi);
    cg.alive = false;
    sums.delete(pairKey(keep, gone));
    nbrs[keep].delete(gone);
    for (const other of nbrs[gone]) {
      if (other === keep) continue;
      const s = sums.get(pairKey(gone, other)) ?? 0;
      sums.delete(pairKey(gone, other));
      const k = pairKey(keep, other);
      sums.set(k, (sums.get(k) ?? 0) + s);
      nbrs[other].delete(gone);
      nbrs[other].add(keep);
      nbrs[keep].add(other);
    }
    version[keep]++;
    version[gone]++;
    for (const other of nbrs[keep]) push(keep, other);
  }
  return clusters.filter((c) => c.alive).map((c) => c.members.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPairs(rnd: () => number, n: number, count: number, repeats: boolean): ScoredPair[] {
  const seen = new Set<number>(), out: ScoredPair[] = [];
  // Few distinct scores: many ties, which the order of pairs' smallest members decides.
  for (let k = 0; k < count; k++) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n), s = Math.round(rnd() * 8) / 10;
    if (!repeats && (a === b || seen.has(pairKey(a, b)))) continue;
    seen.add(pairKey(a, b));
    out.push({ a, b, s });
  }
  return out;
}

test('average-link equals the plain Map-and-Set version on random graphs (ties, thresholds, span limits)', () => {
  const rnd = random(7);
  for (let round = 0; round < 60; round++) {
    const n = 2 + Math.floor(rnd() * 60), pairs = randomPairs(rnd, n, Math.floor(rnd() * n * 6), false);
    const threshold = [0.05, 0.1, 0.25][round % 3];
    const span = round % 2 ? { days: Array.from({ length: n }, () => (rnd() < 0.2 ? null : Math.floor(rnd() * 60))), maxSpan: 20 } : undefined;
    assert.deepEqual(averageLink(n, pairs, threshold, span), plainAverageLink(n, pairs, threshold, span), `round ${round}`);
  }
});

test('average-link equals the plain version on larger, denser graphs, where merged clusters have many neighbours', () => {
  const rnd = random(13);
  for (let round = 0; round < 8; round++) {
    const n = 100 + Math.floor(rnd() * 150), pairs = randomPairs(rnd, n, n * (4 + Math.floor(rnd() * 8)), false);
    const span = round % 2 ? { days: Array.from({ length: n }, () => (rnd() < 0.1 ? null : Math.floor(rnd() * 90))), maxSpan: 30 } : undefined;
    assert.deepEqual(averageLink(n, pairs, [0.02, 0.1][round % 2 ? 0 : 1], span), plainAverageLink(n, pairs, [0.02, 0.1][round % 2 ? 0 : 1], span), `round ${round}`);
  }
});

test('average-link sums a pair given twice in the order given, and ignores a node paired with itself', () => {
  const rnd = random(11);
  for (let round = 0; round < 20; round++) {
    const n = 2 + Math.floor(rnd() * 30), pairs = randomPairs(rnd, n, n * 5, true);
    assert.deepEqual(averageLink(n, pairs, 0.1), plainAverageLink(n, pairs, 0.1), `round ${round}`);
  }
});

test('average-link reads pairs from a source as from an array', () => {
  const pairs = randomPairs(random(3), 40, 200, false);
  assert.deepEqual(averageLink(40, (emit) => { for (const p of pairs) emit(p.a, p.b, p.s); }, 0.1), averageLink(40, pairs, 0.1));
});

test('average-link tells when it has read its pairs, and never reads them again (repeats included)', () => {
  for (const repeats of [false, true]) {
    const pairs = randomPairs(random(5), 40, 200, repeats);
    let read = false, calls = 0;
    const source = (emit: (a: number, b: number, s: number) => void) => {
      assert.equal(read, false, 'pairs read after pairsRead');
      for (const p of pairs) emit(p.a, p.b, p.s);
    };
    const groups = averageLink(40, source, 0.1, undefined, () => { read = true; calls++; });
    assert.equal(calls, 1);
    assert.deepEqual(groups, averageLink(40, pairs, 0.1));
  }
});

test('pair sums: merges move every pair to the surviving slot with its sums added, through arena compactions', () => {
  const rnd = random(5), n = 200, pairs = randomPairs(rnd, n, 1500, false);
  const sums = PairSums.of(n, (emit) => { for (const p of pairs) emit(p.a, p.b, p.s); })!;
  const model = new Map<number, Map<number, number>>(Array.from({ length: n }, (_, i) => [i, new Map<number, number>()]));
  for (const { a, b, s } of pairs) { model.get(a)!.set(b, s); model.get(b)!.set(a, s); }
  const alive = Array.from({ length: n }, (_, i) => i);
  while (alive.length > 1) {
    const keep = alive[Math.floor(rnd() * alive.length)], withKeep = [...model.get(keep)!.keys()];
    const gone = withKeep.length ? withKeep[Math.floor(rnd() * withKeep.length)] : alive.find((x) => x !== keep)!;
    if (!model.get(keep)!.has(gone)) { alive.splice(alive.indexOf(gone), 1); continue; } // merges are of neighbours only
    sums.merge(keep, gone);
    const mk = model.get(keep)!, mg = model.get(gone)!;
    mk.delete(gone);
    for (const [other, s] of mg) {
      if (other === keep) continue;
      const mo = model.get(other)!;
      mo.delete(gone);
      const v = (mk.get(other) ?? 0) + s;
      mk.set(other, v);
      mo.set(keep, v);
    }
    mg.clear();
    alive.splice(alive.indexOf(gone), 1);
    for (const i of alive) {
      const got = new Map<number, number>();
      sums.forEach(i, (o, s) => got.set(o, s));
      assert.deepEqual([...got].sort((x, y) => x[0] - y[0]), [...model.get(i)!].sort((x, y) => x[0] - y[0]));
    }
    let pairCount = 0;
    for (const m of model.values()) pairCount += m.size;
    assert.equal(sums.pairs, pairCount / 2);
  }
});

test('best-pair queue gives its slots by average, then by tie key, through updates and deletions', () => {
  const slots = 3000, queue = new BestPairQueue(slots), rnd = random(9);
  const want = new Map<number, [number, number]>();
  for (let k = 0; k < 20000; k++) {
    const slot = Math.floor(rnd() * slots);
    if (rnd() < 0.2) { queue.delete(slot); want.delete(slot); continue; }
    // Few distinct averages: many ties, which distinct tie keys decide.
    const entry: [number, number] = [Math.round(rnd() * 10) / 10, slot * 7919 % slots];
    queue.set(slot, ...entry);
    want.set(slot, entry);
  }
  assert.equal(queue.size, want.size);
  const order = [...want].sort((a, b) => b[1][0] - a[1][0] || a[1][1] - b[1][1]).map(([slot]) => slot);
  const got: number[] = [];
  while (queue.size > 0) {
    const slot = queue.top();
    assert.deepEqual([queue.avgOf(slot), queue.tieOf(slot)], want.get(slot));
    got.push(slot);
    queue.delete(slot);
  }
  assert.deepEqual(got, order);
});

test('pair sums: a merge of two hubs whose neighbours outgrow the spare room keeps every pair', () => {
  const leaves = 3000, n = 2 + 2 * leaves, pairs: ScoredPair[] = [{ a: 0, b: 1, s: 0.5 }];
  for (let k = 0; k < leaves; k++) pairs.push({ a: 0, b: 2 + k, s: 0.25 }, { a: 1, b: 2 + leaves + k, s: 0.125 }, { a: 1, b: 2 + k, s: 0.5 });
  const sums = PairSums.of(n, (emit) => { for (const p of pairs) emit(p.a, p.b, p.s); })!;
  sums.merge(0, 1);
  const got = new Map<number, number>();
  sums.forEach(0, (o, s) => got.set(o, s));
  assert.equal(got.size, 2 * leaves);
  for (let k = 0; k < leaves; k++) { assert.equal(got.get(2 + k), 0.75); assert.equal(got.get(2 + leaves + k), 0.125); }
  for (let k = 0; k < 2 * leaves; k++) { const back: number[] = []; sums.forEach(2 + k, (o, s) => back.push(o, s)); assert.deepEqual(back, [0, k < leaves ? 0.75 : 0.125]); }
  assert.equal(sums.pairs, 2 * leaves);
});
