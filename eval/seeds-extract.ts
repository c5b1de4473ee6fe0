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
import type { ExtractedArticle } from '../src/model/article.js';
import type { InputRecord, ReadItem } from '../src/model/input.js';
import { repoRoot, sharedDir } from '../src/util/paths.js';
import type { EvalSection } from './types.js';

type Expected = Record<string, unknown>;
interface Check { seed: string; item: string; ok: boolean; detail: string }

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
const show = (v: unknown): string => (v === undefined ? '—' : JSON.stringify(v));

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

function isStretch(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { stretch?: unknown }).stretch === true;
}

function checkOriginal(exp: unknown, got: ExtractedArticle['original']): [boolean, string] {
  if (exp === null) return [got === null, `expected null, got ${show(got)}`];
  const e = exp as { outlet?: string; published?: string; evidence?: string };
  const ok = !!got && got.outlet === e.outlet && (e.published === undefined || got.published === e.published) &&
    (e.evidence === undefined || fold(got.evidence).includes(fold(e.evidence)));
  return [ok, `expected ${show(e)}, got ${show(got)}`];
}

function checksFor(seed: string, exp: Expected, a: ExtractedArticle): Check[] {
  const out: Check[] = [];
  const add = (item: string, ok: boolean, detail: string) => out.push({ seed, item, ok, detail });
  const text = fold(a.text);
  const removed = a.removed.map((r) => fold(r.text));
  if ('title' in exp) add('title', (a.title === null ? null : fold(a.title)) === (exp.title === null ? null : fold(String(exp.title))), `expected ${show(exp.title)}, got ${show(a.title)}`);
  if ('authors' in exp) add('authors', JSON.stringify([...a.authors].sort()) === JSON.stringify([...(exp.authors as string[])].sort()), `expected ${show(exp.authors)}, got ${show(a.authors)}`);
  if ('published' in exp) add('published', a.published === exp.published, `expected ${show(exp.published)}, got ${show(a.published)}`);
  if ('dateline' in exp) add('dateline', a.dateline === exp.dateline, `expected ${show(exp.dateline)}, got ${show(a.dateline)}`);
  if ('original' in exp && !isStretch(exp.original)) add('original', ...checkOriginal(exp.original, a.original));
  if ('language' in exp) add('language', a.language === exp.language, `expected ${show(exp.language)}, got ${show(a.language)}`);
  for (const lang of (exp.other_language_segments as string[] | undefined) ?? []) {
    add(`segment ${lang}`, a.segments.some((s) => s.language === lang), `segments: ${a.segments.map((s) => s.language).join(',')}`);
  }
  for (const b of (exp.boilerplate as string[] | undefined) ?? []) {
    const f = fold(b);
    add(`boilerplate "${b.slice(0, 40)}"`, removed.some((r) => r.includes(f)) && !text.includes(f), removed.some((r) => r.includes(f)) ? 'still in text' : 'not in removed');
  }
  for (const k of (exp.body_keeps as string[] | undefined) ?? []) add(`keeps "${k.slice(0, 40)}"`, text.includes(fold(k)), 'missing from text');
  return out;
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
    checks.push(...checksFor(seed, expected[seed], a));
    const host = expected[seed].host_outlet;
    hosts.push(`  ${seed.slice(0, 3)}  found ${show(a.outlet?.name ?? null)}  expected ${show(host)}  original ${show(a.original ? `${a.original.outlet} / ${a.original.evidence}` : null)}  flags ${a.flags.map((f) => f.flag).join(',')}`);
  }
  const right = checks.filter((c) => c.ok).length;
  const misses = checks.filter((c) => !c.ok).map((c) => `  ${c.seed.slice(0, 3)}  ${c.item.padEnd(48)} ${c.detail}`);
  const pct = checks.length ? (100 * right) / checks.length : 0;
  const report = [
    `items right: ${right}/${checks.length} (${pct.toFixed(1)}%)`,
    misses.length ? 'misses:' : 'misses: none',
    ...misses,
    'host outlet per seed (not scored):',
    ...hosts,
  ].join('\n');
  return { name: 'extract/seeds', metrics: { items_right_pct: pct, items_right: right, items_total: checks.length }, report };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  console.log(`## ${s.name}${s.skipped ? ` (skipped: ${s.skipped})` : ''}\n${s.report}\n${JSON.stringify(s.metrics)}`);
}
