// Labels an article uses for the things it names: noun phrases headed by event nouns ("invasion of
// Ukraine", "Ukraine crisis", "war with NATO in Ukraine") with the place they attach to, and the ways
// it names a government ("Beijing", "the Chinese regime", "Chinese Communist Party (CCP)
// bureaucracy", "the strongman regime in Tarvesk"). Lexicons: data/lexicons/framing/.
import { compareLexicon } from './lexicon.js';
import { entityCovering, isCapitalised, joined, opensSentence, placeOf, type Segment } from './framing-segments.js';
import type { Word } from './terms.js';

export interface LabelHit {
  kind: 'event' | 'government';
  /** Event class ('conflict', 'measure') or 'government'. */
  cls: string;
  text: string;
  /** The place or country it attaches to; null when the phrase names none. */
  place: string | null;
  start: number;
  end: number;
}

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

interface HeadNouns {
  one: Map<string, string>;
  /** First word → second word → class, for two-word heads ("land grab"). */
  two: Map<string, Map<string, string>>;
}

let heads: HeadNouns | null = null;

/** The event-noun lexicon as maps: one lookup per word, and no joined string unless a two-word head can start there. */
function headNouns(): HeadNouns {
  if (heads) return heads;
  heads = { one: new Map(), two: new Map() };
  for (const [noun, cls] of Object.entries(compareLexicon().eventNouns.nouns)) {
    if (!cls) continue;
    const parts = noun.split(' ');
    if (parts.length === 1) heads.one.set(noun, cls);
    else if (parts.length === 2) {
      const next = heads.two.get(parts[0]) ?? new Map<string, string>();
      next.set(parts[1], cls);
      heads.two.set(parts[0], next);
    }
  }
  return heads;
}

function headAt(ws: readonly Word[], i: number): { cls: string; end: number } | null {
  const { one, two } = headNouns();
  const pair = ws[i + 1] ? two.get(ws[i].lower)?.get(ws[i + 1].lower) : undefined;
  if (pair) return { cls: pair, end: i + 1 };
  const cls = one.get(ws[i].lower);
  return cls ? { cls, end: i } : null;
}

/** A capitalised word that is a name, not just a sentence opener. */
function nameLike(seg: Segment, w: Word): boolean {
  return isCapitalised(w) && (placeOf(seg, w) !== null || entityCovering(seg, w) !== null || !opensSentence(seg.text, w));
}

function premodifiers(seg: Segment, i: number): number {
  const { modifiers, stopBefore, maxPremodifiers } = compareLexicon().eventNouns;
  const ws = seg.words;
  let first = i;
  for (let j = i - 1; j >= 0 && i - j <= maxPremodifiers; j--) {
    const w = ws[j];
    if (!joined(seg.text, w, ws[j + 1]) || stopBefore.includes(w.lower)) break;
    if (!(nameLike(seg, w) || modifiers.includes(w.lower))) break;
    first = j;
  }
  return first;
}

/** Noun phrase after a preposition: determiner, names/modifiers, at most one closing common noun. */
function attachedPhrase(seg: Segment, k: number, limit: number): number {
  const { modifiers } = compareLexicon().eventNouns;
  const stop = compareLexicon().stopwords;
  const ws = seg.words;
  let j = k;
  if (ws[j] && DETERMINERS.has(ws[j].lower)) j++;
  let last = -1;
  for (; j < ws.length && j - k < limit && joined(seg.text, ws[j - 1], ws[j]); j++) {
    const w = ws[j];
    if (nameLike(seg, w) || modifiers.includes(w.lower) || (w.text.includes('-') && /\p{Lu}/u.test(w.text))) last = j;
    else if (w.lower === 'and' && ws[j + 1] && isCapitalised(ws[j + 1])) continue;
    else {
      if (!stop.has(w.lower) && w.lower.length > 2 && !/(?:ing|ed|ly)$/u.test(w.lower) && !compareLexicon().eventNouns.attachPriority.includes(w.lower)) last = j;
      break;
    }
  }
  return last;
}

function placeIn(seg: Segment, from: number, to: number): string | null {
  for (let j = from; j <= to; j++) {
    const p = placeOf(seg, seg.words[j]);
    if (p) return p;
  }
  return null;
}

/** A place named by a premodifier itself ("Ukraine crisis"), not an actor ("Russian", "Moscow's"). */
function premodifierPlace(seg: Segment, from: number, to: number): string | null {
  const lex = compareLexicon();
  for (let j = from; j <= to; j++) {
    const w = seg.words[j];
    if (/['’]s$/u.test(w.text) || lex.demonymOf.has(w.text)) continue;
    const p = placeOf(seg, w);
    if (p) return p;
  }
  return null;
}

function eventLabel(seg: Segment, i: number): LabelHit | null {
  const head = headAt(seg.words, i);
  if (!head) return null;
  const { attachPriority, maxAttachWords, weak } = compareLexicon().eventNouns;
  const ws = seg.words;
  const first = premodifiers(seg, i);
  let end = head.end;
  const attached: { prep: string; from: number; to: number }[] = [];
  while (ws[end + 1] && attachPriority.includes(ws[end + 1].lower) && joined(seg.text, ws[end], ws[end + 1]) && end - head.end < maxAttachWords) {
    const last = attachedPhrase(seg, end + 2, maxAttachWords);
    if (last < 0) break;
    attached.push({ prep: ws[end + 1].lower, from: end + 2, to: last });
    end = last;
  }
  let place: string | null = null;
  for (const prep of attachPriority) {
    for (const a of attached) if (!place && a.prep === prep) place = placeIn(seg, a.from, a.to);
  }
  place ??= premodifierPlace(seg, first, i - 1);
  const headText = ws.slice(i, head.end + 1).map((w) => w.lower).join(' ');
  if (!place && weak.includes(headText)) return null;
  return { kind: 'event', cls: head.cls, text: seg.text.slice(ws[first].start, ws[end].end), place, start: ws[first].start, end: ws[end].end };
}

/** "[the] Chinese (Communist Party (CCP)) regime": place word, up to N names/modifiers, government noun. */
function governmentAfter(seg: Segment, i: number, country: string): LabelHit | null {
  const { nouns, modifiers, maxModifiers } = compareLexicon().government;
  const ws = seg.words;
  for (let j = i + 1; j < ws.length && j - i <= maxModifiers + 1; j++) {
    if (!joined(seg.text, ws[j - 1], ws[j], true)) return null;
    if (nouns.includes(ws[j].lower)) return { kind: 'government', cls: 'government', text: seg.text.slice(ws[i].start, ws[j].end), place: country, start: ws[i].start, end: ws[j].end };
    if (!(isCapitalised(ws[j]) || modifiers.includes(ws[j].lower))) return null;
  }
  return null;
}

/** "the strongman regime in Tarvesk": modifiers, government noun, in/of + place. */
function governmentBefore(seg: Segment, j: number): LabelHit | null {
  const { nouns, modifiers } = compareLexicon().government;
  const ws = seg.words;
  if (!nouns.includes(ws[j].lower) || !ws[j + 2] || !['in', 'of'].includes(ws[j + 1].lower) || !joined(seg.text, ws[j], ws[j + 1])) return null;
  const place = placeOf(seg, ws[j + 2]) ?? (isCapitalised(ws[j + 2]) ? ws[j + 2].text : null);
  if (!place) return null;
  let first = j;
  while (first > 0 && modifiers.includes(ws[first - 1].lower) && joined(seg.text, ws[first - 1], ws[first])) first--;
  const lex = compareLexicon();
  return { kind: 'government', cls: 'government', text: seg.text.slice(ws[first].start, ws[j + 2].end), place: lex.capitalOf.get(place) ?? place, start: ws[first].start, end: ws[j + 2].end };
}

function governmentLabel(seg: Segment, i: number): LabelHit | null {
  const lex = compareLexicon();
  const { locative, actorVerbs } = lex.government;
  const ws = seg.words;
  const w = ws[i];
  const before = governmentBefore(seg, i);
  if (before) return before;
  if (!isCapitalised(w)) return null;
  const bare = w.text.replace(/['’]s$/u, '');
  const e = entityCovering(seg, w);
  const country = lex.demonymOf.get(bare) ?? lex.capitalOf.get(bare) ?? (lex.countries.has(bare) || e?.type === 'GPE' ? bare : null);
  if (!country) return null;
  const phrase = governmentAfter(seg, i, country);
  if (phrase) return phrase;
  const prev = ws[i - 1];
  const next = ws[i + 1];
  const located = prev && locative.includes(prev.lower) && joined(seg.text, prev, w);
  const modifiesName = next && isCapitalised(next) && joined(seg.text, w, next);
  const hit = { kind: 'government' as const, cls: 'government', text: bare, place: country, start: w.start, end: w.start + bare.length };
  if (lex.capitalOf.has(bare) && !located && !modifiesName) return hit;
  if (lex.countries.has(bare) && next && actorVerbs.includes(next.lower) && joined(seg.text, w, next)) return hit;
  return null;
}

/** Event and government labels of one segment, in text order, overlapping hits dropped. */
export function findLabels(seg: Segment): LabelHit[] {
  const out: LabelHit[] = [];
  let covered = -1;
  for (let i = 0; i < seg.words.length; i++) {
    if (seg.words[i].start < covered) continue;
    const hit = governmentLabel(seg, i) ?? eventLabel(seg, i);
    if (!hit) continue;
    out.push(hit);
    covered = hit.end;
  }
  return out;
}
