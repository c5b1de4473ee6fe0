// Average-link agglomeration inside one component of the candidate graph, over the scored pairs
// only (a pair never scored counts as similarity 0). Nodes 0..n-1 must be in canonical (id) order:
// the best average wins, ties go to the pair of clusters whose smallest members come first.
// Hand-written: library HAC implementations need the full O(n²) distance matrix.
import { BestPairQueue, precedes } from './best-pair-queue.js';
import { PairSums } from './pair-sums.js';

export interface ScoredPair { a: number; b: number; s: number }

/** Scored pairs as a source average-link reads twice (same pairs, same order): no array of pair objects for a large component. */
export type PairSource = (emit: (a: number, b: number, s: number) => void) => void;

/** A time bound on groups: node days (null = undated) and the widest span of days one group may hold. */
export interface SpanLimit { days: readonly (number | null)[]; maxSpan: number }

const SLOT_LIMIT = 0x100000;
const tieKey = (a: number, b: number): number => (a < b ? a * SLOT_LIMIT + b : b * SLOT_LIMIT + a);

/**
 * Clusters of nodes 0..n-1 (index order is the tie order); merging stops below `threshold`. With a
 * span limit, two clusters whose dated members would span more than `maxSpan` days never merge
 * (a cannot-link: reports a month apart are of different happenings, however alike their words).
 * `pairsRead` is called once the pairs are read (and copied into average-link's own graph).
 */
export function averageLink(n: number, pairs: readonly ScoredPair[] | PairSource, threshold: number, span?: SpanLimit, pairsRead?: () => void): number[][] {
  if (n > SLOT_LIMIT - 1) throw new RangeError('component too large for average-link');
  const source: PairSource = typeof pairs === 'function' ? pairs : (emit) => { for (const p of pairs) emit(p.a, p.b, p.s); };
  const sums = PairSums.of(n, source) ?? PairSums.of(n, summedRepeats(source))!;
  pairsRead?.(); // the source is never read again: its owner may drop what backs it
  // Per cluster slot: its smallest member (the tie order), size, day range, members as a linked list.
  const key = Int32Array.from({ length: n }, (_, i) => i), size = new Int32Array(n).fill(1);
  const lo = new Float64Array(n), hi = new Float64Array(n);
  for (let i = 0; i < n; i++) { const d = span?.days[i] ?? null; lo[i] = d ?? Infinity; hi[i] = d ?? -Infinity; }
  const next = new Int32Array(n).fill(-1), head = Int32Array.from({ length: n }, (_, i) => i), tail = Int32Array.from(head);
  const alive = new Uint8Array(n).fill(1);
  const tooWide = (a: number, b: number) => span !== undefined && Math.max(hi[a], hi[b]) - Math.min(lo[a], lo[b]) > span.maxSpan;
  // Each slot's best merge (its neighbour with the highest average at or above the threshold that the
  // span allows; ties by tie key), queued by slot: the queue's top is the best merge of all, as a
  // queue of every pair gives it, without holding an entry per pair (the nearest-neighbour queue of
  // Müllner's generic algorithm, 2011). Spans only widen, so a pair the span blocks stays blocked.
  const best = new Int32Array(n).fill(-1);
  const queue = new BestPairQueue(n);
  const better = (c: number, avg: number, tie: number) => best[c] < 0 || precedes(avg, tie, queue.avgOf(c), queue.tieOf(c));
  const rescan = (c: number) => {
    let o = -1, oAvg = 0, oTie = 0;
    sums.forEach(c, (other, sum) => {
      const avg = sum / (size[c] * size[other]), tie = tieKey(key[c], key[other]);
      if (avg >= threshold && (o < 0 || precedes(avg, tie, oAvg, oTie)) && !tooWide(c, other)) { o = other; oAvg = avg; oTie = tie; }
    });
    best[c] = o;
    if (o < 0) queue.delete(c);
    else queue.set(c, oAvg, oTie);
  };
  for (let c = 0; c < n; c++) rescan(c);
  while (queue.size > 0) {
    const i = queue.top(), j = best[i];
    // The slot with more neighbours survives (its block grows, the smaller one moves); the tie
    // order follows the clusters' keys, not their slots, so the result does not depend on it.
    const [keep, gone] = sums.degree(i) >= sums.degree(j) ? [i, j] : [j, i];
    sums.merge(keep, gone);
    next[tail[keep]] = head[gone];
    tail[keep] = tail[gone];
    size[keep] += size[gone];
    if (key[gone] < key[keep]) key[keep] = key[gone];
    lo[keep] = Math.min(lo[keep], lo[gone]);
    hi[keep] = Math.max(hi[keep], hi[gone]);
    alive[gone] = 0;
    best[gone] = -1;
    queue.delete(gone);
    rescan(keep);
    // Only averages involving the merged cluster changed: a neighbour whose best merge was with one
    // of the two looks again, any other one compares its best with the merged cluster.
    sums.forEach(keep, (other, sum) => {
      if (best[other] === keep || best[other] === gone) { rescan(other); return; }
      const avg = sum / (size[other] * size[keep]), tie = tieKey(key[other], key[keep]);
      if (avg >= threshold && better(other, avg, tie) && !tooWide(other, keep)) { best[other] = keep; queue.set(other, avg, tie); }
    });
  }
  // Groups in the order of their smallest members, members ascending (independent of which slots survived).
  const groups: number[][] = [];
  for (let c = 0; c < n; c++) {
    if (!alive[c]) continue;
    const members: number[] = [];
    for (let x = head[c]; x !== -1; x = next[x]) members.push(x);
    groups.push(members.sort((a, b) => a - b));
  }
  return groups.sort((a, b) => a[0] - b[0]);
}

/** The pairs of `source` with each pair given once, its scores summed in the order given. */
function summedRepeats(source: PairSource): PairSource {
  const sums = new Map<number, number>();
  source((a, b, s) => { if (a !== b) { const k = tieKey(a, b); sums.set(k, (sums.get(k) ?? 0) + s); } });
  return (emit) => { for (const [k, s] of sums) emit(Math.floor(k / SLOT_LIMIT), k % SLOT_LIMIT, s); };
}
