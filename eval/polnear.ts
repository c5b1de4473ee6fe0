// PolNeAR dev (political news attribution relations) and the seed articles' quotes.
//
// Spans: gold = every Content span (fragments merged min..max) whose text contains a double quote
// mark; predictions = findQuotes() mentions of kind direct or partial. Overlap F1: a gold span is
// found when a prediction overlaps it; a prediction is right when it overlaps any gold Content (an
// embedded partial quote inside a reported clause is right). Exact F1: gold = Contents that start
// with a mark; predictions = those not inside a Content that does not start with one; spans match
// when equal after trimming marks, white space and edge punctuation.
// Speaker accuracy: over found gold spans whose Source names someone (a capitalised word other than
// a pronoun, determiner or title), the best-overlapping prediction is right when its speaker name
// contains the source's head word (its last capitalised word, e.g. "Lee" for "campaign manager Ann
// Lee"), in any case, so "Ann Lee" is right for the source "Lee" or "LEE" and vice versa.
// Sources that only describe someone are left out, because no name can be judged right for them:
// a head phrase ending in a lower-case noun ("the Ohio senator": the scorer used to demand "Ohio",
// "Lee supporters", "Lee's campaign") unless an appositive names the person ("Another critic, Dana
// Holt,"), and a sentence-initial common word ("Officials at …", which the scorer used to take for a
// name). A title before "of" is not cut off as the head ("Secretary of State Ann Lee" -> "Lee", which
// the scorer used to read as "Secretary"). See eval/polnear/score.ts.
// POLNEAR_ERRORS=train (or dev) scores that split instead and prints every speaker miss.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EvalSection } from './types.js';
import { sharedDir } from '../src/util/paths.js';
import { findQuotes, type QuoteMention } from '../src/language/quotes/index.js';
import { readPolnear } from './polnear/brat.js';
import { baselineQuotes } from './polnear/baseline.js';
import { emptyTally, f1, scoreArticle, type PredQuote, type SpeakerMiss, type Tally } from './polnear/score.js';
import { DUMPABLE_SPLITS, formatMisses } from './polnear/errors.js';
import { seedQuoteSection } from './polnear/seeds.js';
import { contextMaker } from './polnear/context.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

function sections(name: string, t: Tally): EvalSection {
  const o = f1(t.predHit, t.pred, t.goldHit, t.gold);
  const e = f1(t.exactHit, t.exactPred, t.exactHit, t.exactGold);
  const acc = t.speakerTotal ? t.speakerRight / t.speakerTotal : 0;
  const report = [
    `quoted contents ${t.gold}, predictions ${t.pred}`,
    `overlap  P ${o.p.toFixed(3)}  R ${o.r.toFixed(3)}  F1 ${o.f.toFixed(3)}`,
    `exact    P ${e.p.toFixed(3)}  R ${e.r.toFixed(3)}  F1 ${e.f.toFixed(3)}  (gold ${t.exactGold}, predictions ${t.exactPred})`,
    `speaker accuracy on named sources ${acc.toFixed(3)} (${t.speakerRight}/${t.speakerTotal})`,
  ].join('\n');
  return { name, metrics: { span_f1: round(o.f), span_f1_exact: round(e.f), speaker_acc: round(acc) }, report };
}

/** Scores findQuotes on one PolNeAR split (train or dev); with `dumpErrors`, also lists speaker misses. */
export async function evaluateSplit(split: string, dumpErrors = false): Promise<{ sections: EvalSection[]; errors: string[] } | null> {
  const shared = sharedDir();
  const articles = shared ? readPolnear(join(shared, 'eval', 'polnear', split)) : [];
  if (articles.length === 0) return null;
  const makeContext = await contextMaker();
  const ours = emptyTally();
  const base = emptyTally();
  const errors: string[] = [];
  for (const a of articles) {
    const preds: PredQuote[] = findQuotes(a.text, makeContext.make(a.text))
      .filter((q: QuoteMention) => q.kind === 'direct' || q.kind === 'partial')
      .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker?.name ?? null }));
    const misses: SpeakerMiss[] = [];
    scoreArticle(a, preds, ours, misses);
    scoreArticle(a, baselineQuotes(a.text), base);
    if (dumpErrors) errors.push(...formatMisses(a, misses));
  }
  const main = sections(`language/polnear-${split}`, ours);
  main.report = `${articles.length} articles, entities from ${makeContext.label}\n${main.report}`;
  return { sections: [main, sections(`language/polnear-${split}/baseline`, base)], errors };
}

export async function run(): Promise<EvalSection[]> {
  const seeds = await seedQuoteSection(sharedDir());
  const dev = await evaluateSplit('dev');
  if (!dev) {
    const skipped = 'PolNeAR dev not found under ../shared/eval/polnear/dev';
    return [
      { name: 'language/polnear-dev', metrics: {}, report: '', skipped },
      { name: 'language/polnear-dev/baseline', metrics: {}, report: '', skipped },
      seeds,
    ];
  }
  return [...dev.sections, seeds];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // POLNEAR_ERRORS=train|dev: score that split and print its speaker misses instead of the report.
  const split = process.env.POLNEAR_ERRORS;
  if (split && !DUMPABLE_SPLITS.has(split)) throw new Error(`POLNEAR_ERRORS must be one of ${[...DUMPABLE_SPLITS].join(', ')}`);
  const dumped = split ? await evaluateSplit(split, true) : null;
  if (dumped) console.log(dumped.errors.join('\n'));
  for (const s of dumped ? dumped.sections : await run()) {
    console.log(`\n== ${s.name}${s.skipped ? ` (skipped: ${s.skipped})` : ''}`);
    console.log(JSON.stringify(s.metrics));
    if (s.report) console.log(s.report);
  }
}
