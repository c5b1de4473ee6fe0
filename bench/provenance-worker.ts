// Worker thread of the provenance bench: generates its slice of synthetic articles and summarises them
// with the production summarize() (quality flags off: the bench measures duplicate detection; credits on,
// as the pipeline's workers give the dateline).
import { summarize } from '../src/provenance/summarize.js';
import type { ArticleSummary } from '../src/provenance/types.js';
import { idOf, textOf } from './provenance-corpus.js';

export default function (task: { start: number; end: number }): ArticleSummary[] {
  const out: ArticleSummary[] = [];
  for (let n = task.start; n < task.end; n++) out.push(summarize({ id: idOf(n), text: textOf(n), dateline: null }, { quality: false }));
  return out;
}
