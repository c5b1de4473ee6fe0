// The pipeline as data: the ordered list of stages `parallax analyze` runs, with the version that
// stamps every record a stage writes and what each stage reads. Bump a version when a stage's
// output changes: `parallax reanalyze` then recomputes what the upgraded stage produces from the
// stored raw input, and every stage downstream of what changed.
//
// Per-article stages are pure functions of one record and run in the worker pool, in any order;
// their stamps sit on each article's rows. Corpus stages relate articles to each other and run on
// one thread over compact summaries; their records are computed jointly, so each carries one stamp
// for the whole store (see the store's `stages` repository).

export interface StageInfo {
  name: string;
  kind: 'per-article' | 'corpus';
  version: string;
  /** Stages whose records this stage reads: when those change, this stage's records must follow. */
  dependsOn: readonly string[];
  /**
   * Corpus stages: what to do when records they depend on changed for some articles.
   * 'rebuild': the state cannot drop one article, so it is rebuilt from every article;
   * 'articles': the records of the changed articles are dropped and the step adds them again
   * (the whole state is dropped when an upstream stage changed corpus-wide);
   * 'always': the step rewrites everything on every run anyway.
   */
  onChange?: 'rebuild' | 'articles' | 'always';
  /** What the stage adds, for `parallax stages` and the README. */
  description: string;
}

export const STAGES: readonly StageInfo[] = [
  {
    // 2: publication dates estimated from dated captions and a lead weekday (published_estimated).
    // 3: non-Latin scripts named (Greek, Cyrillic, Hebrew, ... were all 'other'), so language runs split right.
    name: 'extract',
    kind: 'per-article',
    version: '3',
    dependsOn: [],
    description: 'clean text, removed boilerplate with reasons, title, byline, date, dateline, outlet, credits, language runs, extraction flags',
  },
  {
    // 2: quote attribution (credit lines, transcripts, clause subjects, pronouns in their own sentence).
    name: 'language',
    kind: 'per-article',
    version: '2',
    dependsOn: ['extract'],
    description: 'sentences, named entities linked within the article, quotes with speakers, dates (TIMEX3), events (who did what to whom)',
  },
  {
    // 2: passage-level keys (single reused paragraphs with edits are retrieved).
    // 3: word diffs per changed paragraph stretch; reuse passages ordered as a from-scratch run orders them.
    // 4: reuse and near/contained duplicate lists keep their best 25 references (issue 8).
    name: 'provenance',
    kind: 'corpus',
    version: '4',
    dependsOn: ['extract'],
    onChange: 'rebuild',
    description: 'exact and near duplicates (MinHash + LSH), text reuse, lineage with edit diffs, garbled-text flags',
  },
  {
    name: 'entities',
    kind: 'corpus',
    version: '1',
    dependsOn: ['language'],
    onChange: 'articles',
    description: 'entities linked across articles (aliases, spelling variants when context agrees), quote speakers as entity ids',
  },
  {
    // 2: article representations gained number terms, a lead-sentence boost and per-type entity weights.
    // 3: entity mentions kept for relinking, shared retrieval keys, learned event date-span cap.
    // 4: event-level retrieval only within the span cap (components split in time: a mixed
    //    short/full component may now take a different merge threshold).
    name: 'stories',
    kind: 'corpus',
    version: '4',
    dependsOn: ['extract', 'language', 'entities'],
    onChange: 'rebuild',
    description: 'event and story clustering of articles (index-based, order-independent, stable ids)',
  },
  {
    // Run by the stories step, which compares again every group whose members changed: clustering
    // itself is therefore not a dependency, the content of the compared articles is.
    // 2: a paraphrase tier in claim alignment (independently written reports now share claims).
    name: 'compare',
    kind: 'corpus',
    version: '2',
    dependsOn: ['extract', 'language', 'provenance', 'entities'],
    onChange: 'articles',
    description: 'per event and story: coverage matrix, quote variants, framing labels, conflicts, shared-sentence summary',
  },
  {
    name: 'events',
    kind: 'corpus',
    version: '1',
    dependsOn: ['language', 'entities', 'stories'],
    onChange: 'always',
    description: 'the same event reported by several articles merged into one, with its mentions',
  },
];

export function stageInfo(name: string, stages: readonly StageInfo[] = STAGES): StageInfo {
  const s = stages.find((x) => x.name === name);
  if (!s) throw new Error(`unknown stage ${name} (stages: ${stages.map((x) => x.name).join(', ')})`);
  return s;
}

export function stageVersion(name: string, stages: readonly StageInfo[] = STAGES): string {
  return stageInfo(name, stages).version;
}

/** The current version of every corpus stage: what a new store is stamped with. */
export function corpusStamps(stages: readonly StageInfo[] = STAGES): { stage: string; version: string }[] {
  return stages.filter((s) => s.kind === 'corpus').map((s) => ({ stage: s.name, version: s.version }));
}

/** Every stage that reads, directly or through others, the records of one of `names` (excluded). */
export function downstreamOf(names: Iterable<string>, stages: readonly StageInfo[] = STAGES): string[] {
  const reached = new Set<string>(names);
  const start = new Set(reached);
  // The list is in dependency order, so one pass reaches everything.
  for (const s of stages) if (s.dependsOn.some((d) => reached.has(d))) reached.add(s.name);
  return stages.filter((s) => reached.has(s.name) && !start.has(s.name)).map((s) => s.name);
}
