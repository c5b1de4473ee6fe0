// The language stage over the articles of one worker task, shared by analyze and reanalyze.
import type { ExtractedArticle } from '../model/article.js';
import { annotateText, annotateTexts, referenceDate } from '../language/annotate.js';
import type { ArticleLanguage } from '../language/annotate.js';

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
