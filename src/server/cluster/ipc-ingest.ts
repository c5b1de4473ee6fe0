// Writes under `serve --workers N`: a worker hands each accepted ingest to the primary process,
// whose single queue runs them one at a time in arrival order across all workers (the store has one
// writer; each run goes on in a worker thread with its own connection, see run-ingest.ts). The
// workers' connections see the result as soon as it is committed.
import type { Store } from '../../store/repository.js';
import type { PreparedInput } from '../ingest/ingest-batch.js';
import { IngestQueue } from '../ingest/ingest-queue.js';
import { MAX_WAITING } from '../ingest/limits.js';
import { runIngest } from '../ingest/run-ingest.js';
import type { IngestResponse } from '../ingest/schemas.js';
import { HttpProblem } from '../problem.js';
import { answerWorkers, askPrimary } from './ipc-call.js';

/** Runs one ingest request's inputs; rejects with an HttpProblem the route passes on. */
export type IngestRunner = (inputs: PreparedInput[]) => Promise<IngestResponse>;

interface IngestRequest { inputs: PreparedInput[] }
type IngestReply = { ok: true; result: IngestResponse } | { ok: false; status: number; title: string; detail?: string };

/** The worker side: an ingest runner that waits for the primary's queue. */
export function ipcIngestRunner(): IngestRunner {
  return async (inputs) => {
    const reply = await askPrimary<IngestReply>('ingest', { inputs } satisfies IngestRequest);
    if (reply.ok) return reply.result;
    throw new HttpProblem(reply.status, reply.title, reply.detail);
  };
}

/** The primary side: one queue for the ingests of every worker. */
export function serveIngests(store: Store, outletFiles: string[]): void {
  const queue = new IngestQueue(MAX_WAITING);
  answerWorkers<IngestRequest>('ingest', (m, send: (reply: IngestReply) => void) => {
    queue.run(() => runIngest(store, m.inputs, outletFiles)).then(
      (result) => send({ ok: true, result }),
      (err: unknown) => {
        if (err instanceof HttpProblem) return send({ ok: false, status: err.status, title: err.title, detail: err.detail });
        process.stderr.write(`ingest failed: ${(err as Error)?.stack ?? String(err)}\n`); // as the server's error handler: logged, not sent
        send({ ok: false, status: 500, title: 'Internal error' });
      },
    );
  });
}
