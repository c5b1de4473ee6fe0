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
];

export function stageVersion(name: string): string {
  const s = STAGES.find((x) => x.name === name);
  if (!s) throw new Error(`unknown stage ${name}`);
  return s.version;
}
