// The near/contained-duplicate and reuse references of an exact-duplicate group, ranked by what the
// results show (rounded similarity or shared fraction descending, then id) from the links alone: the
// results build passages for the best few only.
import type { CopyLink, ProvenanceIndex } from './types.js';

export interface RankedRef {
  article_id: string;
  /** The value shown: a duplicate's similarity, or the share of the group's text found in the other. */
  value: number;
  link: CopyLink;
  /** The exact-duplicate group the referenced article belongs to (shared by its members' references). */
  group: readonly string[];
}

export interface LinkedRefs {
  duplicates: RankedRef[];
  reuse: RankedRef[];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

const byRank = (x: RankedRef, y: RankedRef): number => y.value - x.value || (x.article_id < y.article_id ? -1 : x.article_id > y.article_id ? 1 : 0);

/** Every member of every group linked to the group represented by `rep`, unsorted. */
export function linkedRefs(rep: string, index: ProvenanceIndex): LinkedRefs {
  const out: LinkedRefs = { duplicates: [], reuse: [] };
  for (const link of index.linksOf(rep)) {
    const otherSummary = index.getSummary(link.a === rep ? link.b : link.a);
    if (!otherSummary) continue;
    const reuse = link.kind === 'reuse';
    const value = round3(reuse ? (link.a === rep ? link.aInB : link.bInA) : link.kind === 'near' ? link.jaccard : Math.max(link.aInB, link.bInA));
    const list = reuse ? out.reuse : out.duplicates;
    const group = index.groupOf(otherSummary.textHash);
    for (const m of group) list.push({ article_id: m, value, link, group });
  }
  return out;
}

/** The k best references, best first. */
export function bestRefs(refs: readonly RankedRef[], k: number): RankedRef[] {
  return [...refs].sort(byRank).slice(0, k);
}
