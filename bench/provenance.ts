// Near-duplicate detection at scale on synthetic articles (word-pool texts with injected copies):
// summaries on worker threads, incremental indexing and verification on the main thread. Each size
// runs in a child process so peak RSS is its own. Run: node --import tsx bench/provenance.ts [sizes...]
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { nodeFlags } from '../src/util/node-flags.js';
import { addSummarized } from '../src/provenance/add-articles.js';
import { MemoryProvenanceIndex } from '../src/provenance/memory-index.js';
import type { ArticleSummary, ProvenanceInput } from '../src/provenance/types.js';
import { COPY_EVERY, COPY_LAG, idOf, numOf, textOf } from './provenance-corpus.js';
import { perDoubling } from './growth.js';

const CHUNK = 4000;
const IN_FLIGHT = 4;
/** LSH keys of one bench article (51 whole, edge and paragraph keys, 18 passage keys), to size the key table. */
const KEYS_PER_ARTICLE = 69;

export interface BenchFigures {
  articles: number;
  seconds: number;
  /** User + system CPU of the whole process (main and worker threads): the machine is shared. */
  cpuSeconds: number;
  peakRssMB: number;
  /** Main-thread heap and the index's typed arrays at the end. */
  heapMB: number;
  indexArraysMB: number;
  injectedCopies: number;
  copiesFound: number;
  candidates: number;
  verified: number;
  /** One-minute load average at the start and the end (the machine is shared: wall time depends on it). */
  loadStart: number;
  loadEnd: number;
}

/** The text is regenerated when read (like a store reading it back), so only verification and lineage pay for it. */
function articleOf(id: string): ProvenanceInput {
  const n = numOf(id);
  return {
    id, title: null, published: null, outlet: null, dateline: null, original: null,
    get text() {
      return textOf(n);
    },
  };
}

/** One size, in this process. */
export async function benchOnce(size: number, threads = 2): Promise<BenchFigures> {
  const loadStart = loadavg()[0];
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const index = new MemoryProvenanceIndex({ lean: true, articleSource: articleOf, expectedKeys: size * KEYS_PER_ARTICLE });
  // Texts are generated on the worker threads (bench/provenance-worker.ts) and summarised there by the
  // production summarize(); the main thread regenerates a text only when verification or lineage reads it.
  const workerFile = new URL(`./provenance-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads });
  const figures = { candidates: 0, verified: 0 };
  const pending: Promise<ArticleSummary[]>[] = [];
  let next = 0;
  const submit = (): void => {
    if (next >= size) return;
    const end = Math.min(size, next + CHUNK);
    pending.push(pool.run({ start: next, end }));
    next = end;
  };
  for (let i = 0; i < IN_FLIGHT; i++) submit();
  while (pending.length) {
    const summaries = await pending.shift()!;
    submit();
    const u = addSummarized(summaries.map((summary) => ({ article: articleOf(summary.id), summary })), index);
    figures.candidates += u.stats.candidates;
    figures.verified += u.stats.verified;
  }
  await pool.destroy();
  let injected = 0;
  let found = 0;
  for (let n = COPY_LAG; n < size; n += COPY_EVERY) {
    injected++;
    const rep = index.groupOf(index.getSummary(idOf(n))!.textHash)[0];
    if (index.linksOf(rep).some((l) => l.a === idOf(n - COPY_LAG) || l.b === idOf(n - COPY_LAG))) found++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return {
    articles: size, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapMB: process.memoryUsage().heapUsed / 2 ** 20, indexArraysMB: index.typedArrayBytes / 2 ** 20,
    injectedCopies: injected, copiesFound: found, ...figures, loadStart, loadEnd: loadavg()[0],
  };
}

/** Runs each size in a fresh child process; returns the figures and the growth per doubling. */
export function runProvenanceBench(sizes: number[] = [100_000, 1_000_000]): { runs: BenchFigures[]; timeGrowthPerDoubling: number | null; cpuGrowthPerDoubling: number | null; rssGrowthPerDoubling: number | null } {
  const self = fileURLToPath(import.meta.url);
  const runs = sizes.map((n) => JSON.parse(execFileSync(process.execPath, [...nodeFlags(), '--max-old-space-size=8192', '--import', 'tsx', self, '--once', String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').at(-1)!) as BenchFigures);
  const growth = (f: (r: BenchFigures) => number): number | null => {
    if (runs.length < 2) return null;
    const [a, b] = [runs[0], runs[runs.length - 1]];
    return perDoubling(f(a), f(b), a.articles, b.articles);
  };
  return { runs, timeGrowthPerDoubling: growth((r) => r.seconds), cpuGrowthPerDoubling: growth((r) => r.cpuSeconds), rssGrowthPerDoubling: growth((r) => r.peakRssMB) };
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--once') {
    console.log(JSON.stringify(await benchOnce(Number(args[1]))));
  } else {
    const sizes = args.length ? args.map(Number) : [100_000, 1_000_000];
    const r = runProvenanceBench(sizes);
    console.log('articles   seconds  CPU s  peak RSS MB  heap MB  index MB  copies found/injected  candidates  verified  load avg');
    for (const x of r.runs) {
      console.log(`${String(x.articles).padStart(8)}  ${x.seconds.toFixed(1).padStart(8)}  ${x.cpuSeconds.toFixed(1).padStart(5)}  ${x.peakRssMB.toFixed(0).padStart(11)}  ${x.heapMB.toFixed(0).padStart(7)}  ${x.indexArraysMB.toFixed(0).padStart(8)}  ${`${x.copiesFound}/${x.injectedCopies}`.padStart(21)}  ${String(x.candidates).padStart(10)}  ${String(x.verified).padStart(8)}  ${x.loadStart.toFixed(1)}-${x.loadEnd.toFixed(1)}`);
    }
    const g = (x: number | null): string => x?.toFixed(2) ?? '-';
    console.log(`growth per doubling: time ${g(r.timeGrowthPerDoubling)}x, CPU ${g(r.cpuGrowthPerDoubling)}x, peak RSS ${g(r.rssGrowthPerDoubling)}x`);
  }
}
