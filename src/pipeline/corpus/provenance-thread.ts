// Where a run's provenance steps execute. With worker threads and a store another connection can
// open (a file or a PostgreSQL URL), on a thread of their own with its own connection: the main
// thread then keeps reading input and feeding the per-article workers while a step runs. A step's
// lineage and store work is single-threaded, and run inline it left every other thread waiting for
// it (provenance took ~40% of a 2-thread run's wall time). Steps still run one at a time, in order,
// on the same batches, so the results are those of running them inline.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { workerHeap } from '../../util/thread-heap.js';
import type { ArticleSummary } from '../../provenance/types.js';
import type { Store } from '../../store/repository.js';
import { threadCpuSeconds } from '../thread-cpu.js';
import { phaseEnd } from './provenance-mem-log.js';
import { provenanceStep, type ProvenanceStepStats } from './provenance-step.js';

/** A step's figures and what it cost its thread (wall seconds, CPU seconds of that thread when known). */
export interface TimedStep { stats: ProvenanceStepStats; seconds: number; threadCpuSeconds: number | null }

export interface ProvenanceRunner {
  /** True when steps run beside the caller (a step's promise may be left pending while it reads on). */
  readonly concurrent: boolean;
  step(ids: string[], summaries: Map<string, ArticleSummary>): Promise<TimedStep>;
  close(): Promise<void>;
}

/** A step to run, or (close) the end of the run: the thread closes its store and exits. */
export type StepRequest = { seq: number; ids: string[]; summaries: [string, ArticleSummary][] } | { close: true };
export type StepReply = { seq: number; ok: true; step: TimedStep } | { seq: number; ok: false; message: string; stack?: string };

/** Runs one step and times it on the calling thread. */
export async function timedStep(store: Store, ids: string[], summaries: Map<string, ArticleSummary>, threads: number): Promise<TimedStep> {
  const t0 = performance.now();
  const cpu0 = threadCpuSeconds();
  phaseEnd('start');
  const stats = (await store.corpusLock.withLock(() => provenanceStep(store, ids, summaries, { threads })))!;
  const cpu1 = threadCpuSeconds();
  return { stats, seconds: (performance.now() - t0) / 1000, threadCpuSeconds: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null };
}

/**
 * `threads`: the run's threads. Above 1, steps run on their own thread, which verifies candidate pairs
 * itself: beside the read loop's workers every core is already busy, and a verification pool per step
 * only added thread start-ups and memory (6k generated articles, 2 threads: 44.0 s, 75.5 CPU-s,
 * 1.79 GB peak RSS with a pool against 40.8 s, 64.8 CPU-s, 1.39 GB without; steps inline: 44.5 s).
 */
export function createProvenanceRunner(store: Store, threads: number): ProvenanceRunner {
  const shareable = !(store.kind === 'sqlite' && store.location === ':memory:');
  if (threads <= 1 || !shareable) {
    return { concurrent: false, step: (ids, summaries) => timedStep(store, ids, summaries, threads), close: async () => {} };
  }
  const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
  const entry = new URL(fromSources ? './provenance-worker-tsx.mjs' : './provenance-worker.js', import.meta.url);
  const worker = new Worker(entry, { workerData: { location: store.connectTo, threads: 1 }, resourceLimits: workerHeap('stage') });
  const waiting = new Map<number, { resolve: (s: TimedStep) => void; reject: (e: Error) => void }>();
  let seq = 0;
  let failure: Error | null = null;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('message', (m: StepReply) => {
    const w = waiting.get(m.seq);
    if (!w) return;
    waiting.delete(m.seq);
    if (m.ok) w.resolve(m.step);
    else w.reject(Object.assign(new Error(m.message), { stack: m.stack }));
  });
  worker.on('error', (err) => failAll(err));
  const exited = new Promise<void>((resolve) => worker.once('exit', (code) => {
    failAll(new Error(`provenance thread exited with code ${code}`));
    resolve();
  }));
  return {
    concurrent: true,
    step(ids, summaries) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const request: StepRequest = { seq: ++seq, ids, summaries: [...summaries] };
        waiting.set(request.seq, { resolve, reject });
        worker.postMessage(request);
      });
    },
    async close() {
      failure ??= new Error('provenance thread closed');
      worker.postMessage({ close: true } satisfies StepRequest);
      await exited;
    },
  };
}
