#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=64 --heap-growing-percent=50
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
//
// The V8 flags and the environment on the line above are the ones Parallax runs with; npm start and the
// benchmarks read them from there (src/util/node-flags.ts) for the children they start, so they
// measure what a user runs.
// --max-semi-space-size=64 (MB; V8's default tops out at 16): a large run keeps gigabytes of long-lived
// index and clustering state in the old generation, and every young-generation collection also walks
// the old-to-new references; a larger young generation means four times fewer of them. On 400k
// generated articles the clustering stage took 132 -> 119 CPU-s and 4.4 -> 3.7 GB peak RSS (100k:
// unchanged); full analysis of 10k with 2 threads ran at 77.9 -> 85.7 articles/s, 192 -> 177 CPU-s,
// but its peak RSS rose 1.63 -> 2.02 GB. (v8.setFlagsFromString at run time has no effect: the heap
// is sized when the process starts.) Worker threads get V8's default instead (src/util/thread-heap.ts).
// --heap-growing-percent=50: after a full collection V8 lets the heap grow by a factor it picks
// itself (up to 4x the live heap on a large machine) before the next one, so a stage holding a GB of
// live state peaked at several times it in garbage. Capped at 1.5x: the linking steps replayed on
// 186,701 generated articles peaked at 2,000 MB against 2,318 MB, in the same CPU time; the full
// analysis of 20k with 2 threads took 2:46 and 270 CPU-s at 1,245 MB peak, against 3:19, 319 CPU-s
// and 1,561 MB (fewer pages touched: system time 38 against 50 s). The results are the same.
// MALLOC_ARENA_MAX=2: glibc gives each thread that allocates its own malloc arena, and the worker
// threads' typed arrays and SQLite's caches left each arena holding freed memory. With two arenas,
// 20k generated articles with 2 threads peaked at 1.42 GB against 1.53 GB, in 265-287 CPU-s against
// 261 (6k: 1.04-1.13 GB against 1.19-1.33 GB, CPU the same).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'src', 'cli', 'main.js');
if (!existsSync(entry)) {
  console.error('parallax: not built yet; run `npm run build` in ' + root);
  process.exit(2);
}
await import(pathToFileURL(entry).href);
