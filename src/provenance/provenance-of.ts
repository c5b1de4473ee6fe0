// The export fields of one article (original, copies, duplicates, reuse, diff, quality flags),
// read from the index after addArticles; exact groups and links are expanded to members here. The
// near/contained duplicates and the reuse list keep their best MAX_DUPLICATE_REFS / MAX_REUSE_REFS
// references (config.ts), chosen from the links before any passage is built.
import { MAX_DUPLICATE_REFS, MAX_REUSE_REFS } from './config.js';
import { bestRefs, linkedRefs, type RankedRef } from './linked-refs.js';
import { textForms, type TokenCache } from './token-cache.js';
import type { DuplicateRef, EditDiff, Flag, Original, ReuseRef } from './model-types.js';
import type { ProvenanceIndex, TokenPassage } from './types.js';

export interface ArticleProvenance {
  original: Original | null;
  copies: string[];
  duplicates: DuplicateRef[];
  reuse: ReuseRef[];
  diff: EditDiff | null;
  flags: Flag[];
}

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
  const refs = linkedRefs(group[0], index);
  for (const r of bestRefs(refs.duplicates, MAX_DUPLICATE_REFS)) {
    out.duplicates.push({ article_id: r.article_id, kind: r.link.kind as DuplicateRef['kind'], similarity: r.value });
  }
  out.duplicates.sort((a, b) => b.similarity - a.similarity || (a.article_id < b.article_id ? -1 : 1));
  for (const r of bestRefs(refs.reuse, MAX_REUSE_REFS)) {
    const ref = reuseRef(id, group, r, index, cache);
    if (ref) out.reuse.push(ref);
  }
  return out;
}

function reuseRef(id: string, group: string[], r: RankedRef, index: ProvenanceIndex, cache?: TokenCache | null): ReuseRef | null {
  const { link, article_id: m } = r;
  const mine = link.a === group[0];
  const me = index.getArticle(id);
  const other = index.getArticle(m);
  if (!me || !other) return null;
  const myTokens = textForms(cache, id, me.text).tokens;
  const theirs = textForms(cache, m, other.text).tokens;
  const passages = link.passages.map((p: TokenPassage) => {
    const [s0, s1, o0, o1] = mine ? [p.a0, p.a1, p.b0, p.b1] : [p.b0, p.b1, p.a0, p.a1];
    return { start: myTokens.starts[s0], end: myTokens.ends[s1 - 1], other_start: theirs.starts[o0], other_end: theirs.ends[o1 - 1] };
  });
  // The link's passage order follows its sides (by representative id), and a group's representative
  // is the member that arrived first: ordered here by the side of the group whose least id is larger
  // (a run from scratch adds in id order, so that side was the link's second), arrival plays no part.
  const byOther = minId(group) < minId(r.group);
  passages.sort((x, y) => (byOther ? x.other_start - y.other_start || x.start - y.start : x.start - y.start || x.other_start - y.other_start));
  return { article_id: m, shared_fraction: r.value, passages };
}

function minId(ids: readonly string[]): string {
  let m = ids[0];
  for (const id of ids) if (id < m) m = id;
  return m;
}
