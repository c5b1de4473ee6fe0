// One write request through the same pipeline entry as `parallax analyze` (ingestReadItems), with
// a result per input: the stored article id, or the reason it failed, named by item or file.
import { createHash } from 'node:crypto';
import type { InputRecord, ReadItem } from '../../model/input.js';
import { articleId } from '../../extract/index.js';
import { readBuffer } from '../../ingest/index.js';
import { ingestReadItems, recordLabel } from '../../pipeline/ingest-items.js';
import type { Store } from '../../store/repository.js';
import { HttpProblem } from '../problem.js';
import { MAX_FILE_BYTES, MAX_RECORDS } from './limits.js';
import type { IngestItem, IngestItemResult, IngestResponse } from './schemas.js';

/** An input of the request: records to run, or a failure found before the pipeline (bad file). */
export interface PreparedInput { label: string; items: ReadItem[] }

/** A JSON item as the record a reader would have made of it. */
export function recordOfItem(item: IngestItem, label: string): InputRecord {
  const body = item.html ?? item.text ?? '';
  const fields = Object.fromEntries(
    Object.entries({ title: item.title, url: item.url, outlet: item.outlet, published: item.published }).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  return {
    source: label, externalId: null, format: item.html !== undefined ? 'html' : 'text', bodyType: item.html !== undefined ? 'html' : 'text',
    body, fields, recordIndex: 0, fileSha256: createHash('sha256').update(body).digest('hex'),
  };
}

/** An uploaded file read by the CLI's readers (any format `analyze` reads); its failures stay items. */
export async function prepareFile(name: string, bytes: Buffer): Promise<PreparedInput> {
  const items: ReadItem[] = [];
  for await (const item of readBuffer(bytes, name, { maxFileBytes: MAX_FILE_BYTES })) items.push(item);
  return { label: name, items };
}

export async function ingestPrepared(store: Store, inputs: PreparedInput[], outletFiles: string[]): Promise<IngestResponse> {
  const records = inputs.flatMap((i) => i.items.flatMap((x) => (x.kind === 'record' ? [x.record] : [])));
  if (records.length > MAX_RECORDS) throw new HttpProblem(413, 'Too many records', `${records.length} records; at most ${MAX_RECORDS} per request`);
  const before = new Map<string, boolean>();
  for (const r of records) {
    const id = articleId(r);
    if (!before.has(id)) before.set(id, (await store.articles.get(id, { provenanceLists: false })) !== null);
  }
  const summary = await ingestReadItems(inputs.flatMap((i) => i.items), { store, threads: 1, outletFiles });
  const failures = new Map(summary.failed.map((f) => [f.source, f.message]));
  const results: IngestItemResult[] = [];
  for (const input of inputs) {
    const first = results.length;
    for (const x of input.items) {
      if (x.kind === 'failure') results.push({ item: x.failure.source, status: 'failed', error: x.failure.message });
      if (x.kind !== 'record') continue;
      const label = recordLabel(x.record);
      const error = failures.get(label);
      if (error) { results.push({ item: label, status: 'failed', error }); continue; }
      const id = articleId(x.record);
      const article = await store.articles.get(id, { provenanceLists: false });
      if (!article) results.push({ item: label, status: 'failed', error: 'not stored' });
      else results.push({ item: label, status: before.get(id) ? 'unchanged' : 'stored', id, title: article.title });
    }
    if (results.length === first) results.push({ item: input.label, status: 'failed', error: 'no articles in this input' });
  }
  const count = (s: IngestItemResult['status']) => results.filter((r) => r.status === s).length;
  return { items: results, stored: count('stored'), unchanged: count('unchanged'), failed: count('failed') };
}
