// The unit of work a worker thread runs: one input record through every per-article stage.
// Pure: the result depends on the record and the stage versions only.
import type { ExtractedArticle } from '../model/article.js';
import type { InputRecord } from '../model/input.js';
import { extractArticle } from '../extract/index.js';
import type { ExtractContext } from '../extract/index.js';
import { OutletRegistry } from '../extract/outlets/index.js';
import { summarize } from '../provenance/summarize.js';
import { annotateText, referenceDate } from '../language/annotate.js';
import type { ArticleSummary } from '../provenance/types.js';

export interface ExtractTask { record: InputRecord; outletFiles: string[] }

/** Everything the per-article stages produce for one record. */
export interface ArticleResult {
  article: ExtractedArticle;
  /** Provenance summary (hashes, MinHash, LSH keys, quality flags) for the corpus step. */
  provenance: ArticleSummary;
  /**
   * Sentences, entities linked within the article, quotes, dates and events, as the JSON the store
   * keeps: made on the worker, so the main thread neither clones the object graph nor serialises it.
   */
  languageJson: string;
}

let cached: { key: string; ctx: ExtractContext } | null = null;

/** Loads the outlet registry once per thread (and again only if the user files change). */
function contextFor(outletFiles: string[]): ExtractContext {
  const key = outletFiles.join('\n');
  if (!cached || cached.key !== key) cached = { key, ctx: { outlets: OutletRegistry.load(outletFiles) } };
  return cached.ctx;
}

export function extractOnly(task: ExtractTask): ExtractedArticle {
  return extractArticle(task.record, contextFor(task.outletFiles));
}

export function runArticleTask(task: ExtractTask): ArticleResult {
  const article = extractOnly(task);
  return {
    article,
    // The dateline lets the worker find the credit line too, so lineage need not re-read the text.
    provenance: summarize({ id: article.id, text: article.text, dateline: article.dateline ?? null }),
    languageJson: JSON.stringify(annotateText(article.text, { published: referenceDate(article) })),
  };
}
