// Known edits applied to a copy of an article, for the generated test: remove, add (a sentence from
// another story), reword (an eval-only paraphrase table, independent of the alignment synonyms),
// negate (a "not" after the first auxiliary) and renumber (the first counted figure × 1.5).
import { findQuantities } from '../../src/compare/quantities.js';
import { words } from '../../src/compare/terms.js';

export type EditKind = 'removed' | 'added' | 'reworded' | 'negated' | 'renumbered';

export interface Edit {
  kind: EditKind;
  /** Index of the edited sentence in the original (removed/reworded/negated/renumbered) or in the copy (added). */
  index: number;
}

const PARAPHRASE: Record<string, string> = {
  said: 'stated', says: 'states', told: 'informed', about: 'roughly', after: 'following', before: 'prior to', also: 'additionally',
  big: 'large', many: 'numerous', help: 'assist', show: 'demonstrate', get: 'obtain', need: 'require', because: 'since',
  however: 'nevertheless', began: 'started', start: 'begin', buy: 'purchase', called: 'described', expected: 'anticipated',
  important: 'significant', meeting: 'session', people: 'individuals', country: 'nation', quickly: 'rapidly', new: 'fresh',
  asked: 'requested', use: 'employ', used: 'employed', try: 'attempt', tried: 'attempted', showed: 'demonstrated', made: 'produced',
};
const AUX_RE = /\b(is|are|was|were|will|would|can|could|has|have|had|should|may|might|must)\b(?!\s+not\b|n't)/u;
const QUOTE_RE = /["“”‘’]/u;
const NEGATED_RE = /\b(?:not|never|no)\b|n't/u;

export function reword(s: string): string | null {
  let n = 0;
  const out = s.replace(/\b[A-Za-z]+\b/gu, (w) => {
    const r = PARAPHRASE[w.toLowerCase()];
    if (!r || n >= 2) return w;
    n++;
    return w[0] === w[0].toUpperCase() ? r[0].toUpperCase() + r.slice(1) : r;
  });
  return n > 0 ? out : null;
}

export function negate(s: string): string | null {
  if (QUOTE_RE.test(s) || NEGATED_RE.test(s)) return null;
  const m = AUX_RE.exec(s);
  return m ? `${s.slice(0, m.index + m[0].length)} not${s.slice(m.index + m[0].length)}` : null;
}

export function renumber(s: string): string | null {
  // Bounded figures ("more than 4") are skipped: another value can be consistent with them.
  const q = findQuantities(s, words(s)).find((x) => /^\d/u.test(x.text) && x.value >= 2 && (x.bound === 'exact' || x.bound === 'approx'));
  if (!q) return null;
  const digits = /^[\d,.]+/u.exec(q.text)![0];
  const value = Math.round(q.value * 1.5);
  return s.slice(0, q.start) + value.toLocaleString('en-US') + s.slice(q.start + digits.length);
}

/** Sentences usable for an edit: long enough to be a claim on their own. */
export function editable(s: string): boolean {
  return words(s).length >= 8;
}

/**
 * Applies one edit of each kind (when a fitting sentence exists) to the sentence list; `extra` is a
 * sentence from another story to add. Sentences are picked deterministically from `seed`.
 */
export function applyEdits(sentences: readonly string[], extra: string, seed: number): { copy: { text: string; origin: number | null }[]; edits: Edit[] } {
  const order = sentences.map((_, i) => i).sort((a, b) => ((a * 7919 + seed * 104729) % 997) - ((b * 7919 + seed * 104729) % 997));
  const used = new Set<number>();
  const edits: Edit[] = [];
  const copy: (string | null)[] = [...sentences];
  const pick = (kind: EditKind, fn: (s: string) => string | null) => {
    for (const i of order) {
      if (used.has(i) || !editable(sentences[i])) continue;
      const out = fn(sentences[i]);
      if (out === null) continue;
      used.add(i);
      copy[i] = out;
      edits.push({ kind, index: i });
      return;
    }
  };
  pick('reworded', reword);
  pick('negated', negate);
  pick('renumbered', renumber);
  const removed = order.find((i) => !used.has(i) && editable(sentences[i]));
  if (removed !== undefined) {
    used.add(removed);
    copy[removed] = null;
    edits.push({ kind: 'removed', index: removed });
  }
  const kept = copy.flatMap((text, origin) => (text === null ? [] : [{ text, origin: origin as number | null }]));
  const at = Math.min(kept.length, 1 + (seed % Math.max(1, kept.length)));
  kept.splice(at, 0, { text: extra, origin: null });
  edits.push({ kind: 'added', index: at });
  return { copy: kept, edits };
}
