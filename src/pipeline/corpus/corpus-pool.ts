// Worker threads for the parallel parts of the corpus steps. Story groups are independent, and so
// are provenance candidate pairs once planned (see plannedPairs); each costs far more than copying
// its inputs to a thread. With threads > 1 they run on a pool while the main thread reads and
// writes; with 1 thread, comparisons run inline and pairs are verified by the step itself.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { workerHeap } from '../../util/thread-heap.js';
import type { CompareArticle, GroupsOf } from '../../compare/index.js';
import type { CopyLink } from '../../provenance/types.js';
import type { VerifyTask } from '../../provenance/verify-pairs.js';
import { compareGroup, type ComparedFields } from './compare-task.js';
import type { CorpusTask } from './corpus-worker.js';

export interface CorpusPool {
  /** False with one thread: callers skip work that only pays off in parallel. */
  readonly parallel: boolean;
  /** Tasks that may be in flight before the caller should wait for the oldest one. */
  readonly capacity: number;
  compare(articles: CompareArticle[]): Promise<ComparedFields>;
  verify(task: VerifyTask): Promise<(CopyLink | null)[]>;
  close(): Promise<void>;
}

/** `outletFiles` (worker threads) and `groupsOf` (inline) give the outlet groups of comparisons. */
export function createCorpusPool(options: { threads: number; outletFiles?: string[]; groupsOf?: GroupsOf }): CorpusPool {
  const { threads, outletFiles = [], groupsOf = () => [] } = options;
  if (threads <= 1) {
    return {
      parallel: false, capacity: 1,
      compare: async (articles) => compareGroup(articles, groupsOf),
      verify: () => Promise.reject(new Error('verify runs on worker threads only')),
      close: async () => {},
    };
  }
  // After `npm run build` the worker is .js; from sources (under tsx) a small .mjs shim registers tsx first.
  const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
  const workerFile = new URL(fromSources ? './corpus-worker-tsx.mjs' : './corpus-worker.js', import.meta.url).href;
  const pool = new Piscina({ filename: workerFile, minThreads: 1, maxThreads: threads, idleTimeout: 10_000, resourceLimits: workerHeap('stage') });
  const run = <T>(task: CorpusTask) => pool.run(task) as Promise<T>;
  return {
    parallel: true, capacity: threads * 2,
    compare: (articles) => run<ComparedFields>({ kind: 'compare', articles, outletFiles }),
    verify: (task) => run<(CopyLink | null)[]>({ kind: 'verify', ...task }),
    close: () => pool.destroy(),
  };
}
