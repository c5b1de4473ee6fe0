// The hook for `analyze`: command-line arguments that are http(s) URLs are fetched, the rest go to
// the file readers, in argument order. One client context is shared, so robots.txt and the per-host
// rate limit hold across the URLs of one run.
import type { ReadItem, ReadOptions } from '../model/input.js';
import { readInputs } from '../ingest/index.js';
import { createFetchContext } from './fetch-context.js';
import { isUrlArgument, readUrl } from './read-url.js';
import type { FetchOptions } from './types.js';

export async function* readInputsAndUrls(paths: string[], options: ReadOptions = {}, fetchOptions: FetchOptions = {}): AsyncGenerator<ReadItem> {
  const context = fetchOptions.context ?? createFetchContext();
  for (const path of paths) {
    if (isUrlArgument(path)) yield* readUrl(path, { ...fetchOptions, ...options, context });
    else yield* readInputs([path], options);
  }
}
