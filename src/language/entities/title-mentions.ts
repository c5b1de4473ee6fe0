// Title-only mentions ("the foreign minister", "the spokesman", "the Chinese defense minister"):
// a determiner, up to three modifiers and a role head, not followed by a name.
import { aliasTable } from './alias-table.js';
import { ROLE_MODIFIERS, TITLE_ONLY_HEADS } from './lexicon.js';
import { parseRole, type RoleInfo } from './role-phrase.js';

export interface TitleMention {
  start: number;
  end: number;
  text: string;
  role: RoleInfo;
}

// Heads in lower case and capitalised; no 'i' flag, which makes the scan several times slower.
const HEADS = TITLE_ONLY_HEADS.flatMap((h) => [h, h[0].toUpperCase() + h.slice(1)]).join('|');
/** The phrase after its left word boundary (checked by the caller), tried only where "the"/"The" starts. */
export const TITLE_SOURCE = String.raw`[Tt]he[\s\u00a0]+((?:[\p{L}.'’-]+[\s\u00a0]+){0,3}?)(${HEADS})(?![\p{L}-])`;
const TITLE_RE = new RegExp(TITLE_SOURCE, 'uy');
const NAME_AFTER_RE = /^[\s\u00a0]+\p{Lu}\p{Ll}/u;
const SPACE_RE = /[\s\u00a0]+/u;
const POSSESSIVE_RE = /['’]s$/u;

function modifiersOk(modifiers: string): boolean {
  if (!modifiers.trim()) return true;
  const table = aliasTable();
  return modifiers.trim().split(SPACE_RE).every((w) => ROLE_MODIFIERS.has(w.toLowerCase()) || table.countryOf(w.replace(POSSESSIVE_RE, '')) !== null);
}

/** Whether a UTF-16 unit is a regex word character (\w, ASCII: what \b looks at without the 'i' flag). */
function isWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The matches a global scan of \b + TITLE_SOURCE finds in `text`, in order, with the sticky regex
 * tried only at each "the"/"The" after a word boundary (found by indexOf: far cheaper than the
 * regex engine trying every offset).
 */
export function titleMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let he = text.indexOf('he', 1); he >= 0; he = text.indexOf('he', he + 1)) {
    const at = he - 1;
    const c = text.charCodeAt(at);
    if (at < from || (c !== 84 && c !== 116) || (at > 0 && isWordUnit(text.charCodeAt(at - 1)))) continue;
    TITLE_RE.lastIndex = at;
    const m = TITLE_RE.exec(text);
    if (!m) continue;
    out.push(m);
    from = at + m[0].length;
  }
  return out;
}

/** Every title-only phrase of `text`, in order. */
export function findTitleMentions(text: string): TitleMention[] {
  const out: TitleMention[] = [];
  for (const m of titleMatches(text)) {
    const end = m.index + m[0].length;
    // "the Foreign Minister Wang Yi": a title before a name, handled with the name.
    if (NAME_AFTER_RE.test(text.slice(end, end + 3)) || !modifiersOk(m[1])) continue;
    const phrase = m[0].slice(m[0].search(SPACE_RE)).trim();
    const role = parseRole(phrase);
    if (role) out.push({ start: m.index, end, text: m[0], role });
  }
  return out;
}
