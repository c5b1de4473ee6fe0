// The unit of work of the story comparisons: one group's articles compared across outlets, plus the
// sentences they share. Pure, so it runs the same inline or on a worker thread (compare-pool.ts).
import { compareStory, storyContract } from '../../compare/index.js';
import type { CompareArticle } from '../../compare/index.js';
import { OutletRegistry } from '../../extract/outlets/index.js';
import type { Story } from '../../model/export.js';
import { sharedSentences } from '../../stories/clustering/index.js';

export interface CompareTask { articles: CompareArticle[]; outletFiles: string[] }

/** The fields a comparison adds to a group's stored document. */
export type ComparedFields = Pick<Story, 'summary' | 'coverage' | 'quote_variants' | 'framing' | 'conflicts'>;

export function compareGroup(articles: readonly CompareArticle[], groupsOf: (outlet: string) => string[]): ComparedFields {
  const comparison = compareStory(articles, { groupsOf });
  const summary = sharedSentences(articles.map((a) => ({ id: a.id, text: a.text }))).map((x) => x.text);
  return { summary, ...storyContract(comparison) };
}

let cached: { key: string; registry: OutletRegistry } | null = null;

/** On a worker: the outlet registry is loaded once per thread (group labels come from it). */
export function runCompareTask(task: CompareTask): ComparedFields {
  const key = task.outletFiles.join('\n');
  if (!cached || cached.key !== key) cached = { key, registry: OutletRegistry.load(task.outletFiles) };
  const registry = cached.registry;
  return compareGroup(task.articles, (name) => registry.groupsOf(name));
}
