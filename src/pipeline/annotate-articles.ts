// The language stage over the articles of one worker task, shared by analyze and reanalyze.
import type { ExtractedArticle } from '../model/article.js';
import { annotateText, annotateTexts, referenceDate } from '../language/annotate.js';
import type { ArticleLanguage } from '../language/annotate.js';
import type { Outcome } from './batching-pool.js';

/**
 * Each article's annotations, computed across all of them at once (annotateTexts: the same results
 * as one at a time, less CPU). If the batch throws, each article is annotated alone, so only the
 * article at fault gets its error.
 */
export function annotateArticles(articles: readonly ExtractedArticle[]): (ArticleLanguage | Error)[] {
  const inputs = articles.map((a) => ({ text: a.text, context: { published: referenceDate(a) } }));
  try {
    return annotateTexts(inputs);
  } catch {
    return inputs.map((d) => {
      try { return annotateText(d.text, d.context); } catch (err) { return err instanceof Error ? err : new Error(String(err)); }
    });
  }
}

/** An article of a worker task waiting for the language stage; `at`: its slot in the task's outcomes. */
export interface PendingArticle { at: number; article: ExtractedArticle }

/**
 * annotateArticles over `pending`, each outcome written to `out[at]`: `ok` makes the success value
 * from the article and its annotations; an article whose annotation failed fails alone.
 */
export function annotateInto<P extends PendingArticle, R>(out: Outcome<R>[], pending: readonly P[], ok: (p: P, language: ArticleLanguage) => R): void {
  const languages = annotateArticles(pending.map((p) => p.article));
  pending.forEach((p, k) => {
    const language = languages[k];
    out[p.at] = language instanceof Error ? { error: language.message } : { ok: ok(p, language) };
  });
}
