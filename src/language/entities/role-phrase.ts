// A role phrase as comparable parts: its head noun ("minister" in "Chinese Foreign Minister",
// "spokesperson" in "Foreign Ministry spokesman"), its other words, and the country it states.
import { aliasTable } from './alias-table.js';
import { NEUTRAL_MODIFIERS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_SYNONYMS, TITLE_STOP_WORDS } from './lexicon.js';

export interface RoleInfo {
  head: string;
  /** Folded lower-case words other than the head, "of" and country words. */
  words: string[];
  country: string | null;
}

const WORD_SPLIT_RE = /[\s\u00a0]+/u;
const UPPER_START_RE = /^\p{Lu}/u;
const DIGITS_RE = /^\d+\.?$/;
const POSSESSIVE_RE = /['’]s$/u;
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the']);

const fold = (w: string): string => {
  const lower = w.toLowerCase().replace(POSSESSIVE_RE, '');
  return ROLE_SYNONYMS.get(lower) ?? lower;
};

const roleWordMemo = new Map<string, boolean>();

/** Whether a word may stand inside a role phrase: a capitalised word, a role head or modifier, a number (memoised: words recur). */
export function isRoleWord(raw: string): boolean {
  let out = roleWordMemo.get(raw);
  if (out === undefined) {
    if (roleWordMemo.size > 50_000) roleWordMemo.clear();
    roleWordMemo.set(raw, (out = roleWord(raw)));
  }
  return out;
}

function roleWord(raw: string): boolean {
  const lower = raw.toLowerCase();
  if (TITLE_STOP_WORDS.has(lower)) return false;
  return UPPER_START_RE.test(raw) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || DIGITS_RE.test(raw);
}

const memo = new Map<string, RoleInfo | null>();

/** The parts of a role phrase, or null when it has no head noun (then it is no role). */
export function parseRole(text: string): RoleInfo | null {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const raw = text.split(WORD_SPLIT_RE).filter(Boolean);
  const ofAt = raw.findIndex((w) => w.toLowerCase() === 'of');
  const scope = ofAt > 0 ? raw.slice(0, ofAt) : raw;
  let headAt = -1;
  for (let i = scope.length - 1; i >= 0 && headAt < 0; i--) if (ROLE_HEADS.has(scope[i].toLowerCase())) headAt = i;
  let info: RoleInfo | null = null;
  if (headAt >= 0) {
    const table = aliasTable();
    let country: string | null = null;
    const words: string[] = [];
    raw.forEach((w, i) => {
      if (i === headAt) return;
      const c = table.countryOf(w);
      if (c) country ??= c;
      else if (!COMPLEMENT_WORDS.has(w.toLowerCase())) words.push(fold(w));
    });
    info = { head: fold(raw[headAt]), words, country };
  }
  if (memo.size > 20_000) memo.clear();
  memo.set(text, info);
  return info;
}

/** Whether the person holding `role` can be the one a title-only phrase `query` names. */
export function roleMatches(query: RoleInfo, role: RoleInfo): boolean {
  if (query.head !== role.head) return false;
  if (query.country && role.country && query.country !== role.country) return false;
  return query.words.every((w) => NEUTRAL_MODIFIERS.has(w) || role.words.includes(w));
}
