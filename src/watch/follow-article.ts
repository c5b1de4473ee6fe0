// A summary-only feed item → the article page it links to, fetched with the same client and
// limits. The page's records keep what the feed stated (title, date, authors, outlet, guid) where
// the page says nothing; when the page cannot be had, the item's summary is kept instead.
import { readFetched } from '../fetch/read-url.js';
import { fetchResource } from '../fetch/fetch-resource.js';
import type { FetchOptions } from '../fetch/types.js';
import type { InputRecord, ReadItem, RecordFields } from '../model/input.js';

export interface FollowedArticle {
  items: ReadItem[];
  fetched: boolean;
  error: string | null;
  aborted: boolean;
}

function feedFields(fields: RecordFields): RecordFields {
  const { charset: _charset, decodeNote: _note, ...rest } = fields;
  return rest;
}

export async function followArticle(item: InputRecord, link: string, fetchOptions: FetchOptions): Promise<FollowedArticle> {
  const keep = (error: string | null, aborted = false): FollowedArticle => ({ items: [{ kind: 'record', record: item }], fetched: false, error, aborted });
  const result = await fetchResource(link, fetchOptions);
  if (result.status === 'error') return keep(`${result.message} (feed summary kept)`, result.kind === 'aborted');
  const items: ReadItem[] = [];
  const problems: string[] = [];
  for await (const read of readFetched(link, result)) {
    if (read.kind === 'failure') problems.push(read.failure.message);
    else if (read.kind === 'record') items.push({ kind: 'record', record: merge(item, read.record) });
    else items.push(read);
  }
  if (!items.some((i) => i.kind === 'record')) return keep(`${problems[0] ?? `${link}: no article found`} (feed summary kept)`);
  return { items, fetched: true, error: null, aborted: false };
}

function merge(item: InputRecord, page: InputRecord): InputRecord {
  return { ...page, externalId: page.externalId ?? item.externalId, fields: { ...feedFields(item.fields), ...page.fields } };
}
