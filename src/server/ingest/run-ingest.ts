// Runs one ingest: in a worker thread with its own connection when the store is a file or a
// PostgreSQL URL (the corpus steps take seconds to minutes on a large store and must not stall the
// server's thread), in this thread for an in-memory store (which no other connection can see).
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Store } from '../../store/repository.js';
import { HttpProblem } from '../problem.js';
import { workerHeap } from '../../util/thread-heap.js';
import { ingestPrepared, type PreparedInput } from './ingest-batch.js';
import type { IngestResponse } from './schemas.js';

type WorkerReply = { ok: true; result: IngestResponse } | { ok: false; status: number; title: string; detail: string };

export function runIngest(store: Store, inputs: PreparedInput[], outletFiles: string[]): Promise<IngestResponse> {
  if (store.kind === 'sqlite' && store.location === ':memory:') return ingestPrepared(store, inputs, outletFiles);
  const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
  const entry = new URL(fromSources ? './ingest-worker-tsx.mjs' : './ingest-worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { location: store.connectTo, inputs, outletFiles }, resourceLimits: workerHeap('analysis') });
    let settled = false;
    worker.once('message', (m: WorkerReply) => {
      settled = true;
      if (m.ok) resolve(m.result);
      else reject(new HttpProblem(m.status, m.title, m.detail));
    });
    worker.once('error', (err) => { settled = true; reject(err); });
    worker.once('exit', (code) => { if (!settled) reject(new Error(`ingest worker exited with code ${code}`)); });
  });
}
