// `parallax reanalyze`: recomputes the records whose stamped stage version differs from the
// current one (or of the stages named, or everything) from the stored raw input, then what depends
// on them. Three phases, each crash-safe on its own, so a killed run is finished by the next one:
//  1. per-article stages, in the worker pool, written in batches: each transaction replaces the
//     records with their new stamps and marks (or drops) what depends on the articles that changed;
//  2. corpus stages stale as a whole, or marked dirty, are dropped and stamped 'rebuilding';
//  3. the corpus steps of `analyze` run (they catch up with whatever is missing), then every
//     corpus stage is stamped current.
// A run with nothing stale writes nothing.
import type { ExtractedArticle } from '../model/article.js';
import type { ArticleReplacement, Store, StoredArticle } from '../store/repository.js';
import { runCorpusStepsHoldingLock } from './ingest-items.js';
import { diffGroups, snapshotGroups, type GroupDiff } from './reanalyze-clusters.js';
import { effectsOfChange, planReanalyze, type CorpusAction, type ReanalyzePlan } from './reanalyze-plan.js';
import { createReanalyzePool, type ReanalyzePool } from './reanalyze-pool.js';
import { defaultThreads } from './worker-pool.js';
import { rebuildRecord } from './reanalyze-record.js';
import type { ReanalyzeResult } from './reanalyze-task.js';
import { STAGES, stageVersion, type StageInfo } from './stages.js';

export interface ReanalyzeOptions {
  store: Store;
  /** Stages recomputed whatever their stamps say (and what depends on them). */
  stages?: string[];
  /** Every stage, whatever the stamps say. */
  all?: boolean;
  /** Says what would be recomputed; writes nothing. */
  dryRun?: boolean;
  threads?: number;
  outletFiles?: string[];
  /** The stage list (default: pipeline/stages.ts; tests pass one with other versions). */
  stageList?: readonly StageInfo[];
  onProgress?: (p: { articles: number }) => void;
}

export interface ReanalyzeSummary {
  dryRun: boolean;
  /** Articles recomputed per per-article stage, and how many of them came out different. */
  extract: { recomputed: number; changed: number };
  language: { recomputed: number; changed: number };
  /** Articles stored without their record fields (before schema 6) that could not be rebuilt. */
  notReextractable: string[];
  failed: { id: string; message: string }[];
  /** Corpus stages dropped and rebuilt, and stages an interrupted run left to finish. */
  reset: CorpusAction[];
  unfinished: CorpusAction[];
  corpusStepsRan: boolean;
  groups: Record<'event' | 'story', GroupDiff> | null;
  seconds: number;
}

const PAGE = 100;

export async function reanalyze(options: ReanalyzeOptions): Promise<ReanalyzeSummary> {
  const { store } = options;
  const run = () => (options.dryRun ? dryRun(options) : reanalyzeHoldingLock(options));
  // The corpus steps of other processes (workers, analyze) must not run meanwhile.
  const summary = options.dryRun ? await run() : await store.corpusLock.withLock(run);
  return summary!;
}

function emptySummary(dry: boolean): ReanalyzeSummary {
  return {
    dryRun: dry, extract: { recomputed: 0, changed: 0 }, language: { recomputed: 0, changed: 0 }, notReextractable: [], failed: [],
    reset: [], unfinished: [], corpusStepsRan: false, groups: null, seconds: 0,
  };
}

async function reanalyzeHoldingLock(options: ReanalyzeOptions): Promise<ReanalyzeSummary> {
  const t0 = performance.now();
  const { store } = options;
  const stages = options.stageList ?? STAGES;
  const summary = emptySummary(false);
  const first = planReanalyze(stages, await store.stages.stamps(), { force: options.stages, all: options.all });
  const firstPage = await store.stages.staleArticles(first.articles, '', PAGE);
  if (firstPage.length === 0 && first.reset.length === 0 && first.unfinished.length === 0) return finish(summary, t0);

  const before = await snapshotGroups(store);
  const pool = createReanalyzePool(options.threads);
  try {
    await perArticlePhase(options, first, firstPage, pool, summary);
  } finally {
    await pool.close();
  }
  // Phase 1 may have marked corpus stages: plan them again from the stamps as they are now.
  const plan = planReanalyze(stages, await store.stages.stamps(), { force: options.stages, all: options.all });
  summary.reset = plan.reset;
  summary.unfinished = plan.unfinished;
  if (plan.reset.length) await store.stages.resetCorpusStages(plan.reset.map((a) => ({ stage: a.stage, version: a.to })));
  if (plan.reset.length || plan.unfinished.length) {
    await runCorpusStepsHoldingLock(store, options.outletFiles ?? [], undefined, options.threads ?? defaultThreads());
    await store.stages.stampCurrent(stages.filter((s) => s.kind === 'corpus').map((s) => ({ stage: s.name, version: s.version })));
    summary.corpusStepsRan = true;
    summary.groups = diffGroups(before, await snapshotGroups(store));
  }
  return finish(summary, t0);
}

function finish(summary: ReanalyzeSummary, t0: number): ReanalyzeSummary {
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** Phase 1: stale articles in id order, a page at a time, recomputed in the pool and replaced. */
async function perArticlePhase(options: ReanalyzeOptions, plan: ReanalyzePlan, firstPage: StoredArticle[], pool: ReanalyzePool, summary: ReanalyzeSummary): Promise<void> {
  const { store } = options;
  const stages = options.stageList ?? STAGES;
  const versions = { extract: stageVersion('extract', stages), language: stageVersion('language', stages) };
  let page = firstPage;
  let done = 0;
  while (page.length > 0) {
    const settled = await Promise.allSettled(page.map((a) => recompute(a, plan, versions, pool, options.outletFiles ?? [], summary)));
    const batch: ArticleReplacement[] = [];
    const changedStages = new Set<string>();
    settled.forEach((s, i) => {
      const a = page[i];
      if (s.status === 'rejected') { summary.failed.push({ id: a.id, message: errorMessage(s.reason) }); return; }
      const r = toReplacement(a, s.value, versions, summary);
      if (!r) return;
      batch.push(r.replacement);
      for (const stage of r.changed) changedStages.add(stage);
    });
    if (batch.length) await store.stages.replaceArticles(batch, effectsOfChange(stages, changedStages));
    done += page.length;
    options.onProgress?.({ articles: done });
    page = await store.stages.staleArticles(plan.articles, page[page.length - 1].id, PAGE);
  }
}

async function recompute(
  a: StoredArticle, plan: ReanalyzePlan, versions: { extract: string; language: string }, pool: ReanalyzePool, outletFiles: string[], summary: ReanalyzeSummary,
): Promise<ReanalyzeResult> {
  const languageStale = plan.articles.language === '*' || a.languageVersion !== versions.language;
  if (plan.articles.extract === '*' || a.extractVersion !== versions.extract) {
    const record = rebuildRecord(a);
    if (record) return pool.run({ kind: 'extract', record, outletFiles, ...(languageStale ? {} : { unchangedSkipsLanguage: a.data }) });
    summary.notReextractable.push(a.id);
  }
  if (!languageStale) return {};
  return pool.run({ kind: 'language', article: JSON.parse(a.data) as ExtractedArticle });
}

/** The rows to write for one recomputed article, and which per-article stages' records changed. */
function toReplacement(a: StoredArticle, r: ReanalyzeResult, versions: { extract: string; language: string }, summary: ReanalyzeSummary): { replacement: ArticleReplacement; changed: string[] } | null {
  if (!r.article && !r.language) return null;
  const changed: string[] = [];
  if (r.article) {
    summary.extract.recomputed++;
    if (JSON.stringify(r.article) !== a.data) { summary.extract.changed++; changed.push('extract'); }
  }
  if (r.language) {
    summary.language.recomputed++;
    if (JSON.stringify(r.language) !== a.languageData) { summary.language.changed++; changed.push('language'); }
  }
  return {
    replacement: {
      id: a.id,
      ...(r.article ? { extract: { article: r.article, stageVersion: versions.extract } } : {}),
      ...(r.language ? { language: { data: r.language, stageVersion: versions.language } } : {}),
      changed: changed.length > 0,
    },
    changed,
  };
}

/** --dry-run: what the stamps say would be recomputed; nothing is run or written. */
async function dryRun(options: ReanalyzeOptions): Promise<ReanalyzeSummary> {
  const t0 = performance.now();
  const { store } = options;
  const stages = options.stageList ?? STAGES;
  const summary = emptySummary(true);
  const plan = planReanalyze(stages, await store.stages.stamps(), { force: options.stages, all: options.all });
  const versions = { extract: stageVersion('extract', stages), language: stageVersion('language', stages) };
  for (let page = await store.stages.staleArticles(plan.articles, '', PAGE); page.length; page = await store.stages.staleArticles(plan.articles, page[page.length - 1].id, PAGE)) {
    for (const a of page) {
      const extractStale = plan.articles.extract === '*' || a.extractVersion !== versions.extract;
      const rebuilt = extractStale && rebuildRecord(a) !== null;
      if (extractStale && !rebuilt) summary.notReextractable.push(a.id);
      if (rebuilt) summary.extract.recomputed++;
      if (plan.articles.language === '*' || a.languageVersion !== versions.language || rebuilt) summary.language.recomputed++;
    }
  }
  summary.reset = plan.reset;
  summary.unfinished = plan.unfinished;
  return finish(summary, t0);
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.name === 'AbortError' || err.name === 'TimeoutError' ? 'timed out' : err.message;
  return String(err);
}
