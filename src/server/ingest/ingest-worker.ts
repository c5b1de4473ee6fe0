// Worker-thread entry of an ingest: its own store connection does the writing and the corpus steps,
// so the server's thread keeps answering readers (SQLite in WAL mode lets them read meanwhile).
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../../store/open-store.js';
import { ingestPrepared, type PreparedInput } from './ingest-batch.js';

interface Job { location: string; inputs: PreparedInput[]; outletFiles: string[] }

const job = workerData as Job;
const store = await openStore(job.location);
try {
  parentPort!.postMessage({ ok: true, result: await ingestPrepared(store, job.inputs, job.outletFiles) });
} catch (err) {
  const e = err as { status?: number; title?: string; message?: string };
  parentPort!.postMessage({ ok: false, status: e.status ?? 500, title: e.title ?? 'Ingest failed', detail: e.message ?? String(err) });
} finally {
  await store.close();
}
