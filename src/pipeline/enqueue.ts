// `parallax analyze PATHS --db postgres://… --enqueue`: reads the inputs and puts every record in
// the store's job table for `parallax worker` processes; nothing is analysed here. A file is
// remembered (and skipped next time) in the transaction that queues its last records, so a killed
// enqueue re-reads only the files it had not finished; records already queued are not queued twice.
import { readInputsAndUrls } from '../fetch/read-sources.js';
import type { InputRecord, ReadFailure } from '../model/input.js';
import type { PgStore } from '../store/postgres/pg-store.js';

export interface EnqueueSummary {
  files: number;
  skippedFiles: number;
  records: number;
  /** Records newly queued (the rest were queued already). */
  queued: number;
  failed: ReadFailure[];
}

const CHUNK = 500;

export async function enqueue(paths: string[], store: PgStore, options: { stdin?: NodeJS.ReadableStream } = {}): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { files: 0, skippedFiles: 0, records: 0, queued: 0, failed: [] };
  const failedFiles = new Set<string>();
  let pending: InputRecord[] = [];
  const items = readInputsAndUrls(paths, { skipFile: (sha, source) => store.inputs.has(sha, source), stdin: options.stdin });
  for await (const item of items) {
    if (item.kind === 'record') {
      summary.records++;
      pending.push(item.record);
      if (pending.length >= CHUNK) { summary.queued += await store.jobs.enqueue(pending); pending = []; }
    } else if (item.kind === 'failure') {
      summary.failed.push(item.failure);
      failedFiles.add(item.failure.source.replace(/ \(record \d+\)$/, '').replace(/:\d+$/, ''));
    } else if (item.kind === 'file-done') {
      summary.files++;
      const file = failedFiles.has(item.source) ? undefined : { sha256: item.sha256, source: item.source, size: item.size, records: item.records };
      summary.queued += await store.jobs.enqueue(pending, file);
      pending = [];
    } else {
      summary.files++;
      summary.skippedFiles++;
    }
  }
  summary.queued += await store.jobs.enqueue(pending);
  return summary;
}
