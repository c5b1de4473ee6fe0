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
const NOT_NAMES = new Set('The A An He She They It We I You His Her Their Its Our My This That These Those One Another Some Many Both Other Mr Mrs Ms Dr Sen Rep Gov President Senator Republican Republicans Democrat Democrats Democratic GOP'.split(' '));
const HEAD_CUT = /\s(?:in|of|from|at|for|by|with|on|to|who|which|that|published|released)\s/u;
const CAP_TOKEN = /\p{Lu}[\p{L}.'’-]*/gu;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The span with quote marks, white space and edge punctuation trimmed (for exact matching). */
function core(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  const lead = s.length - s.replace(/^[\s"“”‘’'«»,.;:—–-]+/u, '').length;
  const trail = s.length - s.replace(/[\s"“”‘’'«»,.;:—–-]+$/u, '').length;
  return `${start + lead}:${end - trail}`;
}

/** Surname-like head of a gold source: the last capitalised word of its head phrase (first comma segment with a capital, before any preposition; outside parentheses; without ’s). */
export function sourceHead(source: string): string | null {
  // the head noun phrase: first comma segment with a capital, cut at a preposition or relative pronoun
  const first = (source.replace(/\([^)]*(?:\)|$)/gu, ' ').split(',').find((seg) => /\p{Lu}/u.test(seg)) ?? '').split(HEAD_CUT)[0];
  const words = [...first.matchAll(CAP_TOKEN)].map((m) => m[0].replace(/['’]s$/u, '').replace(/\.$/u, ''));
  const names = words.filter((w) => !NOT_NAMES.has(w));
  return names.length ? names[names.length - 1] : null;
}

export function speakerMatches(pred: string | null, goldSource: string): boolean {
  const head = sourceHead(goldSource);
  if (!pred || !head) return false;
  const words = pred.replace(EDGE, '').split(/\s+/u).map((w) => w.replace(/['’]s$/u, ''));
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
    if (g.source && sourceHead(g.source.text)) {
      t.speakerTotal++;
      if (speakerMatches(best.speaker, g.source.text)) t.speakerRight++;
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
