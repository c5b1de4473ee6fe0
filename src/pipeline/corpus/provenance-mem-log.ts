// Memory of the provenance thread per step, for issue 8: with PARALLAX_PROV_MEM=FILE each step appends
// one JSON line (thread RSS, heap and array buffers as the step leaves them, and how many rows and
// texts the step held); with PARALLAX_PROV_MEM_GC=1 as well (and node --expose-gc) the heap is
// collected just before the step lets go of them, so `liveMB` is what the step holds.
// A step's own working set is what grows with the corpus, not what steps keep between them.
// Each line also gives the step's phases (batch read, fill, run, results, commit) in wall and
// thread-CPU seconds: the run reads the store through its overlay, so "run" includes those reads.
import { appendFileSync } from 'node:fs';
import { threadCpuSeconds } from '../thread-cpu.js';

const file = process.env.PARALLAX_PROV_MEM;
const MB = (x: number): number => Math.round(x / 1048576);

/** True when steps are logged (the step then gathers its sizes). */
export const memLogOn = !!file;

/** Called by a step with what it still holds (sizes of its overlay and token cache). */
export function logStepHold(sizes: Record<string, unknown>): void {
  if (!file) return;
  const gc = (globalThis as { gc?: () => void }).gc;
  let liveMB: number | null = null;
  if (process.env.PARALLAX_PROV_MEM_GC && gc) {
    gc();
    liveMB = MB(process.memoryUsage().heapUsed);
  }
  const m = process.memoryUsage();
  pending = { ...sizes, liveMB, arrayBuffersMB: MB(m.arrayBuffers) };
}

/** Wall and thread-CPU seconds per phase of the step being logged (wall minus CPU is waiting). */
let phases: Record<string, [number, number]> = {};
let mark: [number, number] | null = null;

/** Ends the phase running since the last mark (or the step's start) under `name`. */
export function phaseEnd(name: string): void {
  if (!file) return;
  const now: [number, number] = [performance.now() / 1000, threadCpuSeconds() ?? 0];
  if (mark) {
    const p = (phases[name] ??= [0, 0]);
    p[0] += now[0] - mark[0];
    p[1] += now[1] - mark[1];
  }
  mark = now;
}

let pending: Record<string, unknown> | null = null;

/** Called by the thread after each step with its figures. */
export function logStep(seq: number, step: unknown): void {
  if (!file) return;
  const m = process.memoryUsage();
  const phaseSeconds = Object.fromEntries(Object.entries(phases).map(([k, [w, c]]) => [k, { wall: +w.toFixed(2), cpu: +c.toFixed(2) }]));
  appendFileSync(file, JSON.stringify({ seq, rssMB: MB(m.rss), heapUsedMB: MB(m.heapUsed), arrayBuffersMB: MB(m.arrayBuffers), step, held: pending, phaseSeconds }) + '\n');
  pending = null;
  phases = {};
  mark = null;
}
