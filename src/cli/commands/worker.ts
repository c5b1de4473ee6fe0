import type { Command } from 'commander';
import { runWorker } from '../../pipeline/distributed-worker.js';
import { openStore } from '../../store/open-store.js';
import type { PgStore } from '../../store/postgres/pg-store.js';
import { collect, dbOption, EXIT_FATAL, parsePositiveInt } from '../options.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process records queued by `analyze --enqueue` (PostgreSQL store); run several, on one or many machines')
    .addOption(dbOption())
    .option('--outlets <file>', 'extra outlet registry file (repeatable)', collect, [])
    .option('--batch <n>', 'records claimed at a time', parsePositiveInt, 50)
    .option('--lease <seconds>', 'how long a claim holds before another worker may take it over', parsePositiveInt, 60)
    .option('--poll <seconds>', 'seconds between looks at an empty queue', parsePositiveInt, 2)
    .option('--threads <n>', 'worker threads for per-article stages in this process', parsePositiveInt, 1)
    .option('--until-done', 'exit when every queued record is done and the corpus steps are up to date')
    .option('-q, --quiet', 'no progress lines')
    .action(async (opts: { db: string; outlets: string[]; batch: number; lease: number; poll: number; threads: number; untilDone?: boolean; quiet?: boolean }) => {
      const store = await openStore(opts.db);
      // The first signal lets the current batch finish; a second one stops at once.
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130);
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        if (store.kind !== 'postgres') {
          process.stderr.write('parallax: worker needs a PostgreSQL store (--db postgres://…)\n');
          process.exitCode = EXIT_FATAL;
          return;
        }
        const s = await runWorker(store as PgStore, {
          batch: opts.batch, leaseSeconds: opts.lease, pollSeconds: opts.poll, untilDone: opts.untilDone, threads: opts.threads,
          outletFiles: opts.outlets, signal: stop.signal, log: opts.quiet ? undefined : (line) => process.stderr.write(line + '\n'),
        });
        process.stderr.write(`worker ${s.worker}: ${s.records} records in ${s.batches} batches, stored ${s.stored}, failed ${s.failed}, corpus steps ${s.linkingRuns}×\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
    });
}
