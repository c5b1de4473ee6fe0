// Worker threads for `reanalyze` (piscina), as the extraction pool of `analyze` (worker-pool.ts):
// one thread runs the work inline.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { defaultThreads } from './worker-pool.js';
import { runReanalyzeTask } from './reanalyze-task.js';
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
    return {
      run: (task) => new Promise((resolve, reject) => {
        setImmediate(() => {
          try { resolve(runReanalyzeTask(task)); } catch (err) { reject(err); }
        });
      }),
      close: async () => {},
    };
  }
  const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
  const workerFile = new URL(fromSources ? './reanalyze-worker-tsx.mjs' : './reanalyze-worker.js', import.meta.url).href;
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 30_000 });
  return {
    run: (task) => runWithDeadline(TASK_TIMEOUT_MS, 'reanalysis', (signal) => pool.run(task, { signal })),
    close: () => pool.destroy(),
  };
}
