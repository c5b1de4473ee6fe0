// The provenance corpus step: adds stored articles to the duplicate index, recomputes lineage of
// what they touch, and writes every affected article's provenance fields — all in one transaction.
import { addSummarized } from '../../provenance/add-articles.js';
import { provenanceOf } from '../../provenance/provenance-of.js';
import { summarize } from '../../provenance/summarize.js';
import type { ArticleSummary } from '../../provenance/types.js';
import type { Store } from '../../store/repository.js';

export interface ProvenanceStepStats { added: number; affected: number; links: number; exactDuplicates: number }

/** Adds the given articles (summaries from the workers when at hand, else computed here). */
export function provenanceStep(store: Store, ids: readonly string[], summaries: ReadonlyMap<string, ArticleSummary>): ProvenanceStepStats {
  const { index } = store.provenance;
  return store.provenance.transaction(() => {
    const items = [];
    for (const id of ids) {
      const article = index.getArticle(id);
      if (!article || index.getSummary(id)) continue; // gone, or already indexed (re-run)
      items.push({ article, summary: summaries.get(id) ?? summarize({ id, text: article.text }) });
    }
    const update = addSummarized(items, index);
    store.provenance.saveResults(update.affected.map((id) => ({ article_id: id, ...provenanceOf(id, index) })));
    return { added: update.added.length, affected: update.affected.length, links: update.stats.links, exactDuplicates: update.stats.exactDuplicates };
  });
}

/** Catches up with articles a killed run stored but did not index. */
export function provenanceCatchUp(store: Store, batch = 1000): number {
  let total = 0;
  for (;;) {
    const ids = store.provenance.pendingArticleIds(batch);
    if (ids.length === 0) return total;
    total += provenanceStep(store, ids, new Map()).added;
  }
}
