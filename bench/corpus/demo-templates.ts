// Reads the demo corpus (examples/) into clean article templates for the benchmark generator:
// title, body paragraphs and the demo event each article belongs to, taken from examples/expected.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { parse as parseCsv } from 'csv-parse/sync';
import { repoRoot } from '../../src/util/paths.js';

export interface DemoTemplate {
  key: string;
  event: string;
  topic: string;
  title: string;
  published: string;
  paragraphs: string[];
}

const MIN_PARAGRAPH_WORDS = 12; // shorter blocks are bylines, datelines, menus and headings
const BLANK_LINES = /\n\s*\n/;
const SPACES = /\s+/g;

function htmlParagraphs(html: string): string[] {
  const doc = parseDocument(html);
  return DomUtils.getElementsByTagName('p', doc.children, true).map((p) => DomUtils.textContent(p));
}

/** Raw paragraphs of every article key (`file` or `file#recordIndex`). */
function rawParagraphs(dir: string, key: string): string[] {
  const [file, index] = key.split('#');
  const raw = readFileSync(join(dir, file), 'utf8');
  const i = Number(index ?? 0);
  if (file.endsWith('.html')) return htmlParagraphs(raw);
  if (file.endsWith('.jsonl')) return JSON.parse(raw.trim().split('\n')[i]).text.split(BLANK_LINES);
  if (file.endsWith('.csv')) return (parseCsv(raw, { columns: true }) as Record<string, string>[])[i].content.split(BLANK_LINES);
  if (file.endsWith('.xml')) {
    const items = DomUtils.getElementsByTagName('content:encoded', parseDocument(raw, { xmlMode: true }).children, true);
    return htmlParagraphs(DomUtils.textContent(items[i]));
  }
  return raw.split(BLANK_LINES);
}

/** Loads every demo article listed in examples/expected.json (keys relative to examples/corpus/), boilerplate paragraphs removed. */
export function loadDemoTemplates(dir = join(repoRoot, 'examples', 'corpus')): DemoTemplate[] {
  const expected = JSON.parse(readFileSync(join(dir, '..', 'expected.json'), 'utf8'));
  const eventOf = new Map<string, string>();
  for (const s of expected.stories) for (const a of s.articles) eventOf.set(a, s.id);
  const topicOf = new Map<string, string>();
  for (const t of expected.topics) for (const e of t.events) topicOf.set(e, t.id);
  const templates: DemoTemplate[] = [];
  for (const key of Object.keys(expected.articles).sort()) {
    const a = expected.articles[key];
    const noise: string[] = [a.title, ...a.boilerplate].map((s: string) => s.replace(SPACES, ' '));
    const paragraphs = rawParagraphs(dir, key)
      .map((p) => p.replace(SPACES, ' ').trim())
      .filter((p) => p.split(' ').length >= MIN_PARAGRAPH_WORDS && !noise.some((n) => p.includes(n)));
    const event = eventOf.get(key);
    if (!event || paragraphs.length < 2) continue;
    templates.push({ key, event, topic: topicOf.get(event) ?? event, title: a.title, published: a.published, paragraphs });
  }
  return templates;
}
