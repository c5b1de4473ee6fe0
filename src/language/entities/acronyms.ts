// Acronyms an article defines: "the Chinese Communist Party (CCP)" and "CCP (Chinese Communist
// Party)". Letters must be the initials of the expansion's words (small words may be skipped).
import type { EntityMention } from '../ner/recognize-entities.js';
import { normaliseName } from './normalise.js';

const AFTER_RE = /^[\s\u00a0]*\([\s\u00a0]*(\p{Lu}[\p{Lu}\p{N}&.-]{1,11})[\s\u00a0]*\)/u;
const OPEN_RE = /^[\s\u00a0]*\([\s\u00a0]*$/u;
const ACRONYM_RE = /^\p{Lu}[\p{Lu}\p{N}&.-]{1,11}$/u;
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', 'du', '&']);
const SPLIT_RE = /[\s\u00a0-]+/u;

/** Whether the letters of `acronym` are the initials of the words of `expansion`. */
export function isAcronymOf(acronym: string, expansion: string): boolean {
  const letters = acronym.replace(/[.&-]/g, '').toUpperCase();
  const words = expansion.split(SPLIT_RE).filter(Boolean);
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
  return letters.length >= 2 && words.length >= 2 && (letters === content || letters === all);
}

// AFTER_RE's spaces (JavaScript's \s and the no-break space): what may stand before its "(".
const SPACE_UNITS: ReadonlySet<number> = new Set([...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)));

/** Whether a "(" follows `at` after spaces only, within the 20 characters AFTER_RE looks at. */
function parenthesisAfter(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 20);
  let i = at;
  while (i < end && SPACE_UNITS.has(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) === 40;
}

/** Normalised acronym → index (into `mentions`) of the mention it abbreviates. */
export function acronymDefinitions(text: string, mentions: readonly EntityMention[]): Map<string, number> {
  const out = new Map<string, number>();
  mentions.forEach((m, i) => {
    const after = parenthesisAfter(text, m.end) ? AFTER_RE.exec(text.slice(m.end, m.end + 20)) : null;
    if (after && isAcronymOf(after[1], m.text)) out.set(normaliseName(after[1]), i);
    // "CCP (Chinese Communist Party)": the next mention inside parentheses.
    const next = mentions[i + 1];
    if (next && ACRONYM_RE.test(m.text) && OPEN_RE.test(text.slice(m.end, next.start)) && isAcronymOf(m.text, next.text)) {
      out.set(normaliseName(m.text), i + 1);
    }
  });
  return out;
}
