// The unit of work a worker thread runs: input records through every per-article stage.
// Pure: each result depends on its record and the stage versions only.
import type { ExtractedArticle } from '../model/article.js';
import type { InputRecord } from '../model/input.js';
import { extractArticle } from '../extract/index.js';
import type { ExtractContext } from '../extract/index.js';
import { OutletRegistry } from '../extract/outlets/index.js';
import { summarize } from '../provenance/summarize.js';
import { annotateText, referenceDate } from '../language/annotate.js';
import { annotateInto, type PendingArticle } from './annotate-articles.js';
import { failure, type Outcome } from './batching-pool.js';
import type { ArticleSummary } from '../provenance/types.js';

export interface ExtractTask { record: InputRecord; outletFiles: string[] }
/** Several records for one worker call (see runArticleTasks). */
export interface ExtractBatchTask { records: InputRecord[]; outletFiles: string[] }
/** A record's result, or why it failed (a failing record fails alone). */
export type ArticleOutcome = Outcome<ArticleResult>;

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

/**
 * Records through the per-article stages: extraction and summaries one record at a time, then the
 * language stage across all of them (annotateTexts keeps each step's working set in the CPU caches:
 * ~25% less CPU than one article at a time, with identical results). A record that throws fails
 * alone; if the batched language stage throws, each article is annotated alone to find which.
 */
export function runArticleTasks(task: ExtractBatchTask): ArticleOutcome[] {
  const out: ArticleOutcome[] = [];
  const done: (PendingArticle & { provenance: ArticleSummary })[] = [];
  for (const record of task.records) {
    try {
      const article = extractOnly({ record, outletFiles: task.outletFiles });
      done.push({ at: out.length, article, provenance: summarize({ id: article.id, text: article.text, dateline: article.dateline ?? null }) });
      out.push({ error: 'not annotated' });
    } catch (err) {
      out.push(failure(err));
    }
  }
  annotateInto(out, done, (d, language) => ({ article: d.article, provenance: d.provenance, languageJson: JSON.stringify(language) }));
  return out;
}
