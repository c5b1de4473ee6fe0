// One poll of one source: a conditional request, then for a feed its new items (followed to their
// pages when they carry only a summary), for a page the page itself when its content changed.
import { fetchResource } from '../fetch/fetch-resource.js';
import { readFetched } from '../fetch/read-url.js';
import type { FetchOk, FetchOptions } from '../fetch/types.js';
import { sha256Bytes } from '../ingest/hash.js';
import type { InputRecord, ReadItem } from '../model/input.js';
import { followArticle } from './follow-article.js';
import { rememberKeys } from './source-state.js';
import { itemKey, summaryOnlyLink } from './summary-only.js';
import type { PollStatus, SourceState, WatchSource } from './types.js';

export interface PollSettings {
  fetch: FetchOptions;
  fetchArticles: boolean;
  summaryMaxChars: number;
  maxSeen: number;
  maxNewItemsPerPoll: number;
}

export interface PollOutcome {
  status: PollStatus;
  /** For onRecords: records, and `file-done` for whole pages read. */
  items: ReadItem[];
  state: SourceState;
  articlesFetched: number;
  errors: string[];
}

const FEED_FORMATS: ReadonlySet<string> = new Set(['rss', 'atom']);

export async function pollSource(source: WatchSource, state: SourceState, settings: PollSettings): Promise<PollOutcome> {
  const polled = { ...state, lastPolled: new Date().toISOString() };
  const result = await fetchResource(source.url, { ...settings.fetch, validators: { etag: state.etag, lastModified: state.lastModified } });
  if (result.status === 'error') {
    if (result.kind === 'aborted') return outcome('aborted', [], state);
    return outcome('error', [], { ...polled, lastError: result.message, failures: state.failures + 1 }, [result.message]);
  }
  const ok = { ...polled, lastError: null, failures: 0 };
  if (result.status === 'not-modified') return outcome('not-modified', [], ok);
  const sha256 = sha256Bytes(result.body);
  const fresh = { ...ok, etag: result.etag, lastModified: result.lastModified, contentSha256: sha256 };
  if (sha256 === state.contentSha256) return outcome('unchanged', [], fresh);

  const read: ReadItem[] = [];
  for await (const item of readFetched(source.url, result)) read.push(item);
  const records = read.flatMap((i) => (i.kind === 'record' ? [i.record] : []));
  const problems = read.flatMap((i) => (i.kind === 'failure' ? [i.failure.message] : []));
  const isFeed = source.kind === 'feed' || (source.kind !== 'page' && records.some((r) => FEED_FORMATS.has(r.format)));
  if (records.length === 0) {
    const message = problems[0] ?? `${source.url}: nothing readable`;
    return outcome('error', [], { ...fresh, contentSha256: null, lastError: message, failures: state.failures + 1 }, problems);
  }
  if (!isFeed) return outcome('new', read.filter((i) => i.kind !== 'failure'), fresh, problems);
  return pollFeed(records, problems, fresh, result, settings);
}

async function pollFeed(records: InputRecord[], problems: string[], state: SourceState, result: FetchOk, settings: PollSettings): Promise<PollOutcome> {
  const seen = new Set(state.seen);
  const keys = records.map(itemKey);
  const current = new Set(keys);
  const added: string[] = [];
  const items: ReadItem[] = [];
  const errors = [...problems];
  let articlesFetched = 0;
  let left = 0;
  for (let i = 0; i < records.length; i++) {
    const key = keys[i];
    if (seen.has(key)) continue;
    seen.add(key);
    if (added.length >= settings.maxNewItemsPerPoll) {
      left++;
      continue;
    }
    const link = settings.fetchArticles ? summaryOnlyLink(records[i], settings.summaryMaxChars) : null;
    if (!link) items.push({ kind: 'record', record: records[i] });
    else {
      const followed = await followArticle(records[i], link, settings.fetch);
      if (followed.aborted) return outcome('aborted', [], state);
      if (followed.fetched) articlesFetched++;
      if (followed.error) errors.push(followed.error);
      items.push(...followed.items);
    }
    added.push(key);
  }
  // Items left for the next poll must not be hidden behind a 304 or an unchanged body.
  const next: SourceState = {
    ...state,
    seen: rememberKeys(state.seen, added, current, settings.maxSeen),
    ...(left > 0 ? { etag: null, lastModified: null, contentSha256: null } : { etag: result.etag, lastModified: result.lastModified }),
  };
  return { status: items.length > 0 ? 'new' : 'unchanged', items, state: next, articlesFetched, errors };
}

function outcome(status: PollStatus, items: ReadItem[], state: SourceState, errors: string[] = []): PollOutcome {
  return { status, items, state, articlesFetched: 0, errors };
}
