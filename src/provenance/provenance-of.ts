// The export fields of one article (original, copies, duplicates, reuse, diff, quality flags),
// read from the index after addArticles; exact groups and links are expanded to members here. The
// near/contained duplicates and the reuse list keep their best MAX_DUPLICATE_REFS / MAX_REUSE_REFS
// references (config.ts), chosen from the links before any passage is built.
//
// Two parts: the article's own fields (its lineage record, the copies naming it, its quality flags),
// which change only when its lineage does, and its lists, which change whenever a linked text arrives.
// A store keeps the first and builds the lists when an article is read (see store/provenance-lists.ts):
// writing them would rewrite every linked old article's result at each batch.
import { MAX_DUPLICATE_REFS, MAX_REUSE_REFS } from './config.js';
import { bestRefs, linkedRefs, type RankedRef } from './linked-refs.js';
import { textForms, type TokenCache } from './token-cache.js';
import type { DuplicateRef, EditDiff, Flag, Original, ReuseRef } from './model-types.js';
import type { ProvenanceIndex, TokenPassage } from './types.js';

export interface OwnProvenance {
  original: Original | null;
  copies: string[];
  diff: EditDiff | null;
  flags: Flag[];
}

export interface ProvenanceLists {
  duplicates: DuplicateRef[];
  reuse: ReuseRef[];
}

export interface ArticleProvenance extends OwnProvenance, ProvenanceLists {}

/** `cache`: a corpus step's token cache (each member text is tokenised once for all the results). */
export function provenanceOf(id: string, index: ProvenanceIndex, cache?: TokenCache | null): ArticleProvenance {
  const own = ownProvenance(id, index);
  const lists = provenanceLists(id, index, cache);
  return { original: own.original, copies: own.copies, duplicates: lists.duplicates, reuse: lists.reuse, diff: own.diff, flags: own.flags };
}

/** The fields that change only with the article's own lineage (or a copy naming it as original). */
export function ownProvenance(id: string, index: ProvenanceIndex): OwnProvenance {
  const lineage = index.getLineage(id);
  return {
    original: lineage?.original ?? null,
    copies: index.copiesOf(id),
    diff: lineage?.diff ?? null,
    flags: index.getSummary(id)?.quality ?? [],
  };
}

/** The exact, near and contained duplicates and the reuse list, from the links as they stand. */
export function provenanceLists(id: string, index: ProvenanceIndex, cache?: TokenCache | null): ProvenanceLists {
  const out: ProvenanceLists = { duplicates: [], reuse: [] };
  const summary = index.getSummary(id);
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
