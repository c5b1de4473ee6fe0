// What `reanalyze` must recompute, decided from the stage list (versions, dependencies, how each
// corpus stage follows changes) and the store's stamps. Pure: no store access.
import type { StageStamp } from '../store/repository.js';
import { downstreamOf, stageInfo } from './stages.js';
import type { StageInfo } from './stages.js';

export interface ReanalyzeSelection {
  /** Stages to recompute whatever their stamps say (`--stage`); with `all`, every stage. */
  force?: readonly string[];
  all?: boolean;
}

export interface CorpusAction {
  stage: string;
  /** The stamp found ('none' when the store has none for the stage). */
  from: string;
  to: string;
  why: 'forced' | 'version' | 'upstream' | 'dirty' | 'unfinished';
}

export interface ReanalyzePlan {
  /** The per-article query: stale extract / language stamps ('*': every article). */
  articles: { extract?: string; language?: string };
  /** Per-article stages recomputed for every article. */
  forcedArticleStages: Set<string>;
  /** Corpus stages whose whole state is dropped and rebuilt before the corpus steps run. */
  reset: CorpusAction[];
  /** Corpus stages that were reset or touched by an earlier, interrupted run: the steps must run. */
  unfinished: CorpusAction[];
}

export function planReanalyze(stages: readonly StageInfo[], stamps: readonly StageStamp[], sel: ReanalyzeSelection): ReanalyzePlan {
  for (const name of sel.force ?? []) stageInfo(name, stages); // unknown names fail early
  const forced = new Set(sel.all ? stages.map((s) => s.name) : sel.force ?? []);
  const byStage = new Map(stamps.map((s) => [s.stage, s]));
  const version = (name: string) => stageInfo(name, stages).version;

  const forcedArticleStages = new Set(stages.filter((s) => s.kind === 'per-article' && forced.has(s.name)).map((s) => s.name));
  const extractAll = forcedArticleStages.has('extract');
  const articles = {
    extract: extractAll ? '*' : version('extract'),
    language: extractAll || forcedArticleStages.has('language') ? '*' : version('language'),
  };

  // Corpus stages stale for the whole corpus: forced, or made by another version, or downstream of one.
  const corpus = stages.filter((s) => s.kind === 'corpus');
  const wide = new Map<string, CorpusAction['why']>();
  if (stamps.length > 0) {
    for (const s of corpus) {
      const stamp = byStage.get(s.name);
      if (forced.has(s.name)) wide.set(s.name, 'forced');
      else if (!stamp || stamp.version !== s.version) wide.set(s.name, 'version');
      else if (stamp.state === 'dirty') wide.set(s.name, 'dirty');
    }
    // A dirty stage's downstream was marked by the same change (effectsOfChange): not corpus-wide.
    const roots = [...wide.keys()].filter((n) => wide.get(n) !== 'dirty');
    for (const n of downstreamOf(roots, stages)) if (!wide.has(n) && stageInfo(n, stages).kind === 'corpus') wide.set(n, 'upstream');
  }
  const action = (s: StageInfo, why: CorpusAction['why']): CorpusAction => ({ stage: s.name, from: byStage.get(s.name)?.version ?? 'none', to: s.version, why });
  const reset = corpus.filter((s) => wide.has(s.name)).map((s) => action(s, wide.get(s.name)!));
  const unfinished = corpus.filter((s) => !wide.has(s.name) && byStage.get(s.name)?.state === 'rebuilding').map((s) => action(s, 'unfinished'));
  return { articles, forcedArticleStages, reset, unfinished };
}

/** How the corpus stages follow a change of some articles' per-article records. */
export function effectsOfChange(stages: readonly StageInfo[], changed: Iterable<string>): { drop: string[]; mark: { stage: string; state: 'dirty' | 'rebuilding' }[] } {
  const down = downstreamOf(changed, stages).map((n) => stageInfo(n, stages)).filter((s) => s.kind === 'corpus');
  return {
    drop: down.filter((s) => s.onChange === 'articles').map((s) => s.name),
    mark: down.map((s) => ({ stage: s.name, state: s.onChange === 'rebuild' ? 'dirty' as const : 'rebuilding' as const })),
  };
}
