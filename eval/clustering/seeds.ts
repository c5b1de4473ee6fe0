// The seed articles as clustering summaries: read and extracted by the project's own readers and
// extractor; the summary's outlet field carries the seed number (000…004) for the report.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/extract/index.js';
import { OutletRegistry } from '../../src/extract/outlets/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { summarizeArticle } from '../../src/stories/clustering/summarize.js';
import type { ArticleSummary } from '../../src/stories/clustering/types.js';

export async function readSeedSummaries(dir: string): Promise<ArticleSummary[]> {
  const outlets = OutletRegistry.load();
  const out: ArticleSummary[] = [];
  for await (const item of readInputs([dir])) {
    if (item.kind !== 'record') continue;
    const a = extractArticle(item.record, { outlets });
    const seed = item.record.source.split(/[\\/]/).pop()!.slice(0, 3);
    out.push({ ...summarizeArticle({ id: a.id, title: a.title, text: a.text, published: a.published, outlet: seed }) });
  }
  if (out.length) return out;
  // Without readers: each file as plain text.
  return readdirSync(dir).sort().map((f) => summarizeArticle({ id: f, title: null, text: readFileSync(join(dir, f), 'utf8'), published: null, outlet: f.slice(0, 3) }));
}
