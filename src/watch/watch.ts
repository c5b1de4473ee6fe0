// `watch`: polls feeds and pages round after round until stopped. Each source's new records go to
// onRecords (one call at a time, in completion order) and only then is its state saved, so a run
// killed in between hands the same items on again rather than losing them.
import { systemClock } from '../fetch/clock.js';
import { createFetchContext } from '../fetch/fetch-context.js';
import {
  DEFAULT_INTERVAL_SECONDS, DEFAULT_MAX_NEW_ITEMS_PER_POLL, DEFAULT_MAX_SEEN, DEFAULT_SOURCE_CONCURRENCY, DEFAULT_SUMMARY_MAX_CHARS,
} from './defaults.js';
import { pollSource, type PollSettings } from './poll-source.js';
import { normalizeState } from './source-state.js';
import type { PollReport, SourceState, WatchOptions, WatchSource, WatchSummary } from './types.js';

export async function watch(sources: WatchSource[], options: WatchOptions): Promise<WatchSummary> {
  const { signal } = options;
  const clock = options.clock ?? options.context?.clock ?? systemClock;
  const context = options.context ?? createFetchContext({ clock, minHostIntervalMs: options.minHostIntervalMs });
  const settings: PollSettings = {
    fetch: { ...options.fetch, context, signal },
    fetchArticles: options.fetchArticles ?? true,
    summaryMaxChars: options.summaryMaxChars ?? DEFAULT_SUMMARY_MAX_CHARS,
    maxSeen: options.maxSeen ?? DEFAULT_MAX_SEEN,
    maxNewItemsPerPoll: options.maxNewItemsPerPoll ?? DEFAULT_MAX_NEW_ITEMS_PER_POLL,
  };
  const intervalMs = (options.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS) * 1000;
  const summary: WatchSummary = { rounds: 0, polls: 0, records: 0, articlesFetched: 0, errors: 0 };
  const states = new Map<string, SourceState>();
  let delivering: Promise<unknown> = Promise.resolve();

  const pollOne = async (source: WatchSource, round: number) => {
    let state = states.get(source.url);
    if (!state) state = normalizeState(await options.loadState?.(source.url));
    const polled = await pollSource(source, state, settings);
    const report: PollReport = {
      source, round, status: polled.status, records: 0, articlesFetched: polled.articlesFetched, errors: polled.errors,
    };
    if (polled.status !== 'aborted') {
      // One delivery at a time: the pipeline behind onRecords sees whole polls, never interleaved.
      const delivered = delivering.then(async () => {
        if (polled.items.length > 0) await options.onRecords(polled.items, source);
        states.set(source.url, polled.state);
        await options.saveState?.(source.url, polled.state);
        report.records = polled.items.filter((i) => i.kind === 'record').length;
      });
      delivering = delivered.catch(() => undefined);
      try {
        await delivered;
      } catch (e) {
        report.status = 'error';
        report.errors = [...report.errors, `${source.url}: new records could not be handed on (${(e as Error).message}); they come again next poll`];
      }
    }
    summary.polls++;
    summary.records += report.records;
    summary.articlesFetched += report.articlesFetched;
    summary.errors += report.errors.length;
    options.onPoll?.(report);
  };

  for (let round = 1; !signal?.aborted; round++) {
    const started = clock.now();
    await eachLimited(sources, options.concurrency ?? DEFAULT_SOURCE_CONCURRENCY, (s) => pollOne(s, round), signal);
    summary.rounds = round;
    if (options.once || (options.maxRounds !== undefined && round >= options.maxRounds) || signal?.aborted) break;
    try {
      await clock.sleep(Math.max(0, intervalMs - (clock.now() - started)), signal);
    } catch {
      break;
    }
  }
  return summary;
}

/** Runs `task` over `items` with at most `limit` at a time; no new task starts once `signal` fires. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}
