// Average-link agglomeration inside one component of the candidate graph, over the scored pairs
// only (a pair never scored counts as similarity 0). Deterministic: the best average wins, ties go
// to the pair of clusters whose smallest member ids sort first.
export interface ScoredPair { a: number; b: number; s: number }

interface Cluster { members: number[]; key: string; alive: boolean }

function pairKey(i: number, j: number): number {
  return i < j ? i * 0x100000 + j : j * 0x100000 + i;
}

/** Clusters of nodes 0..n-1 (`ids` give the tie order); merging stops below `threshold`. */
export function averageLink(n: number, ids: readonly string[], pairs: readonly ScoredPair[], threshold: number): number[][] {
  if (n > 0xfffff) throw new RangeError('component too large for average-link');
  const clusters: Cluster[] = ids.map((id, i) => ({ members: [i], key: id, alive: true }));
  const sums = new Map<number, number>(); // cluster pair → sum of scored similarities
  const nbrs: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const { a, b, s } of pairs) {
    if (a === b) continue;
    const k = pairKey(a, b);
    sums.set(k, (sums.get(k) ?? 0) + s);
    nbrs[a].add(b);
    nbrs[b].add(a);
  }
  for (;;) {
    let best: [number, number] | null = null, bestAvg = -Infinity, bestTie = '';
    for (const [k, sum] of sums) {
      const i = Math.floor(k / 0x100000), j = k % 0x100000;
      const avg = sum / (clusters[i].members.length * clusters[j].members.length);
      if (avg < threshold) continue;
      const tie = clusters[i].key < clusters[j].key ? clusters[i].key + '\u0000' + clusters[j].key : clusters[j].key + '\u0000' + clusters[i].key;
      if (avg > bestAvg || (avg === bestAvg && tie < bestTie)) { best = [i, j]; bestAvg = avg; bestTie = tie; }
    }
    if (!best) break;
    const [keep, gone] = best;
    mergeInto(keep, gone, clusters, sums, nbrs);
  }
  return clusters.filter((c) => c.alive).map((c) => c.members);
}

function mergeInto(keep: number, gone: number, clusters: Cluster[], sums: Map<number, number>, nbrs: Set<number>[]): void {
  const ck = clusters[keep], cg = clusters[gone];
  ck.members.push(...cg.members);
  if (cg.key < ck.key) ck.key = cg.key;
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
