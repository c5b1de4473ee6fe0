// `parallax worker`: claims batches of queued records (PostgreSQL job table), runs the per-article
// stages, stores the results and runs the provenance step for them under the store's corpus lock.
// When the queue is empty and jobs completed since the last time, one worker (advisory lock) runs
// the provenance catch-up and the linking steps (entities, stories, events) over the corpus.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { PgStore } from '../store/postgres/pg-store.js';
import { ingestReadItems, recordLabel, runCorpusStepsHoldingLock } from './ingest-items.js';

export interface WorkerOptions {
  /** Records claimed at a time. */
  batch?: number;
  /** Seconds a claim holds before another worker may take it over (renewed while the batch runs). */
  leaseSeconds?: number;
  /** Seconds between polls of an empty queue. */
  pollSeconds?: number;
  /** Stop when every job is done and the corpus steps are up to date (else poll forever). */
  untilDone?: boolean;
  threads?: number;
  outletFiles?: string[];
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface WorkerSummary { worker: string; batches: number; records: number; stored: number; failed: number; linkingRuns: number }

export async function runWorker(store: PgStore, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const worker = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const batchSize = options.batch ?? 50;
  const lease = options.leaseSeconds ?? 60;
  const poll = (options.pollSeconds ?? 2) * 1000;
  const outletFiles = options.outletFiles ?? [];
  const log = options.log ?? (() => undefined);
  const summary: WorkerSummary = { worker, batches: 0, records: 0, stored: 0, failed: 0, linkingRuns: 0 };
  while (!options.signal?.aborted) {
    const jobs = await store.jobs.claim(worker, batchSize, lease);
    if (jobs.length > 0) {
      const heartbeat = setInterval(() => { store.jobs.renew(worker, lease).catch(() => undefined); }, (lease * 1000) / 3);
      try {
        const result = await ingestReadItems(jobs.map((j) => ({ kind: 'record' as const, record: j.record })), {
          store, outletFiles, threads: options.threads ?? 1, linking: false,
        });
        const byLabel = new Map(jobs.map((j) => [recordLabel(j.record), j.id]));
        const errors = new Map<number, string>();
        for (const f of result.failed) { const id = byLabel.get(f.source); if (id !== undefined) errors.set(id, f.message); }
        await store.jobs.complete(jobs.map((j) => j.id), errors);
        summary.batches++;
        summary.records += jobs.length;
        summary.stored += result.stored + result.updated;
        summary.failed += errors.size;
        log(`${worker}: batch of ${jobs.length} (stored ${result.stored + result.updated}, failed ${errors.size})`);
      } finally {
        clearInterval(heartbeat);
      }
      continue;
    }
    const status = await store.jobs.status();
    if (status.open === 0 && status.version !== status.linkedVersion) {
      const ran = await store.corpusLock.withLock(async () => {
        const { version, linkedVersion, open } = await store.jobs.status();
        if (open > 0 || version === linkedVersion) return false;
        await runCorpusStepsHoldingLock(store, outletFiles);
        await store.jobs.markLinked(version);
        return true;
      }, { wait: false });
      if (ran) { summary.linkingRuns++; log(`${worker}: corpus steps done`); continue; }
    } else if (status.open === 0 && options.untilDone) {
      return summary;
    }
    // Jobs claimed by others (or the corpus steps running elsewhere): wait and look again.
    await new Promise((r) => setTimeout(r, poll));
  }
  return summary;
}
