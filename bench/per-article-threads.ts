// Thread scaling of the per-article stages (extraction, language, provenance summaries: the extract
// pool's task) alone, on generated records held in memory: no store, no corpus steps. The issue's
// goal is 2 threads ≥ 1.8× the throughput of 1 thread on the CPU-bound stages; an end-to-end run
// cannot show that on this 2-core machine, where the provenance thread and the store writes take
// their share of the same cores (see the analyze section's speed-up table).
// Two measures per thread count, each on a new pool:
// - cold: right after start-up (WARM_UP records a thread), as a run of a few thousand articles sees it;
// - steady: after STEADY_WARM_UP records a thread, as each thread of a large run spends most of it.
//   V8 optimises, deoptimises and re-optimises the stages' code over a thread's first few thousand
//   articles, on its helper threads, and every worker thread does so for itself: 8k generated records
//   run 500 at a time in one thread took 5.4 CPU-s for the first 500 (models loaded), then 1.6, 1.4,
//   1.4, 1.3, 1.5, 1.35, 1.3, 1.25, 1.25, 1.2, 1.15, and 1.0-1.1 from the 6,000th on. Cold figures
//   are therefore largely compilation, which each thread pays for itself.
// Wall time, so the machine must be otherwise idle: the load average is printed with the figures.
//   node --import tsx bench/per-article-threads.ts [--articles 3000] [--threads 1,2]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readInputs } from '../src/ingest/index.js';
import type { InputRecord } from '../src/model/input.js';
import { createExtractPool } from '../src/pipeline/worker-pool.js';
import { writeCorpus } from './write-corpus.js';

/** Records a thread runs before the cold measure (thread start-up, language models loaded). */
const WARM_UP = 300;
/** Records a thread runs before the steady measure (see the header). */
const STEADY_WARM_UP = 6000;

async function readRecords(dir: string): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const item of readInputs([dir])) if (item.kind === 'record') out.push(item.record);
  return out;
}

/**
 * Runs `warmUp` records a thread, then times `timed` records, through a new pool with the read loop's
 * back-pressure: seconds of wall time and CPU seconds of the process (helper threads included).
 */
async function throughput(records: InputRecord[], threads: number, warmUp: number, timed: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const pool = createExtractPool({ threads, outletFiles: [] });
  try {
    const drive = async (list: InputRecord[]) => {
      const inFlight: Promise<unknown>[] = [];
      for (const r of list) {
        inFlight.push(pool.run(r));
        while (inFlight.length > pool.capacity) await inFlight.shift();
      }
      await Promise.all(inFlight);
    };
    await drive(records.slice(0, warmUp * threads));
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await drive(records.slice(warmUp * threads, warmUp * threads + timed));
    const cpu = process.cpuUsage(cpu0);
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  } finally {
    await pool.close();
  }
}

export async function run(options: { articles?: number; threads?: number[] } = {}): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const timed = options.articles ?? 3000;
  const threadCounts = options.threads ?? [1, 2];
  const dir = mkdtempSync(join(tmpdir(), 'parallax-threads-'));
  try {
    writeCorpus(dir, timed + STEADY_WARM_UP * Math.max(...threadCounts), 7, { htmlShare: 0.3 });
    const records = await readRecords(dir);
    const metrics: Record<string, number> = { articles: timed };
    const lines = [`  per-article stages on ${timed} generated records (30% HTML), in memory; load ${loadavg()[0].toFixed(2)} at the start`];
    for (const [measure, warmUp, prefix] of [['cold', WARM_UP, ''], ['steady', STEADY_WARM_UP, 'steady_']] as const) {
      lines.push(`  ${measure}: after ${warmUp} records a thread`);
      let base: number | null = null;
      for (const threads of threadCounts) {
        const r = await throughput(records, threads, warmUp, timed);
        const rate = timed / r.seconds;
        base ??= rate;
        metrics[`${prefix}articles_per_s_${threads}t`] = Math.round(rate);
        metrics[`${prefix}cpu_s_${threads}t`] = +r.cpuSeconds.toFixed(1);
        if (threads > 1) metrics[`${prefix}speedup_${threads}t`] = +(rate / base).toFixed(2);
        lines.push(`    ${threads} thread${threads > 1 ? 's' : ' '}  ${rate.toFixed(0).padStart(6)} articles/s  ${r.seconds.toFixed(1).padStart(6)} s  ${r.cpuSeconds.toFixed(1).padStart(6)} CPU-s${threads > 1 ? `  speed-up ${(rate / base).toFixed(2)}× (goal 1.8×)` : ''}`);
      }
    }
    lines.push(`  load ${loadavg()[0].toFixed(2)} at the end`);
    return { name: 'per-article stages, thread scaling', metrics, report: lines.join('\n') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run({ articles: arg('--articles') ? Number(arg('--articles')) : undefined, threads: arg('--threads')?.split(',').map(Number) });
  console.log(s.report);
  console.log(JSON.stringify(s.metrics));
}
