import type { Command } from 'commander';
import { analyze } from '../../pipeline/analyze.js';
import type { AnalyzeSummary } from '../../pipeline/analyze.js';
import { openStore } from '../../store/open-store.js';
import { createProgressView } from '../progress.js';
import { collect, dbOption, EXIT_FATAL, EXIT_INPUT_FAILED, parsePositiveInt } from '../options.js';
import { enqueue } from '../../pipeline/enqueue.js';
import type { PgStore } from '../../store/postgres/pg-store.js';
import { registerWorker } from './worker.js';

export function registerAnalyze(program: Command): void {
  // `parallax worker` is the other half of `analyze --enqueue`, registered with it.
  registerWorker(program);
  program
    .command('analyze')
    .description('read files, directories, URLs or - (stdin); clean, analyse and store every article')
    .argument('<paths...>', 'files or directories (recursive); - reads stdin')
    .addOption(dbOption())
    .option('--outlets <file>', 'extra outlet registry file (repeatable)', collect, [])
    .option('--threads <n>', 'worker threads for per-article stages (default: all cores)', parsePositiveInt)
    .option('-q, --quiet', 'no progress output')
    .option('--enqueue', 'PostgreSQL store: only queue the records for `parallax worker` processes')
    .action(async (paths: string[], opts: { db: string; outlets: string[]; threads?: number; quiet?: boolean; enqueue?: boolean }) => {
      const store = await openStore(opts.db);
      if (opts.enqueue) {
        try {
          if (store.kind !== 'postgres') {
            process.stderr.write('parallax: --enqueue needs a PostgreSQL store (--db postgres://…)\n');
            process.exitCode = EXIT_FATAL;
            return;
          }
          const s = await enqueue(paths, store as PgStore);
          process.stderr.write(`queued ${s.queued} new of ${s.records} records from ${s.files} files (${s.skippedFiles} unchanged files skipped), failed ${s.failed.length}  → ${store.location}\n`);
          for (const f of s.failed) process.stderr.write(`  failed: ${f.source}: ${f.message}\n`);
          if (s.failed.length > 0) process.exitCode = EXIT_INPUT_FAILED;
        } finally {
          await store.close();
        }
        return;
      }
      const view = opts.quiet ? null : createProgressView(paths);
      try {
        const summary = await analyze(paths, {
          store, outletFiles: opts.outlets, threads: opts.threads, onProgress: (p) => view?.update(p),
        });
        view?.stop();
        process.stderr.write(formatSummary(summary, store.location));
        if (summary.failed.length > 0) process.exitCode = EXIT_INPUT_FAILED;
      } finally {
        view?.stop();
        await store.close();
      }
    });
}

export function formatSummary(s: AnalyzeSummary, db: string): string {
  const lines = [
    `read ${s.records} record${s.records === 1 ? '' : 's'} from ${s.files} file${s.files === 1 ? '' : 's'}` +
      (s.skippedFiles ? ` (${s.skippedFiles} unchanged file${s.skippedFiles === 1 ? '' : 's'} skipped)` : '') + ` in ${s.seconds.toFixed(1)} s`,
    `stored ${s.stored} new, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed.length}  → ${db}`,
  ];
  for (const f of s.failed) lines.push(`  failed: ${f.source}: ${f.message}`);
  return lines.join('\n') + '\n';
}
