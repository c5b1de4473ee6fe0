// Cross-document person linking on ECB+ dev topics 1–35 (topics 36–45 are the held-out test part
// and are never read). Each document's tokens are joined with spaces (one sentence per line), run
// through NER → linkArticleEntities, and every document goes into one EntityIndex.
//
// Measure: B-cubed over the gold-chained person mentions that the system also found. A gold
// mention is a HUMAN_PART_PER markable in a CROSS_DOC_COREF chain (chain = its `note`); it is found
// when a PERSON mention of a linked entity starts inside it (entityAt). For each found mention m,
// precision = |sys(m) ∩ gold(m)| / |sys(m)| and recall = |sys(m) ∩ gold(m)| / |gold(m)|, where
// sys(m) is the set of found mentions with m's global entity id and gold(m) those in m's chain;
// both averaged over mentions. Baseline: clustering by the mention's normalised text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityIndex, entityAt, linkArticleEntities, type ArticleEntities } from '../../src/language/entities/index.js';
import { normaliseName } from '../../src/language/entities/normalise.js';
import { recognizeEntities } from '../../src/language/ner/recognize-entities.js';
import { sharedDir } from '../../src/util/paths.js';
import type { EvalSection } from '../types.js';

const DEV_TOPICS = { first: 1, last: 35 } as const;
const TOKEN_RE = /<token t_id="(\d+)" sentence="(\d+)"[^>]*>([\s\S]*?)<\/token>/g;
const MARKABLE_RE = /<HUMAN_PART_PER m_id="(\d+)"[^>]*>([\s\S]*?)<\/HUMAN_PART_PER>/g;
const ANCHOR_RE = /<token_anchor t_id="(\d+)"/g;
const CHAIN_RE = /<CROSS_DOC_COREF r_id="\d+" note="([^"]+)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g;
const SOURCE_RE = /<source m_id="(\d+)"/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

interface GoldMention { doc: string; start: number; end: number; chain: string; text: string }
interface Doc { id: string; text: string; sentences: { start: number; end: number }[]; gold: GoldMention[] }

function parseDoc(id: string, xml: string): Doc {
  const offsets = new Map<string, [number, number]>();
  const sentences: { start: number; end: number }[] = [];
  let text = '';
  let sentence = '';
  for (const m of xml.matchAll(TOKEN_RE)) {
    const word = m[3].replace(/&\w+;/g, (e) => ENTITIES[e] ?? e);
    if (m[2] !== sentence) {
      if (text) text += '\n';
      sentences.push({ start: text.length, end: text.length });
      sentence = m[2];
    } else text += ' ';
    offsets.set(m[1], [text.length, text.length + word.length]);
    text += word;
    sentences[sentences.length - 1].end = text.length;
  }
  const spans = new Map<string, [number, number]>();
  for (const m of xml.matchAll(MARKABLE_RE)) {
    const ids = [...m[2].matchAll(ANCHOR_RE)].map((a) => offsets.get(a[1])).filter((x): x is [number, number] => !!x);
    if (ids.length) spans.set(m[1], [Math.min(...ids.map((x) => x[0])), Math.max(...ids.map((x) => x[1]))]);
  }
  const gold: GoldMention[] = [];
  for (const c of xml.matchAll(CHAIN_RE)) {
    for (const s of c[2].matchAll(SOURCE_RE)) {
      const span = spans.get(s[1]);
      if (span) gold.push({ doc: id, start: span[0], end: span[1], chain: c[1], text: text.slice(span[0], span[1]) });
    }
  }
  return { id, text, sentences, gold };
}

function bcubed(items: { sys: string; gold: string }[]): { p: number; r: number; f1: number } {
  const bySys = new Map<string, number>();
  const byGold = new Map<string, number>();
  const both = new Map<string, number>();
  for (const it of items) {
    bySys.set(it.sys, (bySys.get(it.sys) ?? 0) + 1);
    byGold.set(it.gold, (byGold.get(it.gold) ?? 0) + 1);
    both.set(`${it.sys}\u0000${it.gold}`, (both.get(`${it.sys}\u0000${it.gold}`) ?? 0) + 1);
  }
  let p = 0, r = 0;
  for (const it of items) {
    const n = both.get(`${it.sys}\u0000${it.gold}`)!;
    p += n / bySys.get(it.sys)!;
    r += n / byGold.get(it.gold)!;
  }
  p /= items.length || 1;
  r /= items.length || 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export async function ecbPlusSection(): Promise<EvalSection> {
  const name = 'language/ecbplus-person-linking';
  const shared = sharedDir();
  const root = shared && join(shared, 'eval', 'ecbplus', 'xml');
  let topics: string[] = [];
  try {
    topics = readdirSync(root ?? '').filter((t) => Number(t) >= DEV_TOPICS.first && Number(t) <= DEV_TOPICS.last);
  } catch {
    return { name, metrics: {}, report: '', skipped: 'no ../shared/eval/ecbplus/xml' };
  }
  const docs: Doc[] = [];
  for (const t of topics.sort((a, b) => Number(a) - Number(b))) {
    for (const f of readdirSync(join(root!, t)).filter((x) => x.endsWith('.xml')).sort()) docs.push(parseDoc(f.replace(/\.xml$/, ''), readFileSync(join(root!, t, f), 'utf8')));
  }
  const index = new EntityIndex();
  const linked = new Map<string, ArticleEntities>();
  for (const d of docs) {
    const ae = linkArticleEntities(d.text, recognizeEntities(d.text, d.sentences), d.sentences);
    linked.set(d.id, ae);
    index.addArticle(d.id, ae);
  }
  const items: { sys: string; gold: string; base: string }[] = [];
  let goldTotal = 0;
  for (const d of docs) {
    for (const g of d.gold) {
      goldTotal++;
      const e = entityAt(linked.get(d.id)!, g.start, g.end);
      if (!e || e.type !== 'PERSON') continue;
      const m = e.mentions.find((x) => x.start < g.end && x.end > g.start)!;
      items.push({ sys: index.idOfLocal(d.id, e.key)!, gold: g.chain, base: normaliseName(m.text) });
    }
  }
  const sys = bcubed(items);
  const base = bcubed(items.map((i) => ({ sys: i.base, gold: i.gold })));
  const fmt = (x: { p: number; r: number; f1: number }) => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`;
  return {
    name,
    metrics: { bcubed_f1: sys.f1 },
    report: [
      `topics ${DEV_TOPICS.first}–${DEV_TOPICS.last}: ${docs.length} documents; ${goldTotal} gold-chained person mentions, ${items.length} found by NER + linking`,
      `entity index      ${fmt(sys)}`,
      `same-text baseline ${fmt(base)}`,
    ].join('\n'),
  };
}
