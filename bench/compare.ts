// Speed of the compare stage (compareStory) on generated articles (bench/generate-corpus.ts, so it
// runs without ../shared) treated as one large story: CPU ms per sub-step at 50/100/200/400
// articles and the growth per doubling (limit 2.2×). CPU time of this process, not wall time (the
// machine may be shared). Each sub-step runs on a fresh copy of the articles, so caches that hang
// off an article never carry over; the best of a few rounds is kept.
//   node --import tsx bench/compare.ts [--sizes 50,100,200,400] [--rounds 3]
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { alignClaims } from '../src/compare/align.js';
import { splitClaims } from '../src/compare/claims.js';
import { findConflicts } from '../src/compare/conflicts.js';
import { buildCoverage } from '../src/compare/coverage.js';
import { compareFraming } from '../src/compare/framing.js';
import { findQuoteVariants } from '../src/compare/quote-variants.js';
import { shareOfVoice } from '../src/compare/share-of-voice.js';
import type { CompareArticle } from '../src/compare/types.js';
import { OutletRegistry } from '../src/extract/outlets/index.js';
import type { InputRecord } from '../src/model/input.js';
import { analyseRecord } from '../eval/compare/story-input.js';
import { generateCorpus } from './generate-corpus.js';

const STEPS = ['claims', 'align', 'coverage', 'framing', 'quoteVariants', 'conflicts', 'shareOfVoice', 'total'] as const;
type Step = (typeof STEPS)[number];
const GROWTH_LIMIT = 2.2;

export interface CompareBenchOptions { sizes?: number[]; rounds?: number; seed?: number }

// A collection before each timed step, so no step pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function cpuMs<T>(f: () => T): { ms: number; value: T } {
  gc();
  const t0 = process.cpuUsage();
  const value = f();
  const u = process.cpuUsage(t0);
  return { ms: (u.user + u.system) / 1000, value };
}

/** Generated articles through extraction, sentences, NER and quotes (the compare stage's inputs). */
function inputs(count: number, seed: number): CompareArticle[] {
  const outlets = OutletRegistry.load();
  const out: CompareArticle[] = [];
  for (const g of generateCorpus({ count, seed })) {
    const type = g.path.endsWith('.html') ? 'html' : 'text';
    const record: InputRecord = { source: g.path, externalId: null, format: type, bodyType: type, body: g.content, fields: {}, recordIndex: 0, fileSha256: '' };
    out.push(analyseRecord(`g${out.length}`, record, outlets));
  }
  return out;
}

/** One round: every sub-step timed on fresh copies, in compareStory's order. */
function round(articles: readonly CompareArticle[]): Record<Step, number> {
  const fresh = () => structuredClone(articles) as CompareArticle[];
  const t = {} as Record<Step, number>;
  let a = fresh();
  t.claims = cpuMs(() => a.flatMap(splitClaims)).ms;
  a = fresh();
  const claims = a.flatMap(splitClaims);
  t.align = cpuMs(() => alignClaims(claims)).ms;
  a = fresh();
  const cov = cpuMs(() => buildCoverage(a));
  t.coverage = cov.ms;
  t.quoteVariants = cpuMs(() => findQuoteVariants(a)).ms;
  t.framing = cpuMs(() => compareFraming(a)).ms;
  t.conflicts = cpuMs(() => findConflicts(a, cov.value)).ms;
  t.shareOfVoice = cpuMs(() => shareOfVoice(a)).ms;
  t.total = t.coverage + t.quoteVariants + t.framing + t.conflicts + t.shareOfVoice;
  return t;
}

export async function run(options: CompareBenchOptions = {}): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const { sizes = [50, 100, 200, 400], rounds = 3, seed = 1 } = options;
  // A story of n articles is the generator's corpus of n articles (about n/40 events), so a larger
  // story holds more events, as large real stories do, rather than more copies of the same ones.
  const stories = new Map(sizes.map((n) => [n, inputs(n, seed)]));
  round(stories.get(sizes[0])!); // warm-up: JIT, lexicons, stem memo
  const rows = sizes.map((n) => {
    const story = stories.get(n)!;
    const best = {} as Record<Step, number>;
    for (let r = 0; r < rounds; r++) {
      const t = round(story);
      for (const s of STEPS) best[s] = Math.min(best[s] ?? Infinity, t[s]);
    }
    const claims = story.flatMap(splitClaims).length;
    return { n, claims, ms: best };
  });
  const metrics: Record<string, number> = {};
  const lines = [`  step            ${rows.map((r) => `${r.n} art (${r.claims} cl)`.padStart(20)).join('')}   max growth/doubling`];
  for (const s of STEPS) {
    let growth = 0;
    for (let k = 1; k < rows.length; k++) if (rows[k].n === 2 * rows[k - 1].n) growth = Math.max(growth, rows[k].ms[s] / Math.max(rows[k - 1].ms[s], 0.5));
    for (const r of rows) metrics[`${s}_ms_${r.n}`] = Math.round(r.ms[s]);
    metrics[`${s}_growth`] = +growth.toFixed(2);
    lines.push(`  ${s.padEnd(14)}  ${rows.map((r) => `${r.ms[s].toFixed(0)} ms`.padStart(20)).join('')}   ${growth.toFixed(2)}×${growth > GROWTH_LIMIT ? ' (over the 2.2× limit)' : ''}`);
  }
  lines.push('  (claims/align are the first parts of coverage; growth of steps under a few ms is noise)');
  return { name: 'compare/speed', metrics, report: lines.join('\n') };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = arg('--sizes')?.split(',').map(Number);
  const rounds = arg('--rounds') ? Number(arg('--rounds')) : undefined;
  const s = await run({ sizes, rounds });
  console.log(s.report);
  console.log(JSON.stringify(s.metrics));
}
