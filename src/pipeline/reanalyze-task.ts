// The unit of work of `reanalyze` in a worker thread: re-extract a rebuilt record (and annotate the
// result), or annotate a stored article again. Pure, like the per-article stages of `analyze`.
import type { ExtractedArticle } from '../model/article.js';
import type { InputRecord } from '../model/input.js';
import { annotateText, referenceDate } from '../language/annotate.js';
import { annotateInto, type PendingArticle } from './annotate-articles.js';
import type { ArticleLanguage } from '../language/annotate.js';
import { extractOnly } from './extract-task.js';
import { failure, type Outcome } from './batching-pool.js';

export type ReanalyzeTask =
  /** `unchangedSkipsLanguage`: the stored document (JSON) whose annotations are current, if they are. */
  | { kind: 'extract'; record: InputRecord; outletFiles: string[]; unchangedSkipsLanguage?: string }
  | { kind: 'language'; article: ExtractedArticle };

export interface ReanalyzeResult { article?: ExtractedArticle; language?: ArticleLanguage }

export function runReanalyzeTask(task: ReanalyzeTask): ReanalyzeResult {
  if (task.kind === 'language') return { language: annotate(task.article) };
  const article = extractOnly({ record: task.record, outletFiles: task.outletFiles });
  // Re-extraction that gives the same document leaves current annotations as they are.
  if (task.unchangedSkipsLanguage !== undefined && JSON.stringify(article) === task.unchangedSkipsLanguage) return { article };
  return { article, language: annotate(article) };
}

function annotate(article: ExtractedArticle): ArticleLanguage {
  return annotateText(article.text, { published: referenceDate(article) });
}

/**
 * Several tasks at once: re-extraction one record at a time, then the language stage across every
 * article that needs it (annotateTexts: the same results, less CPU). A task that throws fails alone.
 */
export function runReanalyzeTasks(tasks: readonly ReanalyzeTask[]): Outcome<ReanalyzeResult>[] {
  const out: Outcome<ReanalyzeResult>[] = [];
  const pending: PendingArticle[] = [];
  for (const task of tasks) {
    try {
      if (task.kind === 'language') pending.push({ at: out.length, article: task.article });
      else {
        const article = extractOnly({ record: task.record, outletFiles: task.outletFiles });
        // Re-extraction that gives the same document leaves current annotations as they are.
        if (task.unchangedSkipsLanguage === undefined || JSON.stringify(article) !== task.unchangedSkipsLanguage) pending.push({ at: out.length, article });
        else { out.push({ ok: { article } }); continue; }
      }
      out.push({ error: 'not annotated' });
    } catch (err) {
      out.push(failure(err));
    }
  }
  annotateInto(out, pending, (a, language) => (tasks[a.at].kind === 'language' ? { language } : { article: a.article, language }));
  return out;
}
