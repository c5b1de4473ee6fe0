// The parts of a person mention: honorifics and titles dropped ("Mr. Blinken" → Blinken), a
// possessive dropped, and the family name picked (first for Chinese/Korean/Vietnamese names).
import { FAMILY_FIRST_SURNAMES, HONORIFICS, NAME_SUFFIXES } from './lexicon.js';
import { normaliseName } from './normalise.js';

export interface PersonName {
  /** Name words as written, without titles ("Wang", "Yi"). */
  parts: string[];
  /** Normalised family name ("wang" for "Wang Yi", "blinken" for "Antony Blinken"). */
  family: string;
  /** Normalised parts. */
  keys: string[];
}

const SPACE_RE = /[\s\u00a0]+/u;
const POSSESSIVE_RE = /['’]s?$/u;

const memo = new Map<string, PersonName>();

/** The parts of a person mention (memoised; treat the result as read-only). */
export function parsePersonName(text: string): PersonName {
  let out = memo.get(text);
  if (out === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(text, (out = parse(text)));
  }
  return out;
}

function parse(text: string): PersonName {
  const words = text.trim().split(SPACE_RE).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i].toLowerCase())) i++;
  let parts = words.slice(i);
  if (parts.length) parts[parts.length - 1] = parts[parts.length - 1].replace(POSSESSIVE_RE, '');
  parts = parts.filter(Boolean);
  const keys = parts.map(normaliseName);
  return { parts, keys, family: familyOf(keys) };
}

/** The family name among normalised name parts: the first for Chinese/Korean/Vietnamese names, else the last (suffixes skipped). */
export function familyOf(keys: readonly string[]): string {
  if (keys.length === 0) return '';
  if (keys.length <= 3 && FAMILY_FIRST_SURNAMES.has(keys[0])) return keys[0];
  let last = keys.length - 1;
  while (last > 0 && NAME_SUFFIXES.has(keys[last])) last--;
  return keys[last];
}
