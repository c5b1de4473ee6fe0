// Speed of the per-article language stage (annotateText: tokens → sentences → NER → linking → quotes
// → dates → events) on generated news text, in CPU time of this process (the machine may be shared, so wall
// time would measure the neighbours): tokens and articles per CPU-second, per stage and in total.
//   node --import tsx bench/language.ts [--count 300] [--rounds 3]
import { pathToFileURL } from 'node:url';
import { annotateText, type LanguageStage } from '../src/language/annotate.js';
import { tokenize } from '../src/language/tokens/tokenize.js';
import { generateCorpus } from './generate-corpus.js';

const STAGES: readonly LanguageStage[] = ['tokens', 'sentences', 'ner', 'linking', 'quotes', 'dates', 'events'];
const ISO_DAY_RE = /\b\d{4}-\d{2}-\d{2}\b/;

export interface LanguageBenchOptions { count?: number; seed?: number; rounds?: number }

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

export async function run(options: LanguageBenchOptions = {}): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const { count = 300, seed = 11, rounds = 3 } = options;
  const docs = articles(count, seed);
  const tokens = docs.reduce((n, d) => n + tokenize(d.text).length, 0);
  for (const d of docs) annotateText(d.text, { published: d.published }); // warm-up: JIT, model, caches
  const spent = new Map<LanguageStage, number>(STAGES.map((s) => [s, 0]));
  let last = 0;
  const mark = (stage: LanguageStage): void => {
    const now = cpuMicros();
    spent.set(stage, spent.get(stage)! + now - last);
    last = now;
  };
  const t0 = cpuMicros();
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      last = cpuMicros();
      annotateText(d.text, { published: d.published }, mark);
    }
  }
  const total = (cpuMicros() - t0) / 1e6 / rounds;
  const rate = (secs: number): number => Math.round(tokens / secs);
  const lines = [`${docs.length} generated articles, ${tokens} tokens, ${rounds} rounds (CPU time, one thread)`];
  for (const s of STAGES) {
    const secs = spent.get(s)! / 1e6 / rounds;
    lines.push(`  ${s.padEnd(10)} ${(secs * 1000).toFixed(0).padStart(6)} ms  ${(100 * secs / total).toFixed(1).padStart(5)}%  ${rate(secs).toLocaleString('en').padStart(11)} tokens/s`);
  }
  const ownSecs = total - spent.get('events')! / 1e6 / rounds; // events belong to the stories stage's rules
  lines.push(`  ${'no events'.padEnd(10)} ${(ownSecs * 1000).toFixed(0).padStart(6)} ms  ${(100 * ownSecs / total).toFixed(1).padStart(5)}%  ${rate(ownSecs).toLocaleString('en').padStart(11)} tokens/s`);
  lines.push(`  ${'total'.padEnd(10)} ${(total * 1000).toFixed(0).padStart(6)} ms  100.0%  ${rate(total).toLocaleString('en').padStart(11)} tokens/s, ${Math.round(docs.length / total)} articles/s`);
  return {
    name: 'language/speed',
    metrics: { tokens_per_cpu_second: rate(total), tokens_per_cpu_second_without_events: rate(ownSecs), articles_per_cpu_second: Math.round(docs.length / total) },
    report: lines.join('\n'),
  };
}

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await run({ count: arg('--count'), rounds: arg('--rounds') })).report);
}
