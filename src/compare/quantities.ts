// Numbers a claim states and what they count: "more than 106,000 troops" → {106000, troop, min}.
// Hand-written because number libraries parse values, not the counted noun and the qualifier that
// news puts on a figure, which is what deciding "same quantity, different value" needs.
import { compareLexicon } from './lexicon.js';
import { foldedStem, parseNumber, type Word } from './terms.js';
import type { Claim, Quantity } from './types.js';

const CURRENCY_RE = /[$€£¥]\s*$/u;
const UPPER_RE = /^\p{Lu}/u;
const MONTH_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/u;

function numberAt(ws: readonly Word[], i: number): { value: number; next: number } | null {
  const lex = compareLexicon().numbers;
  let value = parseNumber(ws[i].lower) ?? lex.words[ws[i].lower] ?? null;
  if (value === null) return null;
  let next = i + 1;
  const scale = ws[next] ? lex.scales[ws[next].lower] : undefined;
  if (scale && !(ws[i].lower === 'hundred')) {
    value *= scale;
    next++;
  }
  return { value, next };
}

function boundBefore(text: string, start: number): Quantity['bound'] {
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase().replace(/\s+/gu, ' ');
  const b = compareLexicon().numbers.bounds;
  const ends = (list: string[]) => list.some((p) => before.endsWith(`${p} `) || before === p);
  if (ends(b.min)) return 'min';
  if (ends(b.max)) return 'max';
  if (ends(b.approx)) return 'approx';
  return 'exact';
}

/** The counted noun after a number: skips capitalised modifiers ("12,000 Kastrov troops"). */
function unitAfter(ws: readonly Word[], i: number): { unit: string; end: number } | null {
  const lex = compareLexicon();
  const percent = lex.numbers.percentUnits;
  for (let k = i; k < Math.min(ws.length, i + 3); k++) {
    const w = ws[k];
    if (percent.includes(w.lower) || (w.lower === 'per' && ws[k + 1]?.lower === 'cent')) return { unit: 'percent', end: w.lower === 'per' ? ws[k + 1].end : w.end };
    if (UPPER_RE.test(w.text) && !MONTH_RE.test(w.lower)) continue;
    if (MONTH_RE.test(w.lower) || lex.numbers.nonUnits.includes(w.lower) || lex.stopwords.has(w.lower)) return null;
    if (parseNumber(w.lower) !== null) return null;
    return { unit: foldedStem(w.lower), end: w.end };
  }
  return null;
}

/** Quantities in a claim; years, dates and numbers with no counted noun are left out. */
export function findQuantities(text: string, ws: readonly Word[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < ws.length; i++) {
    const n = numberAt(ws, i);
    if (!n) continue;
    const currency = CURRENCY_RE.exec(text.slice(Math.max(0, ws[i].start - 3), ws[i].start));
    const unit = currency ? { unit: `money${currency[0].trim()}`, end: ws[n.next - 1].end } : unitAfter(ws, n.next);
    const prev = ws[i - 1]?.lower ?? '';
    const yearLike = Number.isInteger(n.value) && n.value >= 1800 && n.value <= 2100 && !ws[i].lower.includes(',');
    if (!unit || (yearLike && !currency) || MONTH_RE.test(prev)) {
      i = n.next - 1;
      continue;
    }
    out.push({ value: n.value, unit: unit.unit, bound: boundBefore(text, ws[i].start), text: text.slice(ws[i].start, unit.end), start: ws[i].start, end: unit.end });
    i = n.next - 1;
  }
  return out;
}

/** Whether two values of the same quantity disagree, given their qualifiers. */
export function valuesDisagree(a: Quantity, b: Quantity): boolean {
  const { sameTolerance, approxTolerance } = compareLexicon().numbers;
  const rel = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  if (rel <= sameTolerance) return false;
  if ((a.bound === 'approx' || b.bound === 'approx') && rel <= approxTolerance) return false;
  const fits = (x: Quantity, y: Quantity) => (x.bound === 'min' && y.value >= x.value) || (x.bound === 'max' && y.value <= x.value);
  return !(fits(a, b) || fits(b, a));
}

/** Figures of one unit to compare: in aligned claims the k-th figure of a unit with the k-th
 * (the same sentence restated); otherwise every same-unit pair. */
export function figurePairs(a: Claim, b: Claim, aligned: boolean): [Quantity, Quantity][] {
  const out: [Quantity, Quantity][] = [];
  if (!aligned) {
    for (const qa of a.quantities) for (const qb of b.quantities) if (qa.unit === qb.unit) out.push([qa, qb]);
    return out;
  }
  for (const unit of new Set(a.quantities.map((q) => q.unit))) {
    const xs = a.quantities.filter((q) => q.unit === unit);
    const ys = b.quantities.filter((q) => q.unit === unit);
    for (let k = 0; k < Math.min(xs.length, ys.length); k++) out.push([xs[k], ys[k]]);
  }
  return out;
}

