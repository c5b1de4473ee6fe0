// Speed of the per-article language stage (annotateTexts: tokens → sentences → NER → linking → quotes
// → dates → events) on generated news text (fresh articles each round), in CPU time of this process (the machine may be shared, so wall
// time would measure the neighbours): tokens and articles per CPU-second, per stage and in total.
// When the shared evaluation data is there (../shared or PARALLAX_SHARED), also on real news never
// seen before: PolNeAR train (read in place, never copied here).
//   node --import tsx bench/language.ts [--count 300] [--rounds 3] [--batch N]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPolnear } from '../eval/polnear/brat.js';
import { annotateTexts, LANGUAGE_BATCH, type LanguageStage } from '../src/language/annotate.js';
import { resetDateMemory } from '../src/language/dates/index.js';
import { resetDefaultTagger } from '../src/language/ner/recognize-entities.js';
import { tokenize } from '../src/language/tokens/tokenize.js';
import { sharedDir } from '../src/util/paths.js';
import { generateCorpus } from './generate-corpus.js';

const STAGES: readonly LanguageStage[] = ['tokens', 'sentences', 'ner', 'linking', 'quotes', 'dates', 'events'];
const ISO_DAY_RE = /\b\d{4}-\d{2}-\d{2}\b/;
const WARM_UP_SETS = 3;

export interface LanguageBenchOptions { count?: number; seed?: number; rounds?: number; batch?: number }

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Plain-text articles of the benchmark generator, with the date its meta line states. */
function articles(count: number, seed: number): { text: string; published: string | null }[] {
  const out: { text: string; published: string | null }[] = [];
  for (const a of generateCorpus({ count, seed, htmlShare: 0 })) out.push({ text: a.content, published: ISO_DAY_RE.exec(a.content)?.[0] ?? null });
  return out;
}

type Article = { text: string; published: string | null };
interface Measured { spent: Map<LanguageStage, number>; tokens: number; docs: number; total: number }

/** Annotates `set`, `batch` articles at a time through each stage (as the pipeline's workers run it). */
function annotateAll(set: readonly Article[], batch: number, mark?: (stage: LanguageStage) => void, before?: () => void): void {
  for (let i = 0; i < set.length; i += batch) {
    before?.();
    annotateTexts(set.slice(i, i + batch).map((d) => ({ text: d.text, context: { published: d.published } })), mark);
  }
}

/** CPU time per stage and in total over the sets, one after the other (the JIT and memories already warm). */
function timeSets(sets: Iterable<readonly Article[]>, batch: number): Measured {
  const spent = new Map<LanguageStage, number>(STAGES.map((s) => [s, 0]));
  let last = 0, tokens = 0, docs = 0, total = 0;
  const mark = (stage: LanguageStage): void => {
    const now = cpuMicros();
    spent.set(stage, spent.get(stage)! + now - last);
    last = now;
  };
  for (const set of sets) {
    for (const d of set) tokens += tokenize(d.text).length;
    docs += set.length;
    const t0 = cpuMicros();
    annotateAll(set, batch, mark, () => { last = cpuMicros(); });
    total += cpuMicros() - t0;
  }
  return { spent, tokens, docs, total: total / 1e6 };
}

/**
 * CPU time per stage over `rounds` sets of fresh articles (after a warm-up set): no article is
 * annotated twice. `batch` articles at a time go through each stage (as the pipeline's workers run it).
 */
function measure(count: number, seed: number, rounds: number, sentenceCache: boolean, batch: number): Measured {
  resetDefaultTagger({ sentenceCache });
  resetDateMemory({ enabled: sentenceCache });
  // Warm-up on other articles until the JIT and the per-word memories settle (a worker runs for
  // thousands of articles: the steady state is what counts; one set of 300 left it ~1.5x slower).
  for (let w = 0; w < WARM_UP_SETS; w++) annotateAll(articles(count, seed + 100 * (w + 1)), batch);
  return timeSets((function* () { for (let r = 1; r <= rounds; r++) yield articles(count, seed + 1000 * r); })(), batch);
}

/**
 * One reference date for every PolNeAR article: they report the 2016 US campaign, so relative dates
 * resolve as in the news of then (the per-article dates would change little but the dates found).
 */
const POLNEAR_PUBLISHED = '2016-10-01';

/** PolNeAR train's articles, from the shared evaluation data; null when it is not there. */
function polnearTrain(): Article[] | null {
  const shared = sharedDir();
  const dir = shared === null ? null : join(shared, 'eval', 'polnear', 'train');
  const docs = dir !== null && existsSync(dir) ? readPolnear(dir) : [];
  return docs.length === 0 ? null : docs.map((a) => ({ text: a.text, published: POLNEAR_PUBLISHED }));
}

/**
 * Real news never seen before: warm-up on the first half of PolNeAR train, then the second half timed,
 * with the sentence and date-window memories off (novel text: the word memories only know the first half).
 */
function measureNovel(docs: readonly Article[], batch: number): Measured {
  resetDefaultTagger({ sentenceCache: false });
  resetDateMemory({ enabled: false });
  const half = Math.floor(docs.length / 2);
  annotateAll(docs.slice(0, half), batch);
  return timeSets([docs.slice(half)], batch);
}

/** Report lines per stage, and the metrics under names ending in `suffix`. */
function report(m: Measured, heading: string, suffix: string, lines: string[], metrics: Record<string, number>): void {
  const rate = (secs: number): number => Math.round(m.tokens / secs);
  lines.push(heading);
  for (const s of STAGES) {
    const secs = m.spent.get(s)! / 1e6;
    lines.push(`  ${s.padEnd(10)} ${(secs * 1000).toFixed(0).padStart(6)} ms  ${(100 * secs / m.total).toFixed(1).padStart(5)}%  ${rate(secs).toLocaleString('en').padStart(11)} tokens/s`);
  }
  const ownSecs = m.total - m.spent.get('events')! / 1e6; // events belong to the stories stage's rules
  lines.push(`  ${'no events'.padEnd(10)} ${(ownSecs * 1000).toFixed(0).padStart(6)} ms  ${(100 * ownSecs / m.total).toFixed(1).padStart(5)}%  ${rate(ownSecs).toLocaleString('en').padStart(11)} tokens/s`);
  lines.push(`  ${'total'.padEnd(10)} ${(m.total * 1000).toFixed(0).padStart(6)} ms  100.0%  ${rate(m.total).toLocaleString('en').padStart(11)} tokens/s, ${Math.round(m.docs / m.total)} articles/s`);
  metrics[`tokens_per_cpu_second${suffix}`] = rate(m.total);
  metrics[`tokens_per_cpu_second_without_events${suffix}`] = rate(ownSecs);
  metrics[`articles_per_cpu_second${suffix}`] = Math.round(m.docs / m.total);
}

export async function run(options: LanguageBenchOptions = {}): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const { count = 300, seed = 11, rounds = 3, batch = LANGUAGE_BATCH } = options;
  const lines: string[] = [];
  const metrics: Record<string, number> = {};
  // The generator perturbs a small demo corpus, so most sentences recur across its articles (as in a
  // pile of wire copies); the tagger's sentence memory and the date stage's window memory then skip
  // them. Without them ("cache off"): novel text.
  // One discarded pass first: the first measurement in a process runs up to 1.5x slower (heap
  // growth of the per-word memories, JIT), whichever configuration it measures.
  measure(count, seed, 1, false, batch);
  const configs = [
    ['sentence and date-window caches off (every sentence tagged, every date window parsed)', false, batch, ''],
    ['sentence and date-window caches on (default)', true, batch, ''],
    ['caches off, one article at a time (no batching)', false, 1, '_unbatched'],
  ] as const;
  for (const [label, cache, size, tag] of configs) {
    const m = measure(count, seed, rounds, cache, size);
    const heading = `${m.docs} generated articles (${rounds} fresh sets of ${count}, ${size === 1 ? 'one at a time' : `batches of ${size}`}), ${m.tokens} tokens, CPU time, one thread — ${label}`;
    report(m, heading, (cache ? '' : '_no_sentence_cache') + tag, lines, metrics);
  }
  // Generated text repeats a small vocabulary, which flatters the per-word memories: real news
  // never seen before is the rate that counts.
  const polnear = polnearTrain();
  if (polnear === null) {
    lines.push('PolNeAR train not found (eval/polnear/train under ../shared or PARALLAX_SHARED): no rate on real novel text (tokens_per_cpu_second_polnear_train not measured)');
  } else {
    const m = measureNovel(polnear, batch);
    const heading = `PolNeAR train, second half (${m.docs} real articles after a warm-up on the first ${polnear.length - m.docs}, batches of ${batch}), ${m.tokens} tokens, CPU time, one thread — sentence and date-window caches off`;
    report(m, heading, '_polnear_train', lines, metrics);
  }
  return { name: 'language/speed', metrics, report: lines.join('\n') };
}

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await run({ count: arg('--count'), rounds: arg('--rounds'), batch: arg('--batch') })).report);
}
