// `parallax watch SOURCES_FILE`: polls feeds and pages at an interval and stores new articles through
// the same pipeline as `analyze`. Per-source state (validators, seen items) lives in a small JSON
// file beside the store. Ctrl-C (SIGINT) or SIGTERM stops it cleanly after the current step.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { ingestReadItems } from '../../pipeline/ingest-items.js';
import { openStore } from '../../store/open-store.js';
import { fileStateStore } from '../../watch/state-file.js';
import { readSourcesFile, SourcesError } from '../../watch/sources-file.js';
import { DEFAULT_INTERVAL_SECONDS } from '../../watch/defaults.js';
import type { PollReport } from '../../watch/types.js';
import { watch } from '../../watch/watch.js';
import { UsageError } from '../open-existing-store.js';
import { collect, dbOption, EXIT_INPUT_FAILED, parsePositiveInt } from '../options.js';

interface WatchCliOptions {
  db: string;
  interval: number;
  once?: boolean;
  state?: string;
  outlets: string[];
  threads?: number;
  timeout: number;
  maxMb: number;
  hostInterval: number;
  quiet?: boolean;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a number of seconds ≥ 0');
  return n;
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds and pages at an interval; store new articles as they appear')
    .argument('<sources>', 'sources file: JSON [{ "url", "kind": "feed"|"page" }] or one URL per line (optionally "URL feed|page")')
    .addOption(dbOption())
    .option('--interval <seconds>', 'seconds between polls of each source', parseSeconds, DEFAULT_INTERVAL_SECONDS)
    .option('--once', 'poll every source once, then exit')
    .option('--state <file>', 'where per-source state is kept (default: the store path + .watch.json)')
    .option('--outlets <file>', 'extra outlet registry file (repeatable)', collect, [])
    .option('--threads <n>', 'worker threads for per-article stages (default 1: batches are small)', parsePositiveInt)
    .option('--timeout <seconds>', 'timeout per request', parseSeconds, 30)
    .option('--max-mb <n>', 'size cap per response in MiB', parsePositiveInt, 20)
    .option('--host-interval <seconds>', 'minimum time between two requests to one host', parseSeconds, 1)
    .option('-q, --quiet', 'print only errors')
    .action(runWatch);
}

async function runWatch(sourcesFile: string, opts: WatchCliOptions): Promise<void> {
  let sources;
  try {
    sources = await readSourcesFile(sourcesFile);
  } catch (e) {
    throw new UsageError(e instanceof SourcesError ? e.message : `${sourcesFile}: ${(e as Error).message}`);
  }
  if (sources.length === 0) throw new UsageError(`${sourcesFile}: no sources listed`);
  const store = await openStore(opts.db);
  const stateHooks = opts.db === ':memory:' && !opts.state ? {} : fileStateStore(opts.state ?? `${store.location}.watch.json`);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let failed = 0;
  // What storing a source's records printed, shown under that source's poll line.
  const stored = new Map<string, string[]>();
  try {
    if (!opts.quiet) log(`watching ${plural(sources.length, 'source')}${opts.once ? ' once' : ` every ${opts.interval} s`} → ${store.location}`);
    const summary = await watch(sources, {
      ...stateHooks,
      intervalSeconds: opts.interval,
      once: opts.once,
      signal: controller.signal,
      minHostIntervalMs: opts.hostInterval * 1000,
      fetch: { timeoutMs: opts.timeout * 1000, maxBytes: opts.maxMb * 1024 * 1024 },
      onRecords: async (items, source) => {
        const s = await ingestReadItems(items, { store, outletFiles: opts.outlets, threads: opts.threads ?? 1 });
        failed += s.failed.length;
        stored.set(source.url, [
          ...(opts.quiet ? [] : [`  stored ${s.stored} new, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed.length}`]),
          ...s.failed.map((f) => `  failed: ${f.source}: ${f.message}`),
        ]);
      },
      onPoll: (r) => {
        failed += r.errors.length;
        const lines = [...(stored.get(r.source.url) ?? []), ...r.errors.map((e) => `  error: ${e}`)];
        stored.delete(r.source.url);
        if (!opts.quiet || lines.length) log(describePoll(r));
        for (const line of lines) log(line);
      },
    });
    if (!opts.quiet) log(`stopped after ${plural(summary.rounds, 'round')}: ${plural(summary.records, 'new record')}, ${plural(summary.articlesFetched, 'linked article')} fetched, ${plural(summary.errors, 'error')}`);
    if (failed > 0) process.exitCode = EXIT_INPUT_FAILED;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await store.close();
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describePoll(r: PollReport): string {
  const what = r.status === 'new' ? `${plural(r.records, 'new record')}${r.articlesFetched ? ` (${plural(r.articlesFetched, 'linked article')} fetched)` : ''}` : r.status;
  return `[round ${r.round}] ${r.source.url}: ${what}`;
}
