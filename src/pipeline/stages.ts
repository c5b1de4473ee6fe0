// The pipeline as data: the ordered list of stages `parallax analyze` runs, with the version that
// stamps every record a stage writes. Bump a version when a stage's output changes, so that
// `analyze` recomputes what the upgraded stage produces from the stored raw input.
//
// Per-article stages are pure functions of one record and run in the worker pool, in any order.
// Corpus stages relate articles to each other and run on one thread over compact summaries.

export interface StageInfo {
  name: string;
  kind: 'per-article' | 'corpus';
  version: string;
  /** What the stage adds, for `parallax stages` and the README. */
  description: string;
}

export const STAGES: readonly StageInfo[] = [
  {
    name: 'extract',
    kind: 'per-article',
    version: '1',
    description: 'clean text, removed boilerplate with reasons, title, byline, date, dateline, outlet, credits, language runs, extraction flags',
  },
  {
    name: 'language',
    kind: 'per-article',
    version: '1',
    description: 'sentences, named entities linked within the article, quotes with speakers, dates (TIMEX3), events (who did what to whom)',
  },
  {
    name: 'provenance',
    kind: 'corpus',
    version: '1',
    description: 'exact and near duplicates (MinHash + LSH), text reuse, lineage with edit diffs, garbled-text flags',
  },
  {
    name: 'entities',
    kind: 'corpus',
    version: '1',
    description: 'entities linked across articles (aliases, spelling variants when context agrees), quote speakers as entity ids',
  },
  {
    name: 'events',
    kind: 'corpus',
    version: '1',
    description: 'the same event reported by several articles merged into one, with its mentions',
  },
];

export function stageVersion(name: string): string {
  const s = STAGES.find((x) => x.name === name);
  if (!s) throw new Error(`unknown stage ${name}`);
  return s.version;
}
