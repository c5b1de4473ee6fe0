// A URL read like a file: fetched politely, then its bytes go through the same readers
// (`readBuffer`), with the URL as the source and the final URL as the record's url.
import type { ReadItem, ReadOptions } from '../model/input.js';
import { readBuffer } from '../ingest/index.js';
import { fetchResource } from './fetch-resource.js';
import type { FetchOptions, FetchResult } from './types.js';

export type ReadUrlOptions = FetchOptions & ReadOptions;

const URL_RE = /^https?:\/\//i;

/** True for the arguments `analyze` should fetch rather than open (http:// and https://). */
export function isUrlArgument(path: string): boolean {
  return URL_RE.test(path);
}

/** Records of one URL; a fetch failure is one failure item naming the URL (nothing when a conditional request says not-modified). */
export async function* readUrl(url: string, options: ReadUrlOptions = {}): AsyncGenerator<ReadItem> {
  yield* readFetched(url, await fetchResource(url, options), options);
}

/** The records of an already fetched result (the watcher fetches itself, with validators). */
export async function* readFetched(url: string, result: FetchResult, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (result.status === 'error') return yield { kind: 'failure', failure: { source: url, message: result.message } };
  if (result.status === 'not-modified') return;
  for await (const item of readBuffer(result.body, url, options)) {
    // Container records (feed items, JSON records) keep their own url; whole pages get the final URL.
    if (item.kind === 'record' && !item.record.fields.url) item.record.fields.url = result.finalUrl;
    yield item;
  }
}
