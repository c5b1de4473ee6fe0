// A full garbage collection on request, for the rare point where a pipeline step drops a large
// state at once. V8 sizes its next full collection by the live heap at the last one: after the
// clustering step's indices (some 1.3 GB with their average-link arrays at 93k generated articles)
// become garbage, it kept them for minutes while the comparisons ran beside them (3 GB peak RSS).
// `gc` is exposed on first use (the CLI's flags stay as they are; with --expose-gc it is there already).
// What the collection frees of native memory (typed arrays' buffers) goes back to the system too.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { releaseFreedMemory } from './release-memory.js';

let gc = (globalThis as { gc?: () => void }).gc;

/** Runs a full (mark-compact) collection now, then returns malloc's free memory to the system. */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  releaseFreedMemory();
}
