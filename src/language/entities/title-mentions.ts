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
const TITLE_RE = new RegExp(String.raw`\b[Tt]he[\s\u00a0]+((?:[\p{L}.'’-]+[\s\u00a0]+){0,3}?)(${HEADS})(?![\p{L}-])`, 'gu');
const NAME_AFTER_RE = /^[\s\u00a0]+\p{Lu}\p{Ll}/u;
const SPACE_RE = /[\s\u00a0]+/u;
const POSSESSIVE_RE = /['’]s$/u;

function modifiersOk(modifiers: string): boolean {
  if (!modifiers.trim()) return true;
  const table = aliasTable();
  return modifiers.trim().split(SPACE_RE).every((w) => ROLE_MODIFIERS.has(w.toLowerCase()) || table.countryOf(w.replace(POSSESSIVE_RE, '')) !== null);
}

/** Every title-only phrase of `text`, in order (one linear regex scan). */
export function findTitleMentions(text: string): TitleMention[] {
  const out: TitleMention[] = [];
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(text); m; m = TITLE_RE.exec(text)) {
    const end = m.index + m[0].length;
    // "the Foreign Minister Wang Yi": a title before a name, handled with the name.
    if (NAME_AFTER_RE.test(text.slice(end, end + 3)) || !modifiersOk(m[1])) continue;
    const phrase = m[0].slice(m[0].search(SPACE_RE)).trim();
    const role = parseRole(phrase);
    if (role) out.push({ start: m.index, end, text: m[0], role });
  }
  return out;
}
