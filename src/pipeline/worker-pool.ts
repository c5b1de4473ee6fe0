// Worker threads for the per-article stages (piscina), sized to the cores. With one thread the
// work runs inline, which avoids thread start-up for small batches and keeps stack traces simple.
// Either way records go out in batches when they wait, so the language stage runs across several.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { workerHeap } from '../util/thread-heap.js';
import type { InputRecord } from '../model/input.js';
import { runWithDeadline } from './task-deadline.js';
import type { ArticleResult } from './extract-task.js';
import { batchingPool, type Outcome } from './batching-pool.js';

/** A record whose extraction takes longer than this is reported as failed (hostile input guard). */
const TASK_TIMEOUT_MS = 60_000;

/**
 * How much lower the workers' scheduling priority is than their process's (a nice increment that
 * piscina applies to each worker thread alone). During `analyze` the provenance steps run on a thread
 * of their own and are the critical path at scale (the read loop waits for each step before it starts
 * the next), while these workers only fill the next step's batch. At equal priority they took the
 * cores from it: 50k generated articles, 2 threads, the steps' run phases took 299 s of wall time for
 * 200 CPU-s; with the workers at +10, 250 s for 186 CPU-s (the steps in all: 358 -> 305 s). A lower
 * priority costs the workers nothing when a core is free.
 */
export const EXTRACT_NICE = 10;

export interface ExtractPool {
  run(record: InputRecord): Promise<ArticleResult>;
  /** How many records may be in flight before the caller should wait (back-pressure). */
  readonly capacity: number;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Records a worker takes at once when records wait: the language stage runs across them (see
 * runArticleTasks). When the workers keep up with the input, records go out as they come.
 */
export const EXTRACT_BATCH = 32;

type Dispatch = (records: InputRecord[]) => Promise<Outcome<ArticleResult>[]>;

export function createExtractPool(options: { threads?: number; outletFiles: string[] }): ExtractPool {
  const threads = options.threads ?? defaultThreads();
  const outletFiles = options.outletFiles;
  if (threads <= 1) {
    // Loaded here only: with worker threads the main thread never loads the per-article stages
    // (extraction, the language models), which cost seconds of start-up.
    const task = import('./extract-task.js');
    // setImmediate lets I/O (reading the next file, progress output) interleave.
    const inline: Dispatch = (records) => task.then(({ runArticleTasks }) => new Promise((resolve) => {
      setImmediate(() => resolve(runArticleTasks({ records, outletFiles })));
    }));
    return batchingPool(1, EXTRACT_BATCH, inline, async () => {});
  }
  // After `npm run build` the worker is .js; from sources (under tsx) a small .mjs shim registers tsx first.
  const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
  const workerFile = new URL(fromSources ? './extract-worker-tsx.mjs' : './extract-worker.js', import.meta.url).href;
  // One task per worker at a time: a task past its deadline is stopped by ending its thread, which
  // would fail every other task queued on that thread (so no per-worker backlog).
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 30_000, resourceLimits: workerHeap('stage'), niceIncrement: EXTRACT_NICE });
  const dispatch: Dispatch = (records) => runWithDeadline(TASK_TIMEOUT_MS, 'extraction', (signal) => pool.run({ records, outletFiles }, { signal }));
  return batchingPool(threads, EXTRACT_BATCH, dispatch, () => pool.destroy());
}
