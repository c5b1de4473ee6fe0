// The export fields of one article (original, copies, duplicates, reuse, diff, quality flags),
// read from the index after addArticles; exact groups and links are expanded to every member here.
import { textForms, type TokenCache } from './token-cache.js';
import type { DuplicateRef, EditDiff, Flag, Original, ReuseRef } from './model-types.js';
import type { CopyLink, ProvenanceIndex, TokenPassage } from './types.js';

export interface ArticleProvenance {
  original: Original | null;
  copies: string[];
  duplicates: DuplicateRef[];
  reuse: ReuseRef[];
  diff: EditDiff | null;
  flags: Flag[];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** `cache`: a corpus step's token cache (each member text is tokenised once for all the results). */
export function provenanceOf(id: string, index: ProvenanceIndex, cache?: TokenCache | null): ArticleProvenance {
  const summary = index.getSummary(id);
  const lineage = index.getLineage(id);
  const out: ArticleProvenance = {
    original: lineage?.original ?? null,
    copies: index.copiesOf(id),
    duplicates: [],
    reuse: [],
    diff: lineage?.diff ?? null,
    flags: summary?.quality ?? [],
  };
  if (!summary || summary.textHash === '') return out;
  const group = index.groupOf(summary.textHash);
  for (const m of group) if (m !== id) out.duplicates.push({ article_id: m, kind: 'exact', similarity: 1 });
  const rep = group[0];
  for (const link of index.linksOf(rep)) {
    const otherRep = link.a === rep ? link.b : link.a;
    const otherSummary = index.getSummary(otherRep);
    if (!otherSummary) continue;
    const members = index.groupOf(otherSummary.textHash);
    if (link.kind === 'reuse') out.reuse.push(...reuseRefs(id, group, link, members, index, cache));
    else for (const m of members) out.duplicates.push({ article_id: m, kind: link.kind, similarity: round(similarity(link)) });
  }
  out.duplicates.sort((a, b) => b.similarity - a.similarity || (a.article_id < b.article_id ? -1 : 1));
  out.reuse.sort((a, b) => b.shared_fraction - a.shared_fraction || (a.article_id < b.article_id ? -1 : 1));
  return out;
}

function similarity(link: CopyLink): number {
  return link.kind === 'near' ? link.jaccard : Math.max(link.aInB, link.bInA);
}

function reuseRefs(id: string, group: string[], link: CopyLink, members: string[], index: ProvenanceIndex, cache?: TokenCache | null): ReuseRef[] {
  const rep = group[0];
  const mine = link.a === rep;
  const me = index.getArticle(id);
  if (!me) return [];
  const myTokens = textForms(cache, id, me.text).tokens;
  return members.flatMap((m) => {
    const other = index.getArticle(m);
    if (!other) return [];
    const theirs = textForms(cache, m, other.text).tokens;
    const passages = link.passages.map((p: TokenPassage) => {
      const [s0, s1, o0, o1] = mine ? [p.a0, p.a1, p.b0, p.b1] : [p.b0, p.b1, p.a0, p.a1];
      return { start: myTokens.starts[s0], end: myTokens.ends[s1 - 1], other_start: theirs.starts[o0], other_end: theirs.ends[o1 - 1] };
    });
    // The link's passage order follows its sides (by representative id), and a group's representative
    // is the member that arrived first: ordered here by the side of the group whose least id is larger
    // (a run from scratch adds in id order, so that side was the link's second), arrival plays no part.
    const byOther = minId(group) < minId(members);
    passages.sort((x, y) => (byOther ? x.other_start - y.other_start || x.start - y.start : x.start - y.start || x.other_start - y.other_start));
    return [{ article_id: m, shared_fraction: round(mine ? link.aInB : link.bInA), passages }];
  });
}

function minId(ids: readonly string[]): string {
  let m = ids[0];
  for (const id of ids) if (id < m) m = id;
  return m;
}
