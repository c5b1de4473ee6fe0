// Worker threads for `reanalyze` (piscina), as the extraction pool of `analyze` (worker-pool.ts):
// one thread runs the work inline; either way tasks that wait go out in batches.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { workerHeap } from '../util/thread-heap.js';
import { batchingPool } from './batching-pool.js';
import { defaultThreads, EXTRACT_BATCH } from './worker-pool.js';
import { runReanalyzeTasks } from './reanalyze-task.js';
import type { ReanalyzeResult, ReanalyzeTask } from './reanalyze-task.js';
import { runWithDeadline } from './task-deadline.js';

/** A record whose recomputation takes longer than this is reported as failed (hostile input guard). */
const TASK_TIMEOUT_MS = 60_000;

export interface ReanalyzePool {
  run(task: ReanalyzeTask): Promise<ReanalyzeResult>;
  close(): Promise<void>;
}

export function createReanalyzePool(threads = defaultThreads()): ReanalyzePool {
  if (threads <= 1) {
    // setImmediate lets I/O interleave, as in analyze.
    return batchingPool(1, EXTRACT_BATCH, (tasks: ReanalyzeTask[]) => new Promise((resolve) => {
      setImmediate(() => resolve(runReanalyzeTasks(tasks)));
    }), async () => {});
  }
  const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
  const workerFile = new URL(fromSources ? './reanalyze-worker-tsx.mjs' : './reanalyze-worker.js', import.meta.url).href;
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 30_000, resourceLimits: workerHeap('stage') });
  return batchingPool(threads, EXTRACT_BATCH, (tasks: ReanalyzeTask[]) => runWithDeadline(TASK_TIMEOUT_MS, 'reanalysis', (signal) => pool.run(tasks, { signal })), () => pool.destroy());
}
