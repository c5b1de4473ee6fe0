// Entity linking on the five seeds: extraction (or a light clean-up), sentences, NER, linking per
// article, one EntityIndex over all five; then the same_entity / different_entities pairs of
// ../shared/corpus/seeds.expected.json. A same_entity pair [a, b] is right when every entity bearing
// the surface b also bears a (b never stays apart); a different_entities pair is right when the
// entities named a and b exist and are distinct. Stretch pairs are counted apart.
// Run standalone: node --import tsx eval/entities.ts
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EntityIndex, linkArticleEntities, toExportEntities } from '../src/language/entities/index.js';
import { recognizeEntities } from '../src/language/ner/recognize-entities.js';
import { splitSentences } from '../src/language/sentences/split-sentences.js';
import type { Entity } from '../src/model/export.js';
import type { InputRecord } from '../src/model/input.js';
import { repoRoot, sharedDir } from '../src/util/paths.js';
import { ecbPlusSection } from './entities/ecb-plus.js';
import type { EvalSection } from './types.js';

type Pair = [string, string];
const REPORTED_PEOPLE = ['Wang Yi', 'Wang Wenbin', 'Zhao Lijian', 'Dong Jun', 'Antony Blinken'];

/** Clean article text through extractArticle when it loads, else the raw text with blank lines folded. */
async function cleaner(): Promise<(file: string, body: string) => string> {
  try {
    const ext = await import(pathToFileURL(join(repoRoot, 'src', 'extract', 'index.ts')).href);
    const outlets = await import(pathToFileURL(join(repoRoot, 'src', 'extract', 'outlets', 'index.ts')).href);
    const ctx = { outlets: outlets.OutletRegistry.load() };
    return (file, body) => {
      const record: InputRecord = {
        source: file, externalId: null, format: 'text', bodyType: 'text', body, fields: {}, recordIndex: 0,
        fileSha256: createHash('sha256').update(body).digest('hex'),
      };
      return (ext.extractArticle(record, ctx) as { text: string }).text;
    };
  } catch {
    return (_file, body) => body.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
  }
}

const bearing = (entities: Entity[], surface: string) => new Set(entities.filter((e) => e.name === surface || e.aliases.includes(surface)).map((e) => e.id));
const named = (entities: Entity[], surface: string) => new Set(entities.filter((e) => e.name === surface).map((e) => e.id));

function samePair([a, b]: Pair, entities: Entity[]): [boolean, string] {
  const ia = bearing(entities, a);
  const ib = bearing(entities, b);
  const ok = ia.size > 0 && ib.size > 0 && [...ib].every((id) => ia.has(id));
  return [ok, `${a}: ${[...ia].join(',') || '—'}; ${b}: ${[...ib].join(',') || '—'}`];
}

function differentPair([a, b]: Pair, entities: Entity[]): [boolean, string] {
  const ia = named(entities, a);
  const ib = named(entities, b);
  const ok = ia.size > 0 && ib.size > 0 && [...ia].every((id) => !ib.has(id));
  return [ok, `${a}: ${[...ia].join(',') || '—'}; ${b}: ${[...ib].join(',') || '—'}`];
}

async function seedSection(): Promise<EvalSection> {
  const name = 'language/seed-entities';
  const shared = sharedDir();
  const dir = shared && join(shared, 'corpus', 'seeds');
  if (!dir || !existsSync(dir)) return { name, metrics: {}, report: '', skipped: 'no ../shared/corpus/seeds' };
  const expected = JSON.parse(readFileSync(join(shared, 'corpus', 'seeds.expected.json'), 'utf8')) as Record<string, Pair[]>;
  const clean = await cleaner();
  const index = new EntityIndex();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = clean(file, readFileSync(join(dir, file), 'utf8'));
    const sentences = splitSentences(text);
    index.addArticle(file, linkArticleEntities(text, recognizeEntities(text, sentences), sentences));
  }
  const entities = toExportEntities(index);
  const key = (p: Pair) => p.join('\u0000');
  const stretch = new Set((expected.same_entity_stretch ?? []).map(key));
  const lines: string[] = [];
  let right = 0, total = 0, stretchRight = 0;
  const check = (kind: string, pair: Pair, [ok, detail]: [boolean, string]) => {
    const isStretch = stretch.has(key(pair));
    if (isStretch) stretchRight += ok ? 1 : 0;
    else [right, total] = [right + (ok ? 1 : 0), total + 1];
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${kind}${isStretch ? ' (stretch)' : ''}: ${pair.join(' / ')}   ${detail}`);
  };
  for (const p of expected.same_entity ?? []) check('same', p, samePair(p, entities));
  for (const p of expected.different_entities ?? []) check('different', p, differentPair(p, entities));
  lines.push('', 'roles found:');
  for (const person of REPORTED_PEOPLE) {
    const e = entities.find((x) => x.name === person);
    lines.push(`  ${person}: ${e ? `${JSON.stringify(e.roles)} (aliases ${JSON.stringify(e.aliases)}, ${e.article_ids.length} articles)` : 'not found'}`);
  }
  return {
    name,
    metrics: { pairs_right_pct: total ? (100 * right) / total : 0, stretch_pairs_right: stretchRight },
    report: [`non-stretch pairs right: ${right}/${total}; stretch pairs right: ${stretchRight}/${stretch.size}`, ...lines].join('\n'),
  };
}

export async function run(): Promise<EvalSection[]> {
  return [await seedSection(), await ecbPlusSection()];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const s of await run()) console.log(`## ${s.name}\n${s.skipped ? `skipped: ${s.skipped}` : `${JSON.stringify(s.metrics)}\n${s.report}`}\n`);
}
