// Young-generation sizes of worker threads. bin/parallax.js starts node with --max-semi-space-size=64
// for the main thread, which holds gigabytes of long-lived index and clustering state (see there).
// V8 flags are process-wide, so every worker thread got the same 2 x 64 MB of semi-spaces, although
// a per-article or per-step worker's garbage dies young: on 6k generated articles with 2 threads,
// peak RSS 1.45-1.55 GB with that against 1.20-1.21 GB with V8's default for the workers, and a
// worker running the per-article stages alone over 2k articles spent no more CPU with the default
// (7.8-9.1 CPU-s against 8.2-9.3). Clearing the flag once changes only heaps made later (the running
// main thread keeps its size); a thread that runs a whole analysis asks for the large one itself.
import v8 from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/** Semi-space (MB) of a thread that runs a whole analysis, as the CLI's main thread gets it. */
export const ANALYSIS_SEMI_SPACE_MB = 64;

let cleared = false;

/**
 * Resource limits for a new worker thread: V8's default young generation for a `stage` worker
 * (per-article or per-step work), the CLI's large one for an `analysis` thread.
 */
export function workerHeap(role: 'stage' | 'analysis'): ResourceLimits {
  if (!cleared) {
    // 0 = not set: V8 then sizes a new heap from its own defaults or the worker's resourceLimits,
    // which the flag would otherwise override.
    v8.setFlagsFromString('--max-semi-space-size=0');
    cleared = true;
  }
  // V8's young generation is three semi-spaces (two for copying, one for new large objects).
  return role === 'analysis' ? { maxYoungGenerationSizeMb: 3 * ANALYSIS_SEMI_SPACE_MB } : {};
}
