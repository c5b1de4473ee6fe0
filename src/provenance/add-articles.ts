// The incremental corpus step: index a batch, verify bucket candidates, recompute lineage of the
// groups the batch touched and of their neighbours. Candidates come only from exact-hash groups and
// LSH buckets; exact duplicates join their group's representative and are never compared again.
import { PREFILTER_MIN_CONTAINMENT } from './config.js';
import { compareTexts } from './compare-texts.js';
import { LineageContext, resolveLineage } from './lineage.js';
import { estimateContainment, estimateJaccard } from './minhash.js';
import { summarize } from './summarize.js';
import type { ArticleSummary, ProvenanceIndex, ProvenanceInput, ProvenanceUpdate } from './types.js';

export interface SummarizedArticle {
  article: ProvenanceInput;
  summary: ArticleSummary;
}

/** Summarises (in this thread) and adds a batch; see summarize-pool.ts for worker threads. */
export function addArticles(batch: readonly ProvenanceInput[], index: ProvenanceIndex): ProvenanceUpdate {
  return addSummarized(batch.map((article) => ({ article, summary: summarize(article) })), index);
}

/** Adds a batch whose summaries are already computed. */
export function addSummarized(items: readonly SummarizedArticle[], index: ProvenanceIndex): ProvenanceUpdate {
  const sorted = [...items].sort((x, y) => (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0));
  const stats = { candidates: 0, verified: 0, links: 0, exactDuplicates: 0 };
  const touched = new Set<string>();
  for (const { article, summary } of sorted) index.putArticle(article, summary);
  const ctx = new LineageContext(index);
  for (const { article, summary } of sorted) {
    if (summary.textHash === '') {
      index.putLineage(resolveLineage(article.id, ctx));
      continue;
    }
    touched.add(summary.textHash);
    if (index.groupOf(summary.textHash).length > 0) {
      index.addToGroup(summary.textHash, article.id);
      stats.exactDuplicates++;
      continue;
    }
    index.addToGroup(summary.textHash, article.id);
    linkCandidates(article, summary, index, stats);
    index.addKeys(article.id, summary.keys);
  }
  const affected = refreshLineage(touched, index);
  for (const { article } of sorted) affected.add(article.id);
  return { added: sorted.map((s) => s.article.id), affected: [...affected].sort(), stats };
}

function linkCandidates(article: ProvenanceInput, summary: ArticleSummary, index: ProvenanceIndex, stats: ProvenanceUpdate['stats']): void {
  const ids = [...new Set(index.lookup(summary.keys))].filter((c) => c !== article.id).sort();
  for (const other of ids) {
    stats.candidates++;
    const os = index.getSummary(other);
    if (!os || !plausible(summary, os)) continue;
    const oa = index.getArticle(other);
    if (!oa) continue;
    stats.verified++;
    const [a, b] = article.id < other ? [article, oa] : [oa, article];
    const link = compareTexts(a.id, a.text, b.id, b.text);
    if (link) {
      index.putLink(link);
      stats.links++;
    }
  }
}

/** Signature pre-filter: skips candidates whose estimated overlap is negligible (a bucket collision). */
function plausible(a: ArticleSummary, b: ArticleSummary): boolean {
  if (!a.signature || !b.signature) return true;
  const j = estimateJaccard(a.signature, b.signature);
  const c = Math.max(estimateContainment(j, a.shingleCount, b.shingleCount), estimateContainment(j, b.shingleCount, a.shingleCount));
  return c >= PREFILTER_MIN_CONTAINMENT || sharesParagraph(a, b);
}

function sharesParagraph(a: ArticleSummary, b: ArticleSummary): boolean {
  const set = new Set(a.paragraphs);
  for (const p of b.paragraphs) if (set.has(p)) return true;
  return false;
}

/** Recomputes lineage for every member of the touched groups and of the groups linked to them. */
function refreshLineage(touched: Set<string>, index: ProvenanceIndex): Set<string> {
  const ctx = new LineageContext(index);
  const groups = new Set(touched);
  for (const hash of touched) {
    const rep = index.groupOf(hash)[0];
    for (const link of index.linksOf(rep)) {
      const other = index.getSummary(link.a === rep ? link.b : link.a);
      if (other) groups.add(other.textHash);
    }
  }
  const affected = new Set<string>();
  for (const hash of [...groups].sort()) {
    for (const id of index.groupOf(hash)) {
      const before = index.getLineage(id)?.original?.article_id;
      const record = resolveLineage(id, ctx);
      index.putLineage(record);
      affected.add(id);
      const after = record.original?.article_id;
      if (before && before !== after) affected.add(before);
      if (after) affected.add(after);
    }
  }
  return affected;
}
