// Scoring rules of the PolNeAR evaluation (documented in eval/polnear.ts).
import type { GoldArticle, GoldAttribution } from './brat.js';

export interface PredQuote {
  start: number;
  end: number;
  speaker: string | null;
}

export interface Tally {
  gold: number;
  goldHit: number;
  pred: number;
  predHit: number;
  exactGold: number;
  exactPred: number;
  exactHit: number;
  speakerTotal: number;
  speakerRight: number;
}

export const emptyTally = (): Tally => ({ gold: 0, goldHit: 0, pred: 0, predHit: 0, exactGold: 0, exactPred: 0, exactHit: 0, speakerTotal: 0, speakerRight: 0 });

const QUOTED = /["“”]/u;
const STARTS_QUOTED = /^\s*["“]/u;
const EDGE = /^[\s"“”‘’'«»,.;:—–-]+|[\s"“”‘’'«»,.;:—–-]+$/gu;
const NOT_NAMES = new Set(
  `The A An He She They It We I You His Her Their Its Our My This That These Those One Another Some Many Both Other Mr Mrs Ms Dr Sen Rep Gov President Senator Republican Republicans Democrat Democrats Democratic GOP
  Secretary Speaker Leader Majority Minority Governor Mayor Attorney General Chief Chairman Chairwoman Director Ambassador Minister Prime Vice Spokesman Spokeswoman Former Del Lt Gen Col Capt Sgt Adm Prof Rev Judge Justice`.split(/\s+/u),
);
const HEAD_CUT = /\s(?:in|of|from|at|for|by|with|on|to|who|which|that|published|released)\s/u;
const CAP_TOKEN = /\p{Lu}[\p{L}.'’-]*/gu;
const REFLEXIVE = /\s(?:himself|herself|themselves|itself)$/u;
const SEGMENT = /,|\s[—–]\s/u;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The span with quote marks, white space and edge punctuation trimmed (for exact matching). */
function core(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  const lead = s.length - s.replace(/^[\s"“”‘’'«»,.;:—–-]+/u, '').length;
  const trail = s.length - s.replace(/[\s"“”‘’'«»,.;:—–-]+$/u, '').length;
  return `${start + lead}:${end - trail}`;
}

/** Where a gold source sits in its article: a sentence-initial word there may be capitalised only for that. */
export interface SourceContext {
  text: string;
  start: number;
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A capitalised word that opens a sentence but is a common word in this article ("Officials at
 * the Water Board …"): it is written in lower case elsewhere and never capitalised after a
 * lower-case word. It names no one, so it cannot be the head.
 */
function sentenceInitialCommon(word: string, ctx: SourceContext | undefined): boolean {
  if (!ctx) return false;
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*|["“]\s*)$/u.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start))) return false;
  const w = escapeRe(word);
  return new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(ctx.text) && !new RegExp(`\\p{Ll},?\\s+${w}(?![\\p{L}])`, 'u').test(ctx.text);
}

/** Words of a title that "of" may follow before the name: "Secretary of State Ann Lee", "Speaker of the House Tom Hart". */
const TITLE_PARTS = new Set([...NOT_NAMES].map((w) => w.toLowerCase()).concat('press chair head deputy assistant acting senior then former state defense'.split(' ')));
const DETERMINER = /^(?:the|a|an)$/iu;
const OF = /\sof\s/u;

/**
 * The head noun phrase of one source segment: cut at a preposition or relative pronoun, except
 * after a capitalised title ("Secretary of State Ann Lee" is not "Secretary").
 */
function headPhrase(seg: string): string {
  const cut = HEAD_CUT.exec(seg);
  if (!cut) return seg;
  const before = seg.slice(0, cut.index).trim().split(/\s+/u);
  const title = before.every((w) => TITLE_PARTS.has(w.toLowerCase().replace(/\.$/u, ''))) && before.some((w) => /^\p{Lu}/u.test(w) && !DETERMINER.test(w));
  return title && OF.test(cut[0]) ? `${seg.slice(0, cut.index)} of ${headPhrase(seg.slice(cut.index + cut[0].length))}` : seg.slice(0, cut.index);
}

function nameWords(phrase: string, ctx: SourceContext | undefined): string[] {
  const words = [...phrase.matchAll(CAP_TOKEN)].map((m) => ({ w: m[0].replace(/['’]s?$/u, '').replace(/\.$/u, ''), at: m.index ?? 0 }));
  const firstAt = phrase.length - phrase.trimStart().length;
  return words.filter((x) => !NOT_NAMES.has(x.w) && !(x.at === firstAt && sentenceInitialCommon(x.w, ctx))).map((x) => x.w);
}

/**
 * A head phrase whose last word is lower case ("the Ohio senator", "Lee supporters", "a Ledger
 * article", "Officials" opening a sentence) describes the source; its capitalised words only modify that noun.
 */
function describes(phrase: string, ctx: SourceContext | undefined): boolean {
  const words = phrase.replace(/["“”]/gu, '').trim().replace(REFLEXIVE, '').split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  return (/\p{Ll}/u.test(last) && !/\p{Lu}/u.test(last)) || (words.length === 1 && sentenceInitialCommon(last, ctx));
}

/**
 * Surname-like head of a gold source: the last capitalised word of its head phrase (first comma or
 * dash segment with a capital, before any preposition; outside parentheses; without ’s), or null
 * when the source names no one. Titles and a sentence-initial common word are not names. A head
 * phrase that ends in a lower-case noun describes rather than names the source ("The Ohio
 * governor" is a person, and "Ohio" is no right answer), unless the next segment names it
 * ("A local blogger, Dana Holt").
 */
export function sourceHead(source: string, ctx?: SourceContext): string | null {
  const segs = source.replace(/\([^)]*(?:\)|$)/gu, ' ').split(SEGMENT);
  const i = segs.findIndex((seg) => /\p{Lu}/u.test(seg));
  if (i < 0) return null;
  const segCtx = (k: number): SourceContext | undefined => (ctx && k === 0 ? ctx : undefined);
  let phrase = headPhrase(segs[i]);
  if (describes(phrase, segCtx(i))) {
    // an appositive that names the source: "Another critic, Dana R. Holt," (two name words, not "a woman in Dayton, Ohio")
    const next = segs[i + 1] ? headPhrase(segs[i + 1]) : '';
    if (!next || describes(next, undefined) || nameWords(next, undefined).length < 2) return null;
    phrase = next;
  }
  const names = nameWords(phrase, segCtx(i));
  return names.length ? names[names.length - 1] : null;
}

/** Names are compared without case: a transcript's "HOLT" is Dana Holt. */
export function speakerMatches(pred: string | null, goldSource: string, ctx?: SourceContext): boolean {
  const head = sourceHead(goldSource, ctx)?.toLowerCase();
  if (!pred || !head) return false;
  const words = pred.toLowerCase().replace(EDGE, '').split(/\s+/u).map((w) => w.replace(/['’]s$/u, ''));
  return words.includes(head) || words.some((w) => w.split('-').includes(head));
}

/** A found quote whose speaker does not match its gold source (for the error dump). */
export interface SpeakerMiss {
  gold: GoldAttribution;
  pred: PredQuote;
}

export function scoreArticle(a: GoldArticle, preds: PredQuote[], t: Tally, misses?: SpeakerMiss[]): void {
  const quoted = a.attributions.filter((g) => QUOTED.test(g.content.text));
  t.gold += quoted.length;
  t.pred += preds.length;
  for (const p of preds) if (a.attributions.some((g) => overlaps(g.content, p))) t.predHit++;
  for (const g of quoted) {
    const best = bestOverlap(g, preds);
    if (!best) continue;
    t.goldHit++;
    const ctx = g.source ? { text: a.text, start: g.source.start } : undefined;
    if (g.source && sourceHead(g.source.text, ctx)) {
      t.speakerTotal++;
      if (speakerMatches(best.speaker, g.source.text, ctx)) t.speakerRight++;
      else misses?.push({ gold: g, pred: best });
    }
  }
  // exact: contents that start with a mark vs predictions not embedded in a content that does not
  const starts = a.attributions.filter((g) => STARTS_QUOTED.test(g.content.text));
  const embedded = (p: PredQuote) => a.attributions.some((g) => !STARTS_QUOTED.test(g.content.text) && overlaps(g.content, p));
  const exactPreds = preds.filter((p) => !embedded(p));
  const goldCores = new Set(starts.map((g) => core(a.text, g.content.start, g.content.end)));
  t.exactGold += starts.length;
  t.exactPred += exactPreds.length;
  for (const p of exactPreds) if (goldCores.delete(core(a.text, p.start, p.end))) t.exactHit++;
}

function bestOverlap(g: GoldAttribution, preds: PredQuote[]): PredQuote | null {
  let best: PredQuote | null = null;
  let size = 0;
  for (const p of preds) {
    const o = Math.min(p.end, g.content.end) - Math.max(p.start, g.content.start);
    if (o > size) { size = o; best = p; }
  }
  return best;
}

export function f1(hitP: number, nP: number, hitG: number, nG: number): { p: number; r: number; f: number } {
  const p = nP ? hitP / nP : 0;
  const r = nG ? hitG / nG : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
