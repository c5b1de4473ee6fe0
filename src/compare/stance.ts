// Negation and stance of a claim, for contradiction checks. Stance words close together form a
// chain whose sign is the product of theirs ("endorsed Russia's opposition to X" = +1 × −1 = against X);
// a negation just before a chain flips it. Chains that disagree within one claim give stance 0 (mixed).
import { compareLexicon } from './lexicon.js';
import { foldedStem, termOf, type Word } from './terms.js';

/** Content terms after a stance chain taken as its target. */
const TARGET_TERMS = 4;

let signs: Map<string, number> | null = null;
let negations: Set<string> | null = null;

function stanceSigns(): Map<string, number> {
  if (signs) return signs;
  const { pro, con } = compareLexicon().stance;
  signs = new Map();
  for (const w of pro) signs.set(foldedStem(w), 1);
  for (const w of con) signs.set(foldedStem(w), -1);
  return signs;
}

function negationSet(): Set<string> {
  return (negations ??= new Set(compareLexicon().stance.negation));
}

export function isNegation(w: Word): boolean {
  return negationSet().has(w.lower) || w.lower.endsWith("n't");
}

/** A negation cue at i that is not part of an idiom like "no matter". */
function negatesAt(ws: readonly Word[], i: number): boolean {
  if (!isNegation(ws[i])) return false;
  const next = ws[i + 1] ? `${ws[i].lower} ${ws[i + 1].lower}` : '';
  return !compareLexicon().stance.notNegation.includes(next);
}

export function stanceSign(w: Word): number {
  return stanceSigns().get(foldedStem(w.lower)) ?? 0;
}

/** Whether any negation cue occurs among the words. */
export function hasNegation(ws: readonly Word[]): boolean {
  return ws.some((_, i) => negatesAt(ws, i));
}

/** +1, −1 or 0 (no stance words, or chains that disagree). */
export function stanceOf(ws: readonly Word[]): number {
  return stanceDetail(ws).sign;
}

/** The stance sign and the content terms of what it is about (the words after the last chain). */
export function stanceDetail(ws: readonly Word[]): { sign: number; target: string[] } {
  const { chainGap, negationWindow } = compareLexicon().stance;
  const chains: number[] = [];
  let sign = 0;
  let last = -Infinity;
  let lastChainEnd = -1;
  for (let i = 0; i < ws.length; i++) {
    const s = stanceSign(ws[i]);
    if (!s) continue;
    if (i - last <= chainGap && sign !== 0) sign *= s;
    else {
      if (sign) chains.push(sign);
      let negated = false;
      for (let k = Math.max(0, i - negationWindow); k < i; k++) negated ||= negatesAt(ws, k);
      sign = negated ? -s : s;
    }
    last = i;
    lastChainEnd = i;
  }
  if (sign) chains.push(sign);
  if (!chains.length || !chains.every((c) => c === chains[0])) return { sign: 0, target: [] };
  const target: string[] = [];
  for (let k = lastChainEnd + 1; k < ws.length && target.length < TARGET_TERMS; k++) {
    const t = termOf(ws[k].lower);
    if (t) target.push(t);
  }
  return { sign: chains[0], target };
}
