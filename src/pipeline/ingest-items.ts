// The heart of `analyze`: read items → worker pool (per-article stages) → store, streaming with
// back-pressure; results are written in input order so runs are deterministic; the corpus steps
// run every few thousand new articles, so memory stays flat however large the input.
import type { InputRecord, ReadFailure, ReadItem } from '../model/input.js';
import type { ArticleSummary } from '../provenance/types.js';
import type { ArticleWrite, InputInfo, SaveOutcome, Store } from '../store/repository.js';
import type { ArticleResult } from './extract-task.js';
import { provenanceCatchUp } from './corpus/provenance-step.js';
import { createProvenanceRunner, type TimedStep } from './corpus/provenance-thread.js';
import { entitiesStep } from './corpus/entities-step.js';
import { eventsStep } from './corpus/events-step.js';
import { storiesStep } from './corpus/stories-step.js';
import { OutletRegistry } from '../extract/outlets/index.js';
import { stageVersion } from './stages.js';
import { createExtractPool, defaultThreads } from './worker-pool.js';
import { threadCpuSeconds } from './thread-cpu.js';
import { collectGarbage } from '../util/collect-garbage.js';
import { releaseFreedMemory } from '../util/release-memory.js';

export interface IngestOptions {
  store: Store;
  /** User outlet registry files that extend data/outlets.json. */
  outletFiles?: string[];
  /** Worker threads for per-article stages; 1 runs them in this thread. Default: all cores. */
  threads?: number;
  onProgress?: (p: AnalyzeProgress) => void;
  /** Run the provenance catch-up and the linking steps at the end (default). Workers run them once the queue is empty. */
  linking?: boolean;
}

export interface AnalyzeProgress {
  files: number;
  bytes: number;
  records: number;
  stored: number;
  failed: number;
}

export interface AnalyzeSummary {
  files: number;
  /** Files already in the store (same SHA-256), not read again. */
  skippedFiles: number;
  records: number;
  stored: number;
  updated: number;
  unchanged: number;
  failed: ReadFailure[];
  seconds: number;
  /**
   * Seconds spent per stage (per-article stages summed over threads as wall time of the pool).
   * 'read+per-article' leaves out the 'store' writes and the time the read loop waited for
   * 'provenance' steps. With one thread (or an in-memory store) the steps run inside the read loop
   * and the stages add up to the run; otherwise the steps run on their own thread beside the read
   * loop, and 'provenance' is their own time, which overlaps 'read+per-article'.
   */
  stageSeconds: Record<string, number>;
  /** CPU seconds of the whole process (every thread) per stage: what load on the machine does not inflate.
   * Provenance steps on their own thread count that thread's CPU, which 'read+per-article' leaves out. */
  stageCpuSeconds: Record<string, number>;
  /** CPU seconds of the main thread alone per stage (Linux; empty elsewhere): the part worker threads do not share. */
  stageMainCpuSeconds: Record<string, number>;
}

/** Articles are written in transactions of this many; a killed run loses at most one batch. */
const WRITE_BATCH = 200;
/**
 * New articles gathered before the corpus steps run over them. The provenance results depend on
 * where batches split (bucket reads are capped per key), so this must not vary with the thread count.
 */
const CORPUS_BATCH = 2000;

type Pending =
  | { kind: 'record'; record: InputRecord; result: Promise<ArticleResult> }
  | { kind: 'file'; info: InputInfo };

/** The file part of a failure's source ("feed.xml (record 3)" or "data.jsonl:17" → the file). */
function fileOf(source: string): string {
  return source.replace(/ \(record \d+\)$/, '').replace(/:\d+$/, '');
}

export async function ingestReadItems(items: AsyncIterable<ReadItem> | ReadItem[], options: IngestOptions): Promise<AnalyzeSummary> {
  const started = performance.now();
  const { store } = options;
  const summary: AnalyzeSummary = {
    files: 0, skippedFiles: 0, records: 0, stored: 0, updated: 0, unchanged: 0, failed: [], seconds: 0, stageSeconds: {}, stageCpuSeconds: {}, stageMainCpuSeconds: {},
  };
  const progress: AnalyzeProgress = { files: 0, bytes: 0, records: 0, stored: 0, failed: 0 };
  const threads = options.threads ?? defaultThreads();
  const pool = createExtractPool({ threads, outletFiles: options.outletFiles ?? [] });
  const runner = createProvenanceRunner(store, threads);
  // The step running beside the read loop, if any (one at a time: each batch's step sees the last one's writes).
  let running: Promise<TimedStep> | null = null;
  /**
   * What 'read+per-article' leaves out of steps on their own thread: the wall and main-thread CPU
   * seconds the read loop spent waiting for them, and the steps' own thread CPU.
   */
  const beside: StageTotals = [0, 0, 0];
  /** The steps' own wall seconds, added to 'provenance' once the read loop is timed. */
  let besideSeconds = 0;
  const version = stageVersion('extract');
  const languageVersion = stageVersion('language');
  const queue: Pending[] = [];
  let batch: { write: ArticleWrite; provenance: ArticleSummary }[] = [];
  let fresh = new Map<string, ArticleSummary>();
  // Files with a failed record are not remembered as done, so the next run retries them.
  const filesWithFailures = new Set<string>();
  const time = (stage: string, t0: number, cpu0: NodeJS.CpuUsage, main0: number | null) => addTime(summary, stage, t0, cpu0, main0);

  const report = () => options.onProgress?.({ ...progress, failed: summary.failed.length });
  const fail = (f: ReadFailure) => {
    summary.failed.push(f);
    filesWithFailures.add(fileOf(f.source));
    report();
  };
  const count = (outcomes: SaveOutcome[]) => {
    for (const o of outcomes) {
      if (o === 'stored') summary.stored++;
      else if (o === 'updated') summary.updated++;
      else summary.unchanged++;
    }
    progress.stored = summary.stored + summary.updated;
  };
  const settle = () => running?.catch(() => undefined);
  const stepDone = async () => {
    if (!running) return;
    const t0 = performance.now();
    const main0 = threadCpuSeconds();
    const step = running;
    running = null;
    const { seconds, threadCpuSeconds: cpu } = await step;
    const main = threadCpuSeconds();
    beside[0] += (performance.now() - t0) / 1000;
    beside[1] += cpu ?? 0;
    if (main0 !== null && main !== null) beside[2] += main - main0;
    besideSeconds += seconds;
  };
  const corpusSteps = async () => {
    if (fresh.size === 0) return;
    // Every thread's freed native memory (message buffers, SQLite, compiler zones) back to the system
    // once per batch: left to malloc, its arenas keep their high-water mark.
    releaseFreedMemory();
    const ids = [...fresh.keys()];
    const summaries = fresh;
    fresh = new Map();
    if (runner.concurrent) {
      await stepDone();
      running = runner.step(ids, summaries);
      running.catch(() => undefined); // awaited by stepDone; a failure must not go unhandled meanwhile
      return;
    }
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const main0 = threadCpuSeconds();
    await runner.step(ids, summaries);
    time('provenance', t0, cpu0, main0);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const main0 = threadCpuSeconds();
    const outcomes = await store.articles.saveMany(batch.map((b) => b.write));
    time('store', t0, cpu0, main0);
    outcomes.forEach((o, i) => { if (o === 'stored') fresh.set(batch[i].write.article.id, batch[i].provenance); });
    batch = [];
    count(outcomes);
    report();
    if (fresh.size >= CORPUS_BATCH) await corpusSteps();
  };
  // Take finished work off the head of the queue, in input order.
  const drainHead = async () => {
    const head = queue.shift()!;
    if (head.kind === 'file') {
      await flush();
      if (!filesWithFailures.has(head.info.source)) await store.inputs.record(head.info);
      return;
    }
    try {
      const { article, provenance, languageJson } = await head.result;
      const r = head.record;
      batch.push({
        write: {
          article, raw: r.body, bodyType: r.bodyType, inputSha256: r.fileSha256, recordIndex: r.recordIndex, stageVersion: version, input: { format: r.format, fields: r.fields },
          language: { json: languageJson, stageVersion: languageVersion },
        },
        provenance,
      });
      if (batch.length >= WRITE_BATCH) await flush();
    } catch (err) {
      fail({ source: recordLabel(head.record), message: `extraction failed: ${errorMessage(err)}` });
    }
  };

  try {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const main0 = threadCpuSeconds();
    const nested0 = nestedTotals(summary);
    for await (const item of items) {
      if (item.kind === 'record') {
        summary.records++;
        progress.records++;
        queue.push({ kind: 'record', record: item.record, result: pool.run(item.record) });
        while (queue.length > pool.capacity) await drainHead();
      } else if (item.kind === 'failure') {
        fail(item.failure);
      } else if (item.kind === 'file-done') {
        summary.files++;
        progress.files++;
        progress.bytes += item.size;
        queue.push({ kind: 'file', info: { sha256: item.sha256, source: item.source, size: item.size, records: item.records } });
      } else {
        summary.files++;
        summary.skippedFiles++;
        progress.files++;
        progress.bytes += item.size;
        report();
      }
    }
    while (queue.length > 0) await drainHead();
    await flush();
    await corpusSteps();
    await stepDone();
    time('read+per-article', t0, cpu0, main0);
    excludeNested(summary, 'read+per-article', nested0, beside);
    if (runner.concurrent) {
      summary.stageSeconds.provenance = (summary.stageSeconds.provenance ?? 0) + besideSeconds;
      summary.stageCpuSeconds.provenance = (summary.stageCpuSeconds.provenance ?? 0) + beside[1];
    }
  } finally {
    // A loop that failed leaves records in flight: closing the pool fails them, and nobody awaits
    // them any more (unhandled, those rejections would end the process and hide the loop's error).
    for (const p of queue) if (p.kind === 'record') p.result.catch(() => undefined);
    await pool.close();
    await settle(); // a failed read loop still lets a running step finish its transaction
    await runner.close();
  }
  if (options.linking !== false) await runCorpusSteps(store, options.outletFiles ?? [], summary, threads);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Catch-up of the provenance step, then the linking steps, holding the store's corpus lock. */
export async function runCorpusSteps(store: Store, outletFiles: string[], summary?: AnalyzeSummary, threads = 1): Promise<void> {
  await store.corpusLock.withLock(() => runCorpusStepsHoldingLock(store, outletFiles, summary, threads));
}

/** The same, for a caller that holds the corpus lock already (the lock is not re-entrant). */
export async function runCorpusStepsHoldingLock(store: Store, outletFiles: string[], summary?: AnalyzeSummary, threads = 1): Promise<void> {
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  const main1 = threadCpuSeconds();
  await provenanceCatchUp(store, undefined, threads);
  if (summary) addTime(summary, 'provenance', t1, cpu1, main1);
  await runLinkingSteps(store, outletFiles, summary, threads);
}

/** Corpus steps that are recomputed from per-article rows once per run (linear in the corpus); `threads` > 1 compares story groups on worker threads. */
export async function runLinkingSteps(store: Store, outletFiles: string[], summary?: AnalyzeSummary, threads = 1): Promise<void> {
  const timed = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const main0 = threadCpuSeconds();
    const result = await fn();
    if (summary) addTime(summary, stage, t0, cpu0, main0);
    return result;
  };
  // Each step starts from the live heap alone: what the read loop's threads freed and the previous
  // step's garbage would otherwise stay mapped under the next step's peak (see collect-garbage.ts and
  // release-memory.ts; 20k generated articles: 690 → 395 MB RSS at the stories step's start).
  collectGarbage();
  const { lookup } = await timed('entities', () => entitiesStep(store));
  collectGarbage();
  const registry = OutletRegistry.load(outletFiles);
  const { storyOf } = await timed('stories+compare', () => storiesStep(store, lookup, (name) => registry.groupsOf(name), { threads, outletFiles }));
  await timed('events', () => eventsStep(store, lookup, storyOf));
}

/** Stages that run inside the read loop (writes every batch, provenance every CORPUS_BATCH articles). */
const NESTED_STAGES = ['store', 'provenance'];
type StageTotals = [wall: number, cpu: number, main: number];

function nestedTotals(summary: AnalyzeSummary): StageTotals {
  const sum = (r: Record<string, number>) => NESTED_STAGES.reduce((t, s) => t + (r[s] ?? 0), 0);
  return [sum(summary.stageSeconds), sum(summary.stageCpuSeconds), sum(summary.stageMainCpuSeconds)];
}

/**
 * Takes the nested stages' time since `before` out of `stage` (timed around them), and what ran
 * `beside` it on the provenance thread, so no second is counted twice.
 */
function excludeNested(summary: AnalyzeSummary, stage: string, before: StageTotals, beside: StageTotals): void {
  const now = nestedTotals(summary);
  summary.stageSeconds[stage] -= now[0] - before[0] + beside[0];
  summary.stageCpuSeconds[stage] -= now[1] - before[1] + beside[1];
  if (summary.stageMainCpuSeconds[stage] !== undefined) summary.stageMainCpuSeconds[stage] -= now[2] - before[2] + beside[2];
}

/** Adds the wall and CPU seconds since (t0, cpu0, main0: the main thread's) to a stage's totals. */
function addTime(summary: AnalyzeSummary, stage: string, t0: number, cpu0: NodeJS.CpuUsage, main0: number | null): void {
  const cpu = process.cpuUsage(cpu0);
  summary.stageSeconds[stage] = (summary.stageSeconds[stage] ?? 0) + (performance.now() - t0) / 1000;
  summary.stageCpuSeconds[stage] = (summary.stageCpuSeconds[stage] ?? 0) + (cpu.user + cpu.system) / 1e6;
  const main = threadCpuSeconds();
  if (main0 !== null && main !== null) summary.stageMainCpuSeconds[stage] = (summary.stageMainCpuSeconds[stage] ?? 0) + main - main0;
}

export function recordLabel(r: InputRecord): string {
  return r.recordIndex > 0 || r.externalId ? `${r.source} (record ${r.recordIndex + 1})` : r.source;
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.name === 'AbortError' || err.name === 'TimeoutError' ? 'timed out' : err.message;
  return String(err);
}
