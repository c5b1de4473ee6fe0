// Average-link agglomeration inside one component of the candidate graph, over the scored pairs
// only (a pair never scored counts as similarity 0). Nodes 0..n-1 must be in canonical (id) order:
// the best average wins, ties go to the pair of clusters whose smallest members come first.
// Hand-written: library HAC implementations need the full O(n²) distance matrix.
export interface ScoredPair { a: number; b: number; s: number }

/** A time bound on groups: node days (null = undated) and the widest span of days one group may hold. */
export interface SpanLimit { days: readonly (number | null)[]; maxSpan: number }

interface Cluster { members: number[]; key: number; alive: boolean; lo: number; hi: number }

function pairKey(i: number, j: number): number {
  return i < j ? i * 0x100000 + j : j * 0x100000 + i;
}

/**
 * Clusters of nodes 0..n-1 (index order is the tie order); merging stops below `threshold`. With a
 * span limit, two clusters whose dated members would span more than `maxSpan` days never merge
 * (a cannot-link: reports a month apart are of different happenings, however alike their words).
 */
export function averageLink(n: number, pairs: readonly ScoredPair[], threshold: number, span?: SpanLimit): number[][] {
  if (n > 0xfffff) throw new RangeError('component too large for average-link');
  const clusters: Cluster[] = Array.from({ length: n }, (_, i) => {
    const d = span?.days[i] ?? null;
    return { members: [i], key: i, alive: true, lo: d ?? Infinity, hi: d ?? -Infinity };
  });
  const tooWide = (a: Cluster, b: Cluster) => span !== undefined && Math.max(a.hi, b.hi) - Math.min(a.lo, b.lo) > span.maxSpan;
  const sums = new Map<number, number>(); // cluster pair → sum of scored similarities
  const nbrs: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const { a, b, s } of pairs) {
    if (a === b) continue;
    const k = pairKey(a, b);
    sums.set(k, (sums.get(k) ?? 0) + s);
    nbrs[a].add(b);
    nbrs[b].add(a);
  }
  // Max-heap of candidate merges, lazily invalidated by cluster versions.
  const version = new Int32Array(n);
  const heap = new MaxHeap();
  const push = (i: number, j: number) => {
    const sum = sums.get(pairKey(i, j));
    if (sum === undefined) return;
    const avg = sum / (clusters[i].members.length * clusters[j].members.length);
    if (avg >= threshold) heap.push({ avg, tie: tieKey(clusters[i].key, clusters[j].key), i, j, vi: version[i], vj: version[j] });
  };
  for (const k of sums.keys()) push(Math.floor(k / 0x100000), k % 0x100000);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { i, j } = top;
    if (!clusters[i].alive || !clusters[j].alive || version[i] !== top.vi || version[j] !== top.vj) continue;
    if (tooWide(clusters[i], clusters[j])) continue; // stays blocked: clusters only widen
    // The slot with more neighbours survives (merging neighbour lists smaller into larger keeps a
    // chain of merges near-linear); the tie order follows the clusters' keys, not their slots.
    const [keep, gone] = nbrs[i].size >= nbrs[j].size ? [i, j] : [j, i];
    mergeInto(keep, gone, clusters, sums, nbrs);
    // Only averages involving the merged cluster changed; other queued entries stay valid.
    version[keep]++;
    version[gone]++;
    for (const other of nbrs[keep]) push(keep, other);
  }
  // Groups in the order of their smallest members, members ascending (independent of which slots survived).
  return clusters.filter((c) => c.alive).map((c) => c.members.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}

const tieKey = (a: number, b: number): number => (a < b ? a * 0x100000 + b : b * 0x100000 + a);

interface Entry { avg: number; tie: number; i: number; j: number; vi: number; vj: number }

/** Higher average first; equal averages by the smaller tie key (deterministic). */
const before = (a: Entry, b: Entry): boolean => a.avg > b.avg || (a.avg === b.avg && a.tie < b.tie);

class MaxHeap {
  private readonly items: Entry[] = [];
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    for (let c = h.length - 1; c > 0;) {
      const p = (c - 1) >> 1;
      if (!before(h[c], h[p])) break;
      [h[c], h[p]] = [h[p], h[c]];
      c = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    if (!h.length) return undefined;
    const top = h[0], last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let c = 0; ;) {
        const l = 2 * c + 1, r = l + 1;
        let m = c;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === c) break;
        [h[c], h[m]] = [h[m], h[c]];
        c = m;
      }
    }
    return top;
  }
}

function mergeInto(keep: number, gone: number, clusters: Cluster[], sums: Map<number, number>, nbrs: Set<number>[]): void {
  const ck = clusters[keep], cg = clusters[gone];
  if (ck.members.length < cg.members.length) [ck.members, cg.members] = [cg.members, ck.members];
  for (const m of cg.members) ck.members.push(m);
  cg.members = [];
  if (cg.key < ck.key) ck.key = cg.key;
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
  nbrs[gone].clear();
}
