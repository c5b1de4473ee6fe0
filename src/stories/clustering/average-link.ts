// Average-link agglomeration inside one component of the candidate graph, over the scored pairs
// only (a pair never scored counts as similarity 0). Nodes 0..n-1 must be in canonical (id) order:
// the best average wins, ties go to the pair of clusters whose smallest members come first.
// Hand-written: library HAC implementations need the full O(n²) distance matrix.
import { MergeHeap } from './merge-heap.js';
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
  // The merge each slot last took part in (-1: none). An entry pushed after merge `at` is current
  // while neither of its slots merged since: what a version per cluster would tell.
  const lastMerge = new Int32Array(n).fill(-1);
  const tooWide = (a: number, b: number) => span !== undefined && Math.max(hi[a], hi[b]) - Math.min(lo[a], lo[b]) > span.maxSpan;
  const heap = new MergeHeap();
  let first = 0;
  for (let i = 0; i < n; i++) sums.forEach(i, (j, sum) => { if (i < j && sum >= threshold) first++; });
  heap.reserve(first + (first >> 2) + 1024); // room up to where stale entries are dropped (below): the queue seldom grows by copying
  for (let i = 0; i < n; i++) {
    sums.forEach(i, (j, sum) => {
      if (i < j && sum >= threshold) heap.append(sum, tieKey(i, j), i, j, -1);
    });
  }
  heap.heapify();
  const current = (i: number, j: number, at: number) => alive[i] === 1 && alive[j] === 1 && lastMerge[i] <= at && lastMerge[j] <= at;
  let merges = 0;
  while (heap.size > 0) {
    const i = heap.topI(), j = heap.topJ(), at = heap.topAt();
    heap.pop();
    if (!current(i, j, at)) continue;
    if (tooWide(i, j)) continue; // stays blocked: clusters only widen
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
    const m = merges++;
    lastMerge[keep] = lastMerge[gone] = m;
    // Only averages involving the merged cluster changed; other queued entries stay current.
    sums.forEach(keep, (other, sum) => {
      const avg = sum / (size[keep] * size[other]);
      if (avg >= threshold) heap.push(avg, tieKey(key[keep], key[other]), keep, other, m);
    });
    // At most one entry per pair is current: past a quarter more, the stale ones go (the queue stays near the pairs' size).
    if (heap.size > 1.25 * sums.pairs + 1024) heap.retain(current);
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
