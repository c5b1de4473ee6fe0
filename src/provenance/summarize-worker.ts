// Worker-thread entry for piscina: one task = a slice of articles summarised.
import { summarize } from './summarize.js';
import type { ArticleSummary } from './types.js';

export default function (task: { articles: { id: string; text: string; dateline?: string | null }[]; quality?: boolean }): ArticleSummary[] {
  return task.articles.map((a) => summarize(a, { quality: task.quality }));
}
