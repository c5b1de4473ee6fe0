// Parallax entity types and the mapping from the tagger's CoNLL classes, decided by gazetteers
// and head words (a LOC is a GPE when it is a country, city or state; a MISC is NORP or EVENT when
// it names a nationality/group or an event).
import { gazetteers, normaliseName } from './gazetteers.js';
import type { ConllType } from './tags.js';

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'EVENT' | 'MISC' | 'DATE' | 'MONEY' | 'PERCENT' | 'QUANTITY';

const UPPER_START_RE = /^\p{Lu}/u;
const YEAR_RE = /^(?:1[89]|20)\d\d$/;

function locType(key: string, words: readonly string[]): EntityType {
  const g = gazetteers();
  if (g.has('countries', key) || g.has('cities', key) || g.has('admin-regions', key)) return 'GPE';
  if (g.has('geo-features', key)) return 'LOC';
  const head = words.some((w) => UPPER_START_RE.test(w) && g.has('geo-keywords', w.toLowerCase()));
  return head ? 'LOC' : 'GPE'; // unknown places in news are mostly towns and provinces
}

function miscType(key: string, words: readonly string[]): EntityType {
  const g = gazetteers();
  const isGroup = (w: string) => g.has('demonyms', w) || g.has('norp-groups', w);
  if (isGroup(key)) return 'NORP';
  const lower = words.map((w) => w.toLowerCase());
  if (words.some((w, i) => (UPPER_START_RE.test(w) && g.has('event-keywords', lower[i])) || YEAR_RE.test(w))) return 'EVENT';
  if (lower.every(isGroup)) return 'NORP'; // "Bosnian Serbs", "Shiite Muslims"
  return 'MISC';
}

const memo = new Map<string, EntityType>();

/** Parallax type of a tagged span (memoised: the same names recur across a corpus). */
export function parallaxType(conll: ConllType, text: string): EntityType {
  if (conll === 'PER') return 'PERSON';
  if (conll === 'ORG') return 'ORG';
  const memoKey = conll + text;
  let type = memo.get(memoKey);
  if (type === undefined) {
    const key = normaliseName(text);
    const words = key === '' ? [] : text.split(/\s+/);
    type = conll === 'LOC' ? locType(key, words) : miscType(key, words);
    if (memo.size > 50_000) memo.clear();
    memo.set(memoKey, type);
  }
  return type;
}

/** Back to CoNLL classes (for evaluation): GPE/LOC → LOC, NORP/EVENT/MISC → MISC. */
export function conllType(type: EntityType): ConllType | null {
  switch (type) {
    case 'PERSON': return 'PER';
    case 'ORG': return 'ORG';
    case 'GPE': case 'LOC': return 'LOC';
    case 'NORP': case 'EVENT': case 'MISC': return 'MISC';
    default: return null;
  }
}
