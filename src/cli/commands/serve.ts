import type { Command } from 'commander';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../server/app.js';
import { ipcIngestRunner } from '../../server/cluster/ipc-ingest.js';
import { IpcRateLimitStore } from '../../server/cluster/ipc-rate-limit.js';
import { runPrimary, type ListeningMessage } from '../../server/cluster/serve-primary.js';
import { repoRoot } from '../../util/paths.js';
import { openExistingStore } from '../open-existing-store.js';
import { collect, dbOption, parsePositiveInt } from '../options.js';

interface ServeOpts { db: string; port: number; host: string; readToken?: string; writeToken?: string; outlets?: string[]; workers?: number; rateLimit?: number }

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API and the web UI (read-only unless a write token is given)')
    .addOption(dbOption())
    .option('--port <n>', 'port', parsePositiveInt, 4173)
    .option('--host <address>', 'address to bind (default loopback only)', '127.0.0.1')
    .option('--read-token <token>', 'require this bearer token on /api (or PARALLAX_READ_TOKEN)', process.env.PARALLAX_READ_TOKEN)
    .option('--write-token <token>', 'enable adding articles (POST /api/articles, the UI\'s "Add articles" page) for this bearer token (or PARALLAX_WRITE_TOKEN)', process.env.PARALLAX_WRITE_TOKEN)
    .option('--outlets <file>', 'extra outlet registry file for articles added through the API (repeatable, as analyze --outlets)', collect, [])
    .option('--rate-limit <n>', 'requests per minute per client address', parsePositiveInt, 600)
    .option('--workers <n>', 'server processes sharing the port (default: one per CPU core; an in-memory store is served by one)', parsePositiveInt)
    .action(async (opts: ServeOpts) => {
      const writeToken = opts.writeToken?.trim() || null;
      const workers = opts.db === ':memory:' ? 1 : opts.workers ?? availableParallelism();
      const inWorker = cluster.isWorker;
      const store = await openExistingStore(opts.db);
      const announce = (address: string) => process.stderr.write(
        `Parallax is serving ${opts.db} at ${address}  (API: ${address}/api/articles, OpenAPI: ${address}/api/openapi.json)${writeToken ? '; adding articles is on' : ''}${workers > 1 ? `; ${workers} workers` : ''}\n`,
      );
      if (!inWorker && writeToken && writeToken.length < 16) process.stderr.write('warning: the write token is shorter than 16 characters; anyone who guesses it can add articles\n');
      if (!inWorker && workers > 1) {
        runPrimary({ store, workers, outletFiles: opts.outlets ?? [], onListening: announce });
        return;
      }
      const app = await buildServer({
        store, webRoot: join(repoRoot, 'web', 'dist'), readToken: opts.readToken ?? null, writeToken, outletFiles: opts.outlets ?? [], rateLimitPerMinute: opts.rateLimit,
        ...(inWorker ? { rateLimitStore: IpcRateLimitStore, ingest: ipcIngestRunner() } : {}),
      });
      const close = async () => { await app.close(); await store.close(); process.exit(0); };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      if (inWorker) process.once('disconnect', close); // the primary is gone
      const address = await app.listen({ port: opts.port, host: opts.host });
      if (inWorker) process.send!({ px: 'listening', address } satisfies ListeningMessage);
      else announce(address);
    });
}
