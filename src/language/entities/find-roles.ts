// Roles stated around a person mention: a title before the name ("Foreign Minister Wang Yi"), an
// apposition before it ("the Chinese foreign minister, Wang Yi"), an appositive after it ("Wang Yi,
// the Chinese foreign minister,") and a copula ("Wang Yi is China's foreign minister").
import { LIMITS, ROLE_HEADS } from './lexicon.js';
import { isRoleWord, parseRole } from './role-phrase.js';
import { wordBefore } from './word-before.js';
import type { Span } from './types.js';

export interface FoundRoles {
  /** The title written right before the name, when there is one (context for surname resolution). */
  preTitle: string | null;
  /** Start offset of preTitle (mentions should not swallow it). */
  preTitleStart: number;
  roles: string[];
}

const APPOSITIVE_RE = /^[\s\u00a0]*,[\s\u00a0]+(?:(?:the|a|an|his|her)[\s\u00a0]+)?((?:[^,.;:!?()"“”\n]|\.(?=[\s\u00a0]?\d))+?)[\s\u00a0]*(?=[,.;:!?)\n]|$)/u;
const COPULA_RE = /^[\s\u00a0]*(?:,[\s\u00a0]*who[\s\u00a0]+)?(?:is|was|has[\s\u00a0]+been|had[\s\u00a0]+been|became|becomes|remains|serves[\s\u00a0]+as|served[\s\u00a0]+as)[\s\u00a0]+(?:(?:the|a|an)[\s\u00a0]+)?((?:[^,.;:!?()"“”\n]|\.(?=[\s\u00a0]?\d))+)/u;
// JavaScript's \s (with the no-break space), for scanning back without a regex.
const SPACE_UNITS: ReadonlySet<number> = new Set([...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)));
const DETERMINER_RE = /(?:^|[\s\u00a0])(?:the|a|an)[\s\u00a0]*$/iu;
// Joiners and passing qualifiers left off the front of a role ("newly-installed Defense Minister").
const LEADING_JOINERS_RE = /^(?:(?:of|for|and|new|newly-installed|newly-appointed|then)[\s\u00a0]+)+/iu;
const SPACE_RE = /[\s\u00a0]+/u;

/** A role ends on its head noun or has an "of" complement ("US Secretary of State"), never on a name. */
function endsAsRole(phrase: string): boolean {
  const words = phrase.toLowerCase().split(SPACE_RE);
  return ROLE_HEADS.has(words[words.length - 1]) || words.includes('of');
}

/** Role words ending at `end` in `text` (scanning back to `from`): [start, phrase] or null. */
function roleWordsBefore(text: string, from: number, end: number): [number, string] | null {
  let start = end;
  for (let guard = 0; guard < LIMITS.roleWords; guard++) {
    const w = wordBefore(text, start, from);
    if (!w || !isRoleWord(w[1])) break;
    start = w[0];
  }
  const phrase = text.slice(start, end).trim();
  const trimmed = phrase.replace(LEADING_JOINERS_RE, '');
  if (!trimmed || !parseRole(trimmed) || !endsAsRole(trimmed)) return null;
  return [start + (phrase.length - trimmed.length), trimmed];
}

/** The longest run of role words at the start of `phrase` that still has a head. */
function roleWordsAfter(phrase: string): string | null {
  const words = phrase.trim().split(SPACE_RE).slice(0, LIMITS.roleWords + 1);
  let n = 0;
  while (n < words.length && isRoleWord(words[n])) n++;
  for (let k = n; k > 0; k--) {
    const cand = words.slice(0, k).join(' ');
    if (parseRole(cand) && words[k - 1].toLowerCase() !== 'of' && endsAsRole(cand)) return cand;
  }
  return null;
}

/** Offset of a comma that only spaces separate from `end` (not before `from`), or -1 (as /,\s*$/ on the slice). */
function commaBefore(text: string, from: number, end: number): number {
  let i = end - 1;
  while (i >= from && SPACE_UNITS.has(text.charCodeAt(i))) i--;
  return i >= from && text.charCodeAt(i) === 44 ? i : -1;
}

/** Roles stated for the person named at [start, end) inside `sentence`. */
export function findRoles(text: string, start: number, end: number, sentence: Span): FoundRoles {
  const roles: string[] = [];
  let preTitle: string | null = null;
  let preTitleStart = start;
  const from = Math.max(sentence.start, start - LIMITS.titleWindow);
  const pre = roleWordsBefore(text, from, start);
  if (pre) [preTitleStart, preTitle] = pre;
  if (preTitle) roles.push(preTitle);
  const comma = commaBefore(text, from, start);
  if (comma >= 0) {
    const appo = roleWordsBefore(text, from, comma);
    if (appo && DETERMINER_RE.test(text.slice(from, appo[0]))) roles.push(appo[1]);
  }
  const after = text.slice(end, Math.min(sentence.end, end + LIMITS.appositiveWindow));
  const appositive = APPOSITIVE_RE.exec(after);
  if (appositive) {
    const words = appositive[1].trim().split(SPACE_RE);
    if (words.length <= LIMITS.roleWords && words.every(isRoleWord) && parseRole(appositive[1].trim()) && endsAsRole(appositive[1].trim())) roles.push(appositive[1].trim());
  }
  const copula = COPULA_RE.exec(after);
  if (copula) {
    const role = roleWordsAfter(copula[1]);
    if (role) roles.push(role);
  }
  return { preTitle, preTitleStart, roles };
}
