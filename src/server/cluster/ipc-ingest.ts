// Writes under `serve --workers N`: a worker hands each accepted ingest to the primary process,
// whose single queue runs them one at a time in arrival order across all workers (the store has one
// writer; each run goes on in a worker thread with its own connection, see run-ingest.ts). The
// workers' connections see the result as soon as it is committed.
import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import type { Store } from '../../store/repository.js';
import type { PreparedInput } from '../ingest/ingest-batch.js';
import { IngestQueue } from '../ingest/ingest-queue.js';
import { MAX_WAITING } from '../ingest/limits.js';
import { runIngest } from '../ingest/run-ingest.js';
import type { IngestResponse } from '../ingest/schemas.js';
import { HttpProblem } from '../problem.js';

/** Runs one ingest request's inputs; rejects with an HttpProblem the route passes on. */
export type IngestRunner = (inputs: PreparedInput[]) => Promise<IngestResponse>;

interface IngestRequest { px: 'ingest'; id: number; inputs: PreparedInput[] }
type IngestReply = { px: 'ingest-reply'; id: number } & ({ ok: true; result: IngestResponse } | { ok: false; status: number; title: string; detail?: string });

const pending = new Map<number, { resolve: (r: IngestResponse) => void; reject: (e: Error) => void }>();
let nextId = 1;
let listening = false;

function onReply(message: unknown): void {
  const m = message as IngestReply;
  if (m?.px !== 'ingest-reply') return;
  const p = pending.get(m.id);
  pending.delete(m.id);
  if (!p) return;
  if (m.ok) p.resolve(m.result);
  else p.reject(new HttpProblem(m.status, m.title, m.detail));
}

/** The worker side: an ingest runner that waits for the primary's queue. */
export function ipcIngestRunner(): IngestRunner {
  if (!listening) { process.on('message', onReply); listening = true; }
  return (inputs) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const request: IngestRequest = { px: 'ingest', id, inputs };
    process.send!(request);
  });
}

/** The primary side: one queue for the ingests of every worker. */
export function serveIngests(store: Store, outletFiles: string[]): void {
  const queue = new IngestQueue(MAX_WAITING);
  cluster.on('message', (worker: Worker, message: unknown) => {
    const m = message as IngestRequest;
    if (m?.px !== 'ingest') return;
    const send = (reply: IngestReply) => { if (worker.isConnected()) worker.send(reply); };
    queue.run(() => runIngest(store, m.inputs, outletFiles)).then(
      (result) => send({ px: 'ingest-reply', id: m.id, ok: true, result }),
      (err: unknown) => {
        if (err instanceof HttpProblem) return send({ px: 'ingest-reply', id: m.id, ok: false, status: err.status, title: err.title, detail: err.detail });
        process.stderr.write(`ingest failed: ${(err as Error)?.stack ?? String(err)}\n`); // as the server's error handler: logged, not sent
        send({ px: 'ingest-reply', id: m.id, ok: false, status: 500, title: 'Internal error' });
      },
    );
  });
}
