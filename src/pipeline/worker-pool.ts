// Worker threads for the per-article stages (piscina), sized to the cores. With one thread the
// work runs inline, which avoids thread start-up for small batches and keeps stack traces simple.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { InputRecord } from '../model/input.js';
import { runWithDeadline } from './task-deadline.js';
import type { ArticleResult } from './extract-task.js';

/** A record whose extraction takes longer than this is reported as failed (hostile input guard). */
const TASK_TIMEOUT_MS = 60_000;

export interface ExtractPool {
  run(record: InputRecord): Promise<ArticleResult>;
  /** How many records may be in flight before the caller should wait (back-pressure). */
  readonly capacity: number;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export function createExtractPool(options: { threads?: number; outletFiles: string[] }): ExtractPool {
  const threads = options.threads ?? defaultThreads();
  const outletFiles = options.outletFiles;
  if (threads <= 1) {
    // Loaded here only: with worker threads the main thread never loads the per-article stages
    // (extraction, the language models), which cost seconds of start-up.
    const task = import('./extract-task.js');
    return {
      capacity: 1,
      run: (record) => task.then(({ runArticleTask }) => new Promise((resolve, reject) => {
        // setImmediate lets I/O (reading the next file, progress output) interleave.
        setImmediate(() => {
          try { resolve(runArticleTask({ record, outletFiles })); } catch (err) { reject(err); }
        });
      })),
      close: async () => {},
    };
  }
  // After `npm run build` the worker is .js; from sources (under tsx) a small .mjs shim registers tsx first.
  const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
  const workerFile = new URL(fromSources ? './extract-worker-tsx.mjs' : './extract-worker.js', import.meta.url).href;
  // One task per worker at a time: a record past its deadline is stopped by ending its thread, which
  // would fail every other record queued on that thread (so no per-worker backlog).
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 30_000 });
  return {
    capacity: threads * 8,
    run: (record) => runWithDeadline(TASK_TIMEOUT_MS, 'extraction', (signal) => pool.run({ record, outletFiles }, { signal })),
    close: () => pool.destroy(),
  };
}
