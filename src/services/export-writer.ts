// Streams the store as the export document (json), one article per line (jsonl), or a CSV table.
// Nothing holds the whole corpus in memory: articles are written as the store yields them.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Article } from '../model/article.js';
import type { Store } from '../store/repository.js';
import { outletProfiles } from './outlets.js';

export type ExportFormat = 'json' | 'jsonl' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv'];

/** Corpus-level arrays, in the order they are written. */
async function corpusArrays(store: Store, groupsOf: (outlet: string) => string[]): Promise<[string, AsyncIterable<unknown> | Iterable<unknown>][]> {
  return [
    ['stories', store.stories.iterate()],
    ['entities', (await store.entities.list({}, { limit: 10_000_000, offset: 0 })).items],
    ['quotes', store.quotes.iterate()],
    ['events', store.events.iterate()],
    ['outlets', await outletProfiles(store, groupsOf)],
  ];
}

export const CSV_COLUMNS = [
  'id', 'external_id', 'source', 'url', 'title', 'authors', 'published', 'published_estimated', 'outlet', 'outlet_domain',
  'dateline', 'original_outlet', 'original_published', 'original_evidence', 'original_article_id', 'language', 'flags', 'text',
] as const;

export async function writeExport(store: Store, format: ExportFormat, out: Writable, groupsOf: (outlet: string) => string[] = () => []): Promise<number> {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  let n = 0;
  if (format === 'json') {
    await write('{"articles":[');
    for await (const a of store.articles.iterate()) {
      await write((n++ === 0 ? '\n' : ',\n') + JSON.stringify(a));
    }
    await write('\n]');
    for (const [key, items] of await corpusArrays(store, groupsOf)) {
      await write(`,\n"${key}":[`);
      let i = 0;
      for await (const item of items) await write((i++ === 0 ? '\n' : ',\n') + JSON.stringify(item));
      await write(i ? '\n]' : ']');
    }
    await write('}\n');
  } else if (format === 'jsonl') {
    for await (const a of store.articles.iterate()) { await write(JSON.stringify(a) + '\n'); n++; }
  } else {
    await write(stringify([CSV_COLUMNS as unknown as string[]]));
    for await (const a of store.articles.iterate()) { await write(stringify([csvRow(a)])); n++; }
  }
  return n;
}

function csvRow(a: Article): (string | number | boolean | null)[] {
  return [
    a.id, a.external_id, a.source, a.url, a.title, a.authors.join('; '), a.published, a.published_estimated,
    a.outlet?.name ?? null, a.outlet?.domain ?? null, a.dateline, a.original?.outlet ?? null, a.original?.published ?? null,
    a.original?.evidence ?? null, a.original?.article_id ?? null, a.language, a.flags.map((f) => f.flag).join('; '), a.text,
  ];
}
