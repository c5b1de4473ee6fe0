// Capital-as-government metonyms: "Beijing said", "Moscow has demanded", "warned Washington",
// "Beijing's position", "the Kremlin" stand for the country's government; "in Beijing", "flying to
// Moscow", "Manezh, Moscow, Russia" and datelines stay the city.
import { aliasTable } from './alias-table.js';
import { wordBefore } from './word-before.js';
import { ACTOR_OBJECT_CUES, ACTOR_VERBS, GOVERNMENT_POSSESSIONS, LIMITS, LOCATIVE_WORDS, MOTION_WORDS, VERB_BRIDGES } from './lexicon.js';

const POSSESSION_RE = /^['’]s[\s\u00a0]+([\p{Ll}-]+)(?:[\s\u00a0]+([\p{Ll}]+))?/u;
const WORDS_AFTER_RE = /^[\s\u00a0]+((?:[\p{L}’'-]+[\s\u00a0]*){1,6})/u;
const NAME_CONTINUES_RE = /^[\s\u00a0]+\p{Lu}\p{Ll}/u;
const UPPER_START_RE = /^\p{Lu}/u;
const ADDRESS_RE = /^,[\s\u00a0]+\p{Lu}\p{L}+(?:[\s\u00a0]+\p{Lu}\p{L}+)?(?:,|\.|$)/u;
const CAPITAL_APPOSITIVE_RE = /^,[\s\u00a0]+the[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}(?:capital|city)\b/iu;
const DATELINE_RE = /^[\s\u00a0]*(?:\(|—|–|-{1,2}[\s\u00a0]|,[\s\u00a0]*\p{Lu}{3,})/u;
const SPACE_RE = /[\s\u00a0]+/u;

/** The lower-case word before `start`, looking past a "the" ("at the Kremlin" → "at"). */
function previousWord(text: string, start: number): string {
  let w = wordBefore(text, start, Math.max(0, start - 40));
  if (w && w[1].toLowerCase() === 'the') w = wordBefore(text, w[0], Math.max(0, start - 40));
  return w ? w[1].toLowerCase() : '';
}

/** Whether the words after a place name make it the subject of an actor verb. */
function subjectOfVerb(after: string): boolean {
  const m = WORDS_AFTER_RE.exec(after);
  if (!m) return false;
  const words = m[1].trim().split(SPACE_RE);
  for (let i = 0, seen = 0; i < words.length && seen < LIMITS.verbWindow; i++, seen++) {
    const w = words[i].toLowerCase();
    if (ACTOR_VERBS.has(w)) return true;
    if (VERB_BRIDGES.has(w)) continue;
    // "Beijing and Moscow have …": skip a coordinated name.
    if (w === 'and' && i + 1 < words.length && UPPER_START_RE.test(words[i + 1])) { i++; continue; }
    return false;
  }
  return false;
}

/** Shapes that make the mention the place itself: part of a longer name, an address, a dateline. */
function placeShape(text: string, start: number, surface: string, after: string): boolean {
  if (NAME_CONTINUES_RE.test(after) || ADDRESS_RE.test(after) || CAPITAL_APPOSITIVE_RE.test(after)) return true;
  const lineStart = start === 0 || text[start - 1] === '\n';
  return surface.length > 2 && surface === surface.toUpperCase() && (lineStart || DATELINE_RE.test(after));
}

/** Whether the word before is a locative preposition ("in Beijing", "flying to Moscow"). */
function locative(text: string, start: number): boolean {
  const prev = previousWord(text, start);
  if (LOCATIVE_WORDS.has(prev)) return true;
  if (prev !== 'to' && prev !== 'from') return false;
  const toFrom = wordBefore(text, start, Math.max(0, start - 40));
  return !!toFrom && MOTION_WORDS.has(previousWord(text, toFrom[0]));
}

/**
 * The country whose government the place mention at [start, end) stands for, or null when it is
 * the place itself. News uses a bare capital for its government far more often than for the city,
 * so a capital is the government unless a locative cue or a place shape says otherwise; an actor
 * cue (subject of a verb, object of "warned", "Beijing's position") wins over a preposition.
 */
export function governmentMetonym(text: string, start: number, end: number): string | null {
  const surface = text.slice(start, end);
  const country = aliasTable().governmentOf(surface);
  if (!country) return null;
  const after = text.slice(end, end + 80);
  if (placeShape(text, start, surface, after)) return null;
  if (ACTOR_OBJECT_CUES.has(previousWord(text, start))) return country;
  const owned = POSSESSION_RE.exec(after);
  if (owned && (GOVERNMENT_POSSESSIONS.has(owned[1]) || GOVERNMENT_POSSESSIONS.has(owned[2] ?? ''))) return country;
  if (subjectOfVerb(after)) return country;
  return locative(text, start) ? null : country;
}
