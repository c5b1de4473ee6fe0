// The watcher's sources, per-source state (kept by the caller through hooks) and options.
import type { FetchContext } from '../fetch/fetch-context.js';
import type { Clock } from '../fetch/clock.js';
import type { FetchOptions } from '../fetch/types.js';
import type { ReadItem } from '../model/input.js';

export interface WatchSource {
  url: string;
  /** A feed's new items are followed to their pages; a page is one input re-read when it changes. Absent: told by the content. */
  kind?: 'feed' | 'page';
}

/** What the watcher remembers about one source between polls (JSON-serialisable). */
export interface SourceState {
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of the last body read, for servers that send no validators. */
  contentSha256: string | null;
  /** Keys (guid, else link) of feed items already handed on, oldest first, bounded. */
  seen: string[];
  /** ISO time of the last poll and what came of it. */
  lastPolled: string | null;
  lastError: string | null;
  /** Polls in a row that failed. */
  failures: number;
}

export type PollStatus = 'new' | 'not-modified' | 'unchanged' | 'error' | 'aborted';

export interface PollReport {
  source: WatchSource;
  round: number;
  status: PollStatus;
  /** Records handed to onRecords. */
  records: number;
  /** Linked article pages fetched for summary-only feed items. */
  articlesFetched: number;
  /** Failures met (the feed itself, or linked pages whose summary was kept instead). */
  errors: string[];
}

export interface WatchOptions {
  /** Seconds from the start of one round to the start of the next (default 900). */
  intervalSeconds?: number;
  /** One round, then return. */
  once?: boolean;
  /** Stop after this many rounds (tests, bounded runs). */
  maxRounds?: number;
  /** Stops the watcher: waits end, requests in flight are cancelled, watch() resolves. */
  signal?: AbortSignal;
  /** New records of one source and poll, in feed order; awaited before the source's state is saved. */
  onRecords: (items: ReadItem[], source: WatchSource) => void | Promise<void>;
  loadState?: (url: string) => SourceState | null | undefined | Promise<SourceState | null | undefined>;
  saveState?: (url: string, state: SourceState) => void | Promise<void>;
  onPoll?: (report: PollReport) => void;
  /** Limits for every request (timeout, size cap, retries…); `signal` and `context` are set by the watcher. */
  fetch?: Omit<FetchOptions, 'signal' | 'validators'>;
  /** Shared robots cache and rate limiter (default: a new one with `minHostIntervalMs`). */
  context?: FetchContext;
  minHostIntervalMs?: number;
  clock?: Clock;
  /** Follow summary-only feed items to their pages (default true). */
  fetchArticles?: boolean;
  summaryMaxChars?: number;
  maxSeen?: number;
  maxNewItemsPerPoll?: number;
  concurrency?: number;
}

export interface WatchSummary {
  rounds: number;
  polls: number;
  records: number;
  articlesFetched: number;
  errors: number;
}
