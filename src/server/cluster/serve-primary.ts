// The primary process of `serve --workers N` (node:cluster): it opens the store once (migrations run
// here, never in N processes at once), forks N workers that each open it and serve HTTP on the
// shared port (SQLite in WAL mode: readers never wait on one another or on the writer), counts the
// rate limits and queues the ingests of all of them, replaces a worker that dies, and stops them all
// on SIGINT/SIGTERM. The workers use the second core for the read-heavy API.
import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import type { Store } from '../../store/repository.js';
import { serveIngests } from './ipc-ingest.js';
import { serveRateLimits } from './ipc-rate-limit.js';

/** Sent by a worker once it listens. */
export interface ListeningMessage { px: 'listening'; address: string }

export interface PrimaryOptions {
  store: Store;
  workers: number;
  outletFiles: string[];
  /** Called once, when every worker listens, with the address. */
  onListening: (address: string) => void;
}

export function runPrimary(options: PrimaryOptions): void {
  // Ingest inputs hold Buffers and Maps: structured clone, not JSON, over the IPC channel.
  cluster.setupPrimary({ serialization: 'advanced' });
  serveRateLimits();
  serveIngests(options.store, options.outletFiles);
  let stopping = false;
  let exitCode = 0;
  let announced = false;
  const listening = new Set<number>();
  const fork = () => cluster.fork();

  cluster.on('message', (worker: Worker, message: unknown) => {
    const m = message as ListeningMessage;
    if (m?.px !== 'listening') return;
    listening.add(worker.id);
    if (!announced && listening.size === options.workers) { announced = true; options.onListening(m.address); }
  });
  cluster.on('exit', (worker, code, signal) => {
    const wasListening = listening.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) void options.store.close().then(() => process.exit(exitCode));
      return;
    }
    if (!wasListening && !announced) {
      // A worker that cannot start (port taken, bad store) would fail again: give up.
      process.stderr.write(`a server worker exited before listening (code ${code ?? signal}); stopping\n`);
      stop(1);
      return;
    }
    // Exit code 0 is a worker's own orderly stop (a signal to the process group, e.g. Ctrl+C, which
    // reaches this process as well); anything else is a crash.
    if (code === 0 && !signal) return;
    process.stderr.write(`a server worker exited (code ${code ?? signal}); starting another\n`);
    fork();
  });

  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (alive.length === 0) void options.store.close().then(() => process.exit(code));
    for (const w of alive) w.process.kill('SIGTERM');
  };
  process.once('SIGINT', () => stop());
  process.once('SIGTERM', () => stop());
  for (let i = 0; i < options.workers; i++) fork();
}
