// Checks that examples/expected.json is true of the demo corpus: every quoted substring is in its article,
// every key names a real file or record, and the articles keep their promised size and mess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { parse as parseCsv } from 'csv-parse/sync';
import { repoRoot } from '../../src/util/paths.js';
import { OutletFile } from '../../src/extract/outlets/schema.js';

const examples = join(repoRoot, 'examples', 'corpus');
const expected = JSON.parse(readFileSync(join(repoRoot, 'examples', 'expected.json'), 'utf8'));
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

function htmlText(html: string): { title: string; text: string } {
  const doc = parseDocument(html);
  for (const el of DomUtils.getElementsByTagName((name) => name === 'script' || name === 'style', doc.children, true)) {
    DomUtils.removeElement(el);
  }
  const title = DomUtils.getElementsByTagName('title', doc.children, true)[0];
  // Block elements become line breaks so that paragraphs do not run together.
  return { title: title ? DomUtils.textContent(title) : '', text: DomUtils.textContent(doc).replace(/\n+/g, '\n') };
}

function rssItems(xml: string): string[] {
  const doc = parseDocument(xml, { xmlMode: true });
  return DomUtils.getElementsByTagName('item', doc.children, true).map((item) => {
    const title = DomUtils.textContent(DomUtils.getElementsByTagName('title', item.children, true)[0]);
    const body = DomUtils.textContent(DomUtils.getElementsByTagName('content:encoded', item.children, true)[0]);
    return title + '\n' + htmlText(body).text;
  });
}

/** Readable text of every article key (file or `file#recordIndex`). */
function loadTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  for (const file of walk(examples)) {
    const key = relative(examples, file).split('\\').join('/');
    const raw = readFileSync(file, 'utf8');
    if (!key.includes('/')) continue; // README, outlets.json, expected.json
    if (key.endsWith('.html')) {
      const { title, text } = htmlText(raw);
      texts.set(key, title + '\n' + text);
    } else if (key.endsWith('.jsonl')) {
      raw.trim().split('\n').forEach((line, i) => {
        const r = JSON.parse(line);
        texts.set(`${key}#${i}`, r.title + '\n' + r.text);
      });
    } else if (key.endsWith('.csv')) {
      (parseCsv(raw, { columns: true }) as Record<string, string>[]).forEach((r, i) => texts.set(`${key}#${i}`, r.title + '\n' + r.content));
    } else if (key.endsWith('.xml')) {
      rssItems(raw).forEach((t, i) => texts.set(`${key}#${i}`, t));
    } else texts.set(key, raw);
  }
  return texts;
}

const texts = loadTexts();
const has = (key: string, needle: string): boolean => fold(texts.get(key) ?? '').includes(fold(needle));

test('every article key names a file or record, and every record has a key', () => {
  assert.deepEqual(Object.keys(expected.articles).sort(), [...texts.keys()].sort());
  assert.ok(texts.size >= 30 && texts.size <= 36, `${texts.size} articles`);
});

test('every substring of the ground truth is verbatim in its article', () => {
  const missing: string[] = [];
  const check = (key: string, s: string | undefined | null, what: string): void => {
    if (s && !has(key, s)) missing.push(`${key} ${what}: ${s}`);
  };
  for (const [key, a] of Object.entries<any>(expected.articles)) {
    check(key, a.title, 'title');
    for (const s of [...a.boilerplate, ...a.body_keeps, ...(a.garbled_examples ?? [])]) check(key, s, 'span');
    for (const q of a.quotes) check(key, q.contains, 'quote');
    for (const e of a.events) check(key, e.evidence, 'event');
    for (const n of a.numbers ?? []) check(key, n.contains, 'number');
    if (a.original?.evidence && a.original.copy_kind !== 'rewrite' && a.original.evidence.includes('(MPA)')) check(key, a.original.evidence, 'original');
  }
  for (const v of expected.quote_variants) for (const r of v.renderings) check(r.article, r.contains, 'variant');
  for (const c of expected.conflicts) for (const r of c.claims) check(r.article, r.contains, 'conflict');
  for (const f of expected.framing) for (const [key, labels] of Object.entries<string[]>(f.labels)) for (const l of labels) check(key, l, 'label');
  assert.deepEqual(missing, []);
});

test('cut paragraphs are really cut from the near copies', () => {
  for (const [key, a] of Object.entries<any>(expected.articles)) {
    for (const s of a.body_drops ?? []) assert.ok(!has(key, s), `${key} should not contain ${s}`);
    if (a.original?.article) assert.ok(texts.has(a.original.article), `${key}: original ${a.original.article} exists`);
  }
});

test('event groups partition the articles and story groups are made of them', () => {
  const inEvents = expected.stories.flatMap((s: any) => s.articles).sort();
  assert.deepEqual(inEvents, Object.keys(expected.articles).sort());
  const inTopics = expected.topics.flatMap((t: any) => t.articles).sort();
  assert.deepEqual(inTopics, inEvents);
});

test('articles are 150-600 words of body and the demo is all English', () => {
  for (const [key, a] of Object.entries<any>(expected.articles)) {
    let body = fold(texts.get(key)!);
    for (const b of a.boilerplate) body = body.replace(fold(b), ' ');
    const words = body.split(' ').filter((w) => /\p{L}/u.test(w)).length;
    assert.ok(words >= 150 && words <= 600, `${key}: ${words} words`);
    assert.equal(a.language, 'en');
  }
});

test('the hostile page carries script, onerror and javascript: strings as text', () => {
  const key = 'free-voice/hostile-ministry-site-defaced.html';
  const { title } = htmlText(readFileSync(join(examples, key), 'utf8'));
  assert.ok(title.includes('<script>alert(1)</script>'));
  for (const s of expected.articles[key].hostile_strings) assert.ok(has(key, s), s);
});

test('outlets.json names every outlet of the ground truth', () => {
  const outlets = OutletFile.parse(JSON.parse(readFileSync(join(repoRoot, 'examples', 'outlets.json'), 'utf8')));
  const names = new Set(outlets.map((o) => o.name));
  for (const a of Object.values<any>(expected.articles)) assert.ok(names.has(a.outlet), a.outlet);
  const groups = new Set(outlets.flatMap((o) => o.groups));
  for (const g of ['wire', 'state-media', 'opposition', 'business', 'tabloid', 'aggregator']) assert.ok(groups.has(g), g);
});
