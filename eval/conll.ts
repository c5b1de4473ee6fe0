// CoNLL-2003 eng.testa (dev): conlleval entity P/R/F1 of recognizeEntities on the gold tokens, and
// of `compromise` alone on the same text as the baseline. Parallax types are mapped back to CoNLL
// classes (PERSON→PER, GPE/LOC→LOC, NORP/EVENT/MISC→MISC); DATE/MONEY/… are ignored.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { conllEval, readConll, type ConllSentence, type Prf } from '../src/language/ner/conll.js';
import { conllType } from '../src/language/ner/entity-types.js';
import { recognizeEntities } from '../src/language/ner/recognize-entities.js';
import { sharedDir } from '../src/util/paths.js';
import type { EvalSection } from './types.js';

interface Layout {
  text: string;
  sentences: { start: number; end: number }[];
  /** Per sentence, per token: [start, end) in `text`. */
  offsets: [number, number][][];
}

/** Joins tokens with spaces and sentences with newlines, remembering every token's offsets. */
function layout(doc: readonly ConllSentence[]): Layout {
  let text = '';
  const sentences: Layout['sentences'] = [];
  const offsets: Layout['offsets'] = [];
  for (const s of doc) {
    if (text) text += '\n';
    const start = text.length;
    const offs: [number, number][] = [];
    s.words.forEach((w, i) => {
      if (i) text += ' ';
      offs.push([text.length, text.length + w.length]);
      text += w;
    });
    sentences.push({ start, end: text.length });
    offsets.push(offs);
  }
  return { text, sentences, offsets };
}

/** IOB1 tags for one sentence from character spans: a token takes the type of a span it overlaps. */
function toTags(offs: readonly [number, number][], spans: readonly { start: number; end: number; type: string }[]): string[] {
  const tags = offs.map(() => 'O');
  const owner = offs.map(() => -1);
  spans.forEach((s, k) => {
    offs.forEach(([a, b], i) => {
      if (a < s.end && s.start < b && owner[i] < 0) owner[i] = k;
    });
  });
  for (let i = 0; i < offs.length; i++) {
    if (owner[i] < 0) continue;
    const type = spans[owner[i]].type;
    const adjacentSame = i > 0 && owner[i - 1] >= 0 && owner[i - 1] !== owner[i] && spans[owner[i - 1]].type === type;
    tags[i] = `${adjacentSame ? 'B' : 'I'}-${type}`;
  }
  return tags;
}

function parallaxSpans(l: Layout): { start: number; end: number; type: string }[] {
  return recognizeEntities(l.text, l.sentences).flatMap((m) => {
    const t = conllType(m.type);
    return t ? [{ start: m.start, end: m.end, type: t }] : [];
  });
}

const TRAILING_PUNCT_RE = /[^\p{L}\p{N}]+$/u;
const COMPROMISE_TYPES = [['people', 'PER'], ['places', 'LOC'], ['organizations', 'ORG']] as const;

function compromiseSpans(l: Layout): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  for (const s of l.sentences) {
    const doc = nlp(l.text.slice(s.start, s.end));
    for (const [method, type] of COMPROMISE_TYPES) {
      for (const m of doc[method]().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
        const trimmed = m.text.replace(TRAILING_PUNCT_RE, '').length; // compromise attaches punctuation
        const start = s.start + m.offset.start;
        out.push({ start, end: start + Math.min(m.offset.length, Math.max(trimmed, 1)), type });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function score(docs: readonly ConllSentence[][], spansOf: (l: Layout) => { start: number; end: number; type: string }[]) {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const doc of docs) {
    const l = layout(doc);
    const spans = spansOf(l);
    l.offsets.forEach((offs, k) => {
      const s = l.sentences[k];
      gold.push(doc[k].tags);
      pred.push(toTags(offs, spans.filter((x) => x.start < s.end && s.start < x.end)));
    });
  }
  return conllEval(gold, pred);
}

function table(name: string, r: { overall: Prf; byType: Record<string, Prf> }): string {
  const row = (k: string, p: Prf) => `${k.padEnd(8)} P ${p.precision.toFixed(4)}  R ${p.recall.toFixed(4)}  F1 ${p.f1.toFixed(4)}  (gold ${p.gold}, predicted ${p.predicted})`;
  return [name, row('overall', r.overall), ...Object.entries(r.byType).map(([k, p]) => row(k, p))].join('\n');
}

export async function run(): Promise<EvalSection[]> {
  const shared = sharedDir();
  const file = shared ? join(shared, 'eval', 'conll2003-en', 'eng.testa') : '';
  if (!shared || !existsSync(file)) {
    const skipped = 'CoNLL-2003 eng.testa not found under ../shared/eval/conll2003-en';
    return [
      { name: 'language/conll-testa', metrics: {}, report: '', skipped },
      { name: 'language/conll-testa/compromise', metrics: {}, report: '', skipped },
    ];
  }
  const docs = readConll(readFileSync(file, 'utf8'));
  const ours = score(docs, parallaxSpans);
  const base = score(docs, compromiseSpans);
  const metrics = (r: { overall: Prf }) => ({ f1: r.overall.f1, precision: r.overall.precision, recall: r.overall.recall });
  return [
    { name: 'language/conll-testa', metrics: metrics(ours), report: table('parallax recognizeEntities on eng.testa (conlleval)', ours) },
    { name: 'language/conll-testa/compromise', metrics: metrics(base), report: table('compromise people/places/organizations on eng.testa', base) },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const s of await run()) console.log(`## ${s.name}\n${s.skipped ?? s.report}\n`);
}
