// Thread scaling of the per-article stages (extraction, language, provenance summaries: the extract
// pool's task) alone, on generated records held in memory: no store, no corpus steps. The issue's
// goal is 2 threads ≥ 1.8× the throughput of 1 thread on the CPU-bound stages; an end-to-end run
// cannot show that on this 2-core machine, where the provenance thread and the store writes take
// their share of the same cores (see the analyze section's speed-up table).
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

/** Records each pool runs before the timed part (thread start-up, JIT, language models loaded). */
const WARM_UP = 300;

async function readRecords(dir: string): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const item of readInputs([dir])) if (item.kind === 'record') out.push(item.record);
  return out;
}

/** Runs the records through a pool with the read loop's back-pressure; seconds of wall time. */
async function throughput(records: InputRecord[], threads: number): Promise<{ seconds: number; cpuSeconds: number }> {
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
    await drive(records.slice(0, WARM_UP));
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await drive(records.slice(WARM_UP));
    const cpu = process.cpuUsage(cpu0);
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  } finally {
    await pool.close();
  }
}

export async function run(options: { articles?: number; threads?: number[] } = {}): Promise<{ name: string; metrics: Record<string, number>; report: string }> {
  const articles = options.articles ?? 3000;
  const threadCounts = options.threads ?? [1, 2];
  const dir = mkdtempSync(join(tmpdir(), 'parallax-threads-'));
  try {
    writeCorpus(dir, articles + WARM_UP, 7, { htmlShare: 0.3 });
    const records = await readRecords(dir);
    const timed = records.length - WARM_UP;
    const metrics: Record<string, number> = { articles: timed };
    const lines = [`  per-article stages on ${timed} generated records (30% HTML), in memory; load ${loadavg()[0].toFixed(2)} at the start`];
    let base: number | null = null;
    for (const threads of threadCounts) {
      const r = await throughput(records, threads);
      const rate = timed / r.seconds;
      base ??= rate;
      metrics[`articles_per_s_${threads}t`] = Math.round(rate);
      metrics[`cpu_s_${threads}t`] = +r.cpuSeconds.toFixed(1);
      if (threads > 1) metrics[`speedup_${threads}t`] = +(rate / base).toFixed(2);
      lines.push(`  ${threads} thread${threads > 1 ? 's' : ' '}  ${rate.toFixed(0).padStart(6)} articles/s  ${r.seconds.toFixed(1).padStart(6)} s  ${r.cpuSeconds.toFixed(1).padStart(6)} CPU-s${threads > 1 ? `  speed-up ${(rate / base).toFixed(2)}× (goal 1.8×)` : ''}`);
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
