// Turns a speaker phrase into a speaker: a named person or organisation, a pronoun's antecedent,
// the person a role noun stands for, or (unresolved) the phrase itself ("a source").
import type { Speaker, Span } from './types.js';
import type { People } from './people.js';
import { charClass, isSurrogate, LETTER_OR_DIGIT } from './char-class.js';
import { DETERMINERS, PERSON_PRONOUNS, PRONOUNS, ROLE_NOUNS } from './lexicon.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

export function resolveSpeaker(text: string, np: Span, people: People): Speaker | null {
  const phrase = text.slice(np.start, np.end);
  const words = phraseWords(phrase);
  if (words.length === 0) return null;
  if (words.length === 1 && PRONOUNS.has(words[0])) {
    if (!PERSON_PRONOUNS.has(words[0])) return null;
    const who = people.resolvePronoun(np.start);
    if (!who) return null;
    people.addMention(np, who);
    return speakerOf(who.name, np.start, np.end, who.key);
  }
  const head = words[words.length - 1];
  if (ROLE_NOUNS.has(head) && words[0] !== 'a' && words[0] !== 'an') {
    const who = people.resolveRole(head, np.start);
    if (who && !people.hasPersonIn(np)) {
      people.addMention(np, who);
      return speakerOf(who.name, np.start, np.end, who.key);
    }
  }
  const named = people.resolveSpan(np);
  if (named) {
    const at = named.span ?? np;
    people.markSpoke(at);
    return speakerOf(named.name, at.start, at.end, named.key);
  }
  let role: string | null = null;
  for (let i = words.length - 1; i >= 0 && role === null; i--) if (ROLE_NOUNS.has(words[i])) role = words[i];
  if (role !== null && DETERMINERS.has(words[0]) && words[0] !== 'a' && words[0] !== 'an') {
    const who = people.resolveRole(role, np.start);
    if (who) {
      people.addMention(np, who);
      return speakerOf(who.name, np.start, np.end, who.key);
    }
  }
  if (words.some((x) => PRONOUNS.has(x))) return null;
  return { name: phrase.replace(/^(?:the|a|an)\s+/iu, ''), start: np.start, end: np.end };
}

/** A speaker; the entity key only when there is one (the published shape). */
export function speakerOf(name: string, start: number, end: number, key: string | undefined): Speaker {
  const s: Speaker = { name, start, end };
  if (key) s.entityKey = key;
  return s;
}

/** The phrase's words as WORD finds them, lower case, read by the character table. */
function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  const n = phrase.length;
  let i = 0;
  while (i < n) {
    const c = phrase.charCodeAt(i);
    if (isSurrogate(c)) return phraseWordsByRegex(phrase); // a pair is one code point to the regex
    if ((charClass(c) & LETTER_OR_DIGIT) === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = phrase.charCodeAt(j);
      if (isSurrogate(d)) return phraseWordsByRegex(phrase);
      if ((charClass(d) & LETTER_OR_DIGIT) === 0 && d !== 39 && d !== 0x2019 && d !== 46 && d !== 45) break;
    }
    out.push(phrase.slice(i, j).toLowerCase());
    i = j;
  }
  return out;
}

function phraseWordsByRegex(phrase: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(phrase); m !== null; m = WORD.exec(phrase)) out.push(m[0].toLowerCase());
  return out;
}

/** A transcript label ("HOLT") as the person it names in the article, else the label in title case. */
export function resolveLabel(text: string, np: Span, people: People): Speaker {
  const label = text.slice(np.start, np.end);
  const who = people.byLabel(label, np.start);
  if (who) return speakerOf(who.name, np.start, np.end, who.key);
  const name = label.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return { name, start: np.start, end: np.end };
}

/**
 * The name of a credit line (“…” ― Ana Ortiz): the person or organisation the tagger found there
 * when its mention reaches the line's last word, else the line itself (the tagger often keeps
 * only "Ana" of a name it has not seen).
 */
export function resolveCredit(text: string, np: Span, people: People): Speaker {
  const named = people.resolveSpan(np);
  if (named?.span && named.span.end >= np.end) {
    people.markSpoke(named.span);
    return speakerOf(named.name, named.span.start, named.span.end, named.key);
  }
  return { name: text.slice(np.start, np.end), start: np.start, end: np.end };
}
