// Events evaluation.
// (a) stories/seed-events: every non-stretch `events` item of ../shared/corpus/seeds.expected.json is
//     found when one extracted event of that article has the same date, contains every expected
//     participant by name (case-insensitive) and has a kind in the same family (KIND_MAP below).
//     Clean text from extractArticle when it loads, else the raw file; relative dates resolve
//     against the original's publication date when the extractor knows it, else the article's own.
// (b) stories/ecbplus-events: ECB+ topics 1–35 only (36–45 are the held-out test split and are never
//     read), restricted to the sentences ECBplus_coreference_sentences.csv lists as fully annotated.
//     ECB+ links no participant or time to its action (its relations are coreference only), so:
//     - trigger: a predicted trigger is correct when it shares a token with a gold ACTION_* mention
//       (NEG_ACTION_* excluded: negated events are not extracted); recall over gold ACTION_* mentions.
//     - participants, over the sentences holding a correctly found trigger: a predicted participant
//       is correct when the last token of its mention lies in a gold HUMAN_PART_* / NON_HUMAN_PART*
//       mention of that sentence; recall counts the gold participants of those sentences that
//       contain a predicted participant's last token.
//     - times, same sentences: a predicted stated date expression is correct when it shares a token
//       with a gold TIME_* mention; recall over the gold TIME_* mentions of those sentences.
// Run standalone: node --import tsx eval/events.ts
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from 'htmlparser2';
import { analyseText } from '../src/stories/events/analyse-text.js';
import { entitiesFromNer } from '../src/stories/events/entities-from-ner.js';
import { extractEvents } from '../src/stories/events/extract-events.js';
import { taxonomy } from '../src/stories/events/taxonomy.js';
import type { ArticleEvent } from '../src/stories/events/types.js';
import { findDates } from '../src/language/dates/index.js';
import { recognizeEntities } from '../src/language/ner/recognize-entities.js';
import type { InputRecord } from '../src/model/input.js';
import { repoRoot, sharedDir } from '../src/util/paths.js';
import type { EvalSection } from './types.js';

/** Seed kinds (free text) → taxonomy family. */
const KIND_MAP: Record<string, string> = {
  consult: 'consult', meet: 'consult', 'press conference': 'statement', statement: 'statement',
  'military exercise': 'military_posture', abstain: 'vote', vote: 'vote',
};

interface SeedEvent { date: string; participants: string[]; kind: string; evidence: string; stretch?: boolean }
interface SeedArticle { published?: string | null; original?: { published?: string | null } | null; events?: SeedEvent[] }

interface CleanArticle { text: string; published: string | null }

/** Clean text and reference date through the extractor when it loads; else the raw file. */
async function cleanSeed(dir: string, file: string): Promise<CleanArticle> {
  const bytes = readFileSync(join(dir, file));
  const raw = bytes.toString('utf8');
  try {
    const extract = (await import(pathToFileURL(join(repoRoot, 'src', 'extract', 'index.ts')).href)) as typeof import('../src/extract/index.js');
    const outlets = (await import(pathToFileURL(join(repoRoot, 'src', 'extract', 'outlets', 'index.ts')).href)) as typeof import('../src/extract/outlets/index.js');
    const record = {
      source: join(dir, file), externalId: null, format: 'text', bodyType: 'text', body: raw, fields: {}, recordIndex: 0,
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
    } as unknown as InputRecord;
    const a = extract.extractArticle(record, { outlets: outlets.OutletRegistry.load() });
    return { text: a.text, published: a.original?.published ?? a.published ?? null };
  } catch {
    return { text: raw, published: null };
  }
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function found(expected: SeedEvent, events: readonly ArticleEvent[]): ArticleEvent | null {
  const family = KIND_MAP[expected.kind] ?? expected.kind;
  const tax = taxonomy();
  return events.find((e) => e.date === expected.date && (tax.byKind.get(e.kind)?.family ?? e.kind) === family
    && expected.participants.every((p) => e.participants.some((q) => sameName(q.name, p)))) ?? null;
}

async function seedSection(): Promise<EvalSection> {
  const name = 'stories/seed-events';
  const shared = sharedDir();
  const dir = shared && join(shared, 'corpus', 'seeds');
  const file = shared && join(shared, 'corpus', 'seeds.expected.json');
  if (!dir || !file || !existsSync(dir) || !existsSync(file)) return { name, metrics: {}, report: '', skipped: 'seed corpus not found (../shared/corpus)' };
  const articles = (JSON.parse(readFileSync(file, 'utf8')) as { articles: Record<string, SeedArticle> }).articles;
  const lines: string[] = [];
  let total = 0, hits = 0;
  for (const seed of Object.keys(articles).sort()) {
    const wanted = (articles[seed].events ?? []).filter((e) => !e.stretch);
    const stretch = (articles[seed].events ?? []).filter((e) => e.stretch);
    if (!existsSync(join(dir, seed))) continue;
    const clean = await cleanSeed(dir, seed);
    const events = analyseText(clean.text, clean.published);
    for (const [list, label] of [[wanted, ''], [stretch, ' (stretch, not scored)']] as const) {
      for (const e of list) {
        const f = found(e, events);
        if (!label) { total++; if (f) hits++; }
        lines.push(`  ${seed.slice(0, 3)} ${f ? 'found ' : 'MISSED'} ${e.kind} ${e.date} [${e.participants.join(', ')}]${label}${f ? `  ← ${f.kind} "${f.trigger.text}" ${f.date_source}` : ''}`);
      }
    }
    lines.push(`  ${seed.slice(0, 3)} ${events.length} events extracted (reference date ${clean.published ?? 'none'})`);
  }
  const found_pct = total ? Math.round((1000 * hits) / total) / 10 : 0;
  return { name, metrics: { found_pct }, report: [`found ${hits}/${total} non-stretch seed events (${found_pct}%)`, ...lines].join('\n') };
}

// ---- ECB+ ----

interface Markable { kind: string; tokens: number[] }
interface EcbDoc { tokens: { id: number; sentence: number; text: string }[]; markables: Markable[] }

const TEST_TOPICS_FROM = 36;
const PARTICIPANT_RE = /^(HUMAN_PART|NON_HUMAN_PART)/;
const ACTION_RE = /^ACTION_/;
const TIME_RE = /^TIME_/;
const QUOTE_TOKENS: Record<string, string> = { '``': '“', "''": '”' };

/** CROMER XML: <token t_id sentence> text, markables with <token_anchor t_id>. */
function parseCromer(xml: string): EcbDoc {
  const doc: EcbDoc = { tokens: [], markables: [] };
  let token: { id: number; sentence: number; text: string } | null = null;
  let markable: Markable | null = null;
  let inMarkables = false;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'Markables') inMarkables = true;
      else if (name === 'token') token = { id: +attrs.t_id, sentence: +attrs.sentence, text: '' };
      else if (name === 'token_anchor' && markable) markable.tokens.push(+attrs.t_id);
      else if (inMarkables && attrs.m_id !== undefined) markable = { kind: name, tokens: [] };
    },
    ontext(data) { if (token) token.text += data; },
    onclosetag(name) {
      if (name === 'token' && token) { doc.tokens.push(token); token = null; }
      else if (name === 'Markables') inMarkables = false;
      else if (markable && name === markable.kind) { if (markable.tokens.length) doc.markables.push(markable); markable = null; }
    },
  }, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
  return doc;
}

interface Counts { predTrig: number; okTrig: number; gold: number; foundGold: number; predPart: number; okPart: number; goldPart: number; foundPart: number; predTime: number; okTime: number; goldTime: number; foundTime: number }

function scoreDoc(doc: EcbDoc, annotated: Set<number>, c: Counts): void {
  // Text: tokens joined by spaces, sentences by newlines, with each token's offsets kept.
  const offsets = new Map<number, { start: number; end: number; sentence: number }>();
  const sentences: { start: number; end: number; sentence: number }[] = [];
  let text = '';
  let current = -1;
  for (const t of doc.tokens) {
    if (t.sentence !== current) {
      if (current >= 0) { sentences[sentences.length - 1].end = text.length; text += '\n'; }
      current = t.sentence;
      sentences.push({ start: text.length, end: text.length, sentence: t.sentence });
    } else text += ' ';
    const surface = QUOTE_TOKENS[t.text] ?? t.text;
    offsets.set(t.id, { start: text.length, end: text.length + surface.length, sentence: t.sentence });
    text += surface;
  }
  if (sentences.length) sentences[sentences.length - 1].end = text.length;
  const tokenAt = (pos: number): number | null => {
    for (const [id, o] of offsets) if (o.start <= pos && pos < o.end) return id;
    return null;
  };
  const spanTokens = (start: number, end: number): number[] => [...offsets].filter(([, o]) => o.start < end && start < o.end).map(([id]) => id);
  const sentenceOf = (m: Markable): number => offsets.get(m.tokens[0])?.sentence ?? -1;
  const inScope = doc.markables.filter((m) => annotated.has(sentenceOf(m)));
  const actions = inScope.filter((m) => ACTION_RE.test(m.kind));
  const parts = inScope.filter((m) => PARTICIPANT_RE.test(m.kind));
  const times = inScope.filter((m) => TIME_RE.test(m.kind));
  const spans = sentences.map(({ start, end }) => ({ start, end }));
  const entities = entitiesFromNer(recognizeEntities(text, spans));
  const events = extractEvents(text, { published: null, sentences: spans, entities, dates: findDates(text, { published: null }) })
    .filter((e) => annotated.has(offsets.get(tokenAt(e.trigger.start) ?? -1)?.sentence ?? -2));
  c.gold += actions.length;
  const foundActions = new Set<Markable>();
  const matchedSentences = new Set<number>();
  const predParts = new Map<number, Set<number>>(); // sentence → last tokens of predicted participants
  const predTimes = new Map<number, Set<string>>(); // sentence → date spans
  for (const e of events) {
    c.predTrig++;
    const toks = spanTokens(e.trigger.start, e.trigger.end);
    const hit = actions.find((a) => a.tokens.some((t) => toks.includes(t)));
    if (!hit) continue;
    c.okTrig++;
    foundActions.add(hit);
    const s = sentenceOf(hit);
    matchedSentences.add(s);
    for (const p of e.participants) {
      if (!p.mention) continue;
      const last = tokenAt(p.mention.end - 1);
      if (last !== null && offsets.get(last)!.sentence === s) (predParts.get(s) ?? predParts.set(s, new Set()).get(s)!).add(last);
    }
    if (e.date_expression) (predTimes.get(s) ?? predTimes.set(s, new Set()).get(s)!).add(`${e.date_expression.start}:${e.date_expression.end}`);
  }
  c.foundGold += foundActions.size;
  for (const s of matchedSentences) {
    const goldParts = parts.filter((m) => sentenceOf(m) === s);
    const heads = predParts.get(s) ?? new Set<number>();
    c.predPart += heads.size;
    c.okPart += [...heads].filter((h) => goldParts.some((g) => g.tokens.includes(h))).length;
    c.goldPart += goldParts.length;
    c.foundPart += goldParts.filter((g) => g.tokens.some((t) => heads.has(t))).length;
    const goldTimes = times.filter((m) => sentenceOf(m) === s);
    const dateSpans = [...(predTimes.get(s) ?? [])].map((k) => k.split(':').map(Number));
    const dateToks = dateSpans.map(([a, b]) => spanTokens(a, b));
    c.predTime += dateToks.length;
    c.okTime += dateToks.filter((ts) => goldTimes.some((g) => g.tokens.some((t) => ts.includes(t)))).length;
    c.goldTime += goldTimes.length;
    c.foundTime += goldTimes.filter((g) => dateToks.some((ts) => g.tokens.some((t) => ts.includes(t)))).length;
  }
}

const ratio = (a: number, b: number): number => (b ? Math.round((1000 * a) / b) / 1000 : 0);

async function ecbSection(): Promise<EvalSection> {
  const name = 'stories/ecbplus-events';
  const shared = sharedDir();
  const base = shared && join(shared, 'eval', 'ecbplus');
  if (!base || !existsSync(join(base, 'xml')) || !existsSync(join(base, 'ECBplus_coreference_sentences.csv'))) {
    return { name, metrics: {}, report: '', skipped: 'ECB+ not found (../shared/eval/ecbplus)' };
  }
  const annotated = new Map<string, Set<number>>(); // "1_10ecbplus" → sentence numbers
  for (const line of readFileSync(join(base, 'ECBplus_coreference_sentences.csv'), 'utf8').split('\n').slice(1)) {
    const [topic, file, sentence] = line.trim().split(',');
    if (!topic || +topic >= TEST_TOPICS_FROM) continue;
    const key = `${topic}_${file}`;
    (annotated.get(key) ?? annotated.set(key, new Set()).get(key)!).add(+sentence);
  }
  const c: Counts = { predTrig: 0, okTrig: 0, gold: 0, foundGold: 0, predPart: 0, okPart: 0, goldPart: 0, foundPart: 0, predTime: 0, okTime: 0, goldTime: 0, foundTime: 0 };
  let docs = 0;
  const limit = Number(process.env.PARALLAX_ECB_DOCS ?? Infinity);
  const topics = readdirSync(join(base, 'xml')).filter((t) => /^\d+$/.test(t) && +t < TEST_TOPICS_FROM).sort((a, b) => +a - +b);
  for (const topic of topics) {
    for (const file of readdirSync(join(base, 'xml', topic)).filter((f) => f.endsWith('.xml')).sort()) {
      const sentences = annotated.get(file.replace(/\.xml$/, ''));
      if (!sentences || docs >= limit) continue;
      scoreDoc(parseCromer(readFileSync(join(base, 'xml', topic, file), 'utf8')), sentences, c);
      docs++;
    }
  }
  const tp = ratio(c.okTrig, c.predTrig), tr = ratio(c.foundGold, c.gold);
  const metrics = {
    trigger_f1: tp + tr ? Math.round((2000 * tp * tr) / (tp + tr)) / 1000 : 0,
    participant_p: ratio(c.okPart, c.predPart), participant_r: ratio(c.foundPart, c.goldPart),
    time_p: ratio(c.okTime, c.predTime), time_r: ratio(c.foundTime, c.goldTime),
  };
  const report = [
    `${docs} documents of topics 1–35, annotated sentences only`,
    `triggers: ${c.okTrig}/${c.predTrig} predicted correct (P ${tp}), ${c.foundGold}/${c.gold} gold actions found (R ${tr})`,
    `participants (sentences with a found action): P ${c.okPart}/${c.predPart}, R ${c.foundPart}/${c.goldPart} (gold includes pronouns and common nouns; Parallax reports named parties only)`,
    `times (same sentences): P ${c.okTime}/${c.predTime}, R ${c.foundTime}/${c.goldTime}`,
  ].join('\n');
  return { name, metrics, report };
}

export async function run(): Promise<EvalSection[]> {
  return [await seedSection(), await ecbSection()];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const s of await run()) console.log(`== ${s.name}${s.skipped ? ` (skipped: ${s.skipped})` : ''}\n${JSON.stringify(s.metrics)}\n${s.report}\n`);
}
