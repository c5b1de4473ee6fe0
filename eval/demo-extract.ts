// Demo-corpus evaluation of article extraction: examples/corpus through the real readers and extractArticle
// (with examples/outlets.json registered) against examples/expected.json. Same item checks as the seeds
// evaluation plus the host outlet; `original.published` is not checked (the demo dates copies by provenance),
// nor an original whose evidence is not written in the record (a corpus-level finding of the provenance stage).
// Needs no ../shared. Run standalone: node --import tsx eval/demo-extract.ts
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../src/extract/index.js';
import { OutletRegistry } from '../src/extract/outlets/index.js';
import { readInputs } from '../src/ingest/index.js';
import type { InputRecord } from '../src/model/input.js';
import { repoRoot } from '../src/util/paths.js';
import { checksFor, summarise, type Check, type Expected } from './extract-checks.js';
import type { EvalSection } from './types.js';

const examples = join(repoRoot, 'examples');

/** The expected.json key of a record: its path under corpus/, with `#index` inside containers. */
function keyOf(record: InputRecord, corpus: string, expected: Record<string, Expected>): string | null {
  const path = relative(corpus, record.source).split(sep).join('/');
  const inner = `${path}#${record.recordIndex}`;
  return inner in expected ? inner : path in expected ? path : null;
}

/** Items right per input format ("html: 40/41"), to tell the HTML extractor's share from the text extractor's. */
function byFormat(checks: readonly Check[], formats: ReadonlyMap<string, string>): string {
  const tally = new Map<string, [number, number]>();
  for (const c of checks) {
    const f = formats.get(c.key) ?? '?';
    const [ok, all] = tally.get(f) ?? [0, 0];
    tally.set(f, [ok + (c.ok ? 1 : 0), all + 1]);
  }
  return [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([f, [ok, all]]) => `${f} ${ok}/${all}`).join(', ');
}

export async function run(): Promise<EvalSection> {
  const corpus = join(examples, 'corpus');
  const expected = (JSON.parse(readFileSync(join(examples, 'expected.json'), 'utf8')) as { articles: Record<string, Expected> }).articles;
  const ctx = { outlets: OutletRegistry.load([join(examples, 'outlets.json')]) };
  const checks: Check[] = [];
  const formats = new Map<string, string>();
  const unread: string[] = [];
  for await (const item of readInputs([corpus])) {
    if (item.kind === 'failure') unread.push(`  ${item.failure.source}: ${item.failure.message}`);
    if (item.kind !== 'record') continue;
    const key = keyOf(item.record, corpus, expected);
    if (!key) continue;
    formats.set(key, item.record.format);
    const a = extractArticle(item.record, ctx);
    checks.push(...checksFor(key, expected[key], a, { originalPublished: false, outlet: true, raw: item.record.body }));
  }
  const missing = Object.keys(expected).filter((k) => !formats.has(k));
  const { metrics, lines } = summarise(checks);
  const report = [
    ...lines,
    `by format: ${byFormat(checks, formats)}`,
    `articles: ${formats.size}/${Object.keys(expected).length}${missing.length ? ` (not read: ${missing.join(', ')})` : ''}`,
    ...(unread.length ? ['read failures:', ...unread] : []),
  ].join('\n');
  return { name: 'extract/demo', metrics: { ...metrics, articles: formats.size }, report };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  console.log(`## ${s.name}${s.skipped ? ` (skipped: ${s.skipped})` : ''}\n${s.report}\n${JSON.stringify(s.metrics)}`);
}
