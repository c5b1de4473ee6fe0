// Light word edits between two copies of one text: a token diff (token-changes.ts)
// whose short replacements inside aligned text are word substitutions. Each substitution of ordinary
// lower-case words votes for the side whose words are rarer, which a spinner or rewriter produced.
import { EDIT_MAX_WORDS, EDIT_MIN_LOG_RATIO } from './config.js';
import type { Tokens } from './tokens.js';
import { tokenChanges } from './token-changes.js';
import { logFrequency } from './word-frequency.js';

const PLAIN_WORD = /^[a-z]+$/;

export interface WordEdits {
  /** Substitutions seen (word runs of up to EDIT_MAX_WORDS replaced by others). */
  substitutions: number;
  /** Substitutions whose words are clearly rarer on A's side, and on B's side. */
  rarerA: number;
  rarerB: number;
}

export function wordEdits(textA: string, a: Tokens, textB: string, b: Tokens): WordEdits {
  const out: WordEdits = { substitutions: 0, rarerA: 0, rarerB: 0 };
  const changes = tokenChanges(a, b);
  if (!changes) return out;
  let ia = 0;
  let ib = 0;
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k];
    const next = changes[k + 1];
    if (c.removed && next?.added && k > 0 && k + 2 < changes.length && c.count <= EDIT_MAX_WORDS && next.count <= EDIT_MAX_WORDS) {
      out.substitutions++;
      const fa = meanLogFrequency(textA, a, ia, ia + c.count);
      const fb = meanLogFrequency(textB, b, ib, ib + next.count);
      if (fa !== null && fb !== null && fb - fa >= EDIT_MIN_LOG_RATIO) out.rarerA++;
      if (fa !== null && fb !== null && fa - fb >= EDIT_MIN_LOG_RATIO) out.rarerB++;
    }
    if (!c.added) ia += c.count;
    if (!c.removed) ib += c.count;
  }
  return out;
}

/** Mean log frequency of tokens [t0, t1), or null when one is not a plain lower-case word (names, numbers). */
function meanLogFrequency(text: string, t: Tokens, t0: number, t1: number): number | null {
  let sum = 0;
  for (let i = t0; i < t1; i++) {
    const word = text.slice(t.starts[i], t.ends[i]);
    if (!PLAIN_WORD.test(word)) return null;
    const f = logFrequency(word);
    if (f === null) return null;
    sum += f;
  }
  return t1 > t0 ? sum / (t1 - t0) : null;
}

