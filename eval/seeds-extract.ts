// Seeds evaluation of article extraction: the five seed articles against ../shared/corpus/seeds.expected.json.
// Checks every non-stretch extraction item (title, authors, published, dateline, original, language,
// other-language segments, boilerplate removed, body kept); white space is folded before comparing.
// Run standalone: node --import tsx eval/seeds-extract.ts
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../src/extract/index.js';
import { OutletRegistry } from '../src/extract/outlets/index.js';
import type { InputRecord, ReadItem } from '../src/model/input.js';
import { repoRoot, sharedDir } from '../src/util/paths.js';
import { checksFor, show, summarise, type Check, type Expected } from './extract-checks.js';
import type { EvalSection } from './types.js';

/** Records through the real readers when present, else each file as one plain-text record. */
async function readSeeds(dir: string): Promise<InputRecord[]> {
  const ingest = ['ts', 'js'].map((ext) => join(repoRoot, 'src', 'ingest', `index.${ext}`)).find(existsSync);
  if (ingest) {
    const mod = (await import(pathToFileURL(ingest).href)) as { readInputs: (p: string[]) => AsyncIterable<ReadItem> };
    const records: InputRecord[] = [];
    for await (const item of mod.readInputs([dir])) if (item.kind === 'record') records.push(item.record);
    return records;
  }
  return readdirSync(dir).sort().map((f) => {
    const bytes = readFileSync(join(dir, f));
    return {
      source: join(dir, f), externalId: null, format: 'text', bodyType: 'text', body: bytes.toString('utf8'),
      fields: {}, recordIndex: 0, fileSha256: createHash('sha256').update(bytes).digest('hex'),
    } satisfies InputRecord;
  });
}

export async function run(): Promise<EvalSection> {
  const shared = sharedDir();
  const dir = shared && join(shared, 'corpus', 'seeds');
  const expectedFile = shared && join(shared, 'corpus', 'seeds.expected.json');
  if (!dir || !expectedFile || !existsSync(dir) || !existsSync(expectedFile)) {
    return { name: 'extract/seeds', metrics: {}, report: '', skipped: 'seed corpus not found (../shared/corpus)' };
  }
  const expected = (JSON.parse(readFileSync(expectedFile, 'utf8')) as { articles: Record<string, Expected> }).articles;
  const ctx = { outlets: OutletRegistry.load() };
  const checks: Check[] = [];
  const hosts: string[] = [];
  for (const record of await readSeeds(dir)) {
    const seed = Object.keys(expected).find((k) => record.source.endsWith(k));
    if (!seed) continue;
    const a = extractArticle(record, ctx);
    checks.push(...checksFor(seed, expected[seed], a, { originalPublished: true, outlet: false }));
    const host = expected[seed].host_outlet;
    hosts.push(`  ${seed.slice(0, 3)}  found ${show(a.outlet?.name ?? null)}  expected ${show(host)}  original ${show(a.original ? `${a.original.outlet} / ${a.original.evidence}` : null)}  flags ${a.flags.map((f) => f.flag).join(',')}`);
  }
  const { metrics, lines } = summarise(checks, (key) => key.slice(0, 3));
  const report = [...lines, 'host outlet per seed (not scored):', ...hosts].join('\n');
  return { name: 'extract/seeds', metrics, report };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  console.log(`## ${s.name}${s.skipped ? ` (skipped: ${s.skipped})` : ''}\n${s.report}\n${JSON.stringify(s.metrics)}`);
}
