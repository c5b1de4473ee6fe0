// `parallax analyze`: readers → worker pool (per-article stages) → store, streaming with
// back-pressure, results written in input order so that runs are deterministic.
import type { ExtractedArticle } from '../model/article.js';
import type { InputRecord, ReadFailure } from '../model/input.js';
import { readInputs } from '../ingest/index.js';
import type { ArticleWrite, InputInfo, SaveOutcome, Store } from '../store/repository.js';
import { stageVersion } from './stages.js';
import { createExtractPool } from './worker-pool.js';
import type { ExtractPool } from './worker-pool.js';

export interface AnalyzeOptions {
  store: Store;
  /** User outlet registry files that extend data/outlets.json. */
  outletFiles?: string[];
  /** Worker threads for per-article stages; 1 runs them in this thread. Default: all cores. */
  threads?: number;
  onProgress?: (p: AnalyzeProgress) => void;
  /** Used for the path '-'. */
  stdin?: NodeJS.ReadableStream;
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
}

/** Articles are written in transactions of this many; a killed run loses at most one batch. */
const WRITE_BATCH = 200;

type Pending =
  | { kind: 'record'; record: InputRecord; result: Promise<ExtractedArticle> }
  | { kind: 'file'; info: InputInfo };

/** The file part of a failure's source ("feed.xml (record 3)" or "data.jsonl:17" → the file). */
function fileOf(source: string): string {
  return source.replace(/ \(record \d+\)$/, '').replace(/:\d+$/, '');
}

export async function analyze(paths: string[], options: AnalyzeOptions): Promise<AnalyzeSummary> {
  const started = performance.now();
  const { store } = options;
  const summary: AnalyzeSummary = { files: 0, skippedFiles: 0, records: 0, stored: 0, updated: 0, unchanged: 0, failed: [], seconds: 0 };
  const progress: AnalyzeProgress = { files: 0, bytes: 0, records: 0, stored: 0, failed: 0 };
  const pool: ExtractPool = createExtractPool({ threads: options.threads, outletFiles: options.outletFiles ?? [] });
  const version = stageVersion('extract');
  const queue: Pending[] = [];
  let batch: ArticleWrite[] = [];
  // Files with a failed record are not remembered as done, so the next run retries them.
  const filesWithFailures = new Set<string>();
  const fail = (f: ReadFailure) => {
    summary.failed.push(f);
    filesWithFailures.add(fileOf(f.source));
    report();
  };

  const report = () => options.onProgress?.({ ...progress, failed: summary.failed.length });

  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await store.articles.saveMany(batch);
    batch = [];
    count(outcomes);
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
  // Take finished work off the head of the queue, in input order.
  const drainHead = async () => {
    const head = queue.shift()!;
    if (head.kind === 'file') {
      await flush();
      if (!filesWithFailures.has(head.info.source)) await store.inputs.record(head.info);
      return;
    }
    try {
      const article = await head.result;
      batch.push({
        article, raw: head.record.body, bodyType: head.record.bodyType,
        inputSha256: head.record.fileSha256, recordIndex: head.record.recordIndex, stageVersion: version,
      });
      if (batch.length >= WRITE_BATCH) await flush();
    } catch (err) {
      fail({ source: recordLabel(head.record), message: `extraction failed: ${errorMessage(err)}` });
    }
  };

  try {
    const reader = readInputs(paths, { skipFile: (sha) => store.inputs.has(sha), stdin: options.stdin });
    for await (const item of reader) {
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
  } finally {
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function recordLabel(r: InputRecord): string {
  return r.recordIndex > 0 || r.externalId ? `${r.source} (record ${r.recordIndex + 1})` : r.source;
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.name === 'AbortError' || err.name === 'TimeoutError' ? 'timed out' : err.message;
  return String(err);
}
