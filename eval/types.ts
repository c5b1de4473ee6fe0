// Every evaluation module exports `run()` returning one section of the `npm run eval` report.
// Metrics named in eval/baseline.json are floors: CI fails when a run scores below one.

export interface EvalSection {
  /** Short section name, e.g. "extract/seeds" — also the key in eval/baseline.json. */
  name: string;
  /** Higher-is-better figures that may be pinned as floors, e.g. { f1: 0.93 }. */
  metrics: Record<string, number>;
  /** A human-readable table or lines printed under the section heading. */
  report: string;
  /** Set when the data set is missing: the section is reported as skipped, not failed. */
  skipped?: string;
}

export type EvalModule = { run: () => Promise<EvalSection | EvalSection[]> };
