// Turns a speaker phrase into a speaker: a named person or organisation, a pronoun's antecedent,
// the person a role noun stands for, or (unresolved) the phrase itself ("a source").
import type { Speaker, Span } from './types.js';
import type { People } from './people.js';
import { DETERMINERS, PERSON_PRONOUNS, PRONOUNS, ROLE_NOUNS } from './lexicon.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

export function resolveSpeaker(text: string, np: Span, people: People): Speaker | null {
  const phrase = text.slice(np.start, np.end);
  const words = [...phrase.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase(), start: np.start + (m.index ?? 0), end: np.start + (m.index ?? 0) + m[0].length }));
  if (words.length === 0) return null;
  if (words.length === 1 && PRONOUNS.has(words[0].w)) {
    if (!PERSON_PRONOUNS.has(words[0].w)) return null;
    const who = people.resolvePronoun(np.start);
    if (!who) return null;
    people.addMention(np, who);
    return { name: who.name, start: np.start, end: np.end, ...(who.key ? { entityKey: who.key } : {}) };
  }
  const head = words[words.length - 1];
  if (ROLE_NOUNS.has(head.w) && words[0].w !== 'a' && words[0].w !== 'an') {
    const who = people.resolveRole(head.w, np.start);
    if (who && !people.hasPersonIn(np)) {
      people.addMention(np, who);
      return { name: who.name, start: np.start, end: np.end, ...(who.key ? { entityKey: who.key } : {}) };
    }
  }
  const named = people.resolveSpan(np);
  if (named) {
    const at = named.span ?? np;
    people.markSpoke(at);
    return { name: named.name, start: at.start, end: at.end, ...(named.key ? { entityKey: named.key } : {}) };
  }
  const role = [...words].reverse().find((x) => ROLE_NOUNS.has(x.w));
  if (role && DETERMINERS.has(words[0].w) && words[0].w !== 'a' && words[0].w !== 'an') {
    const who = people.resolveRole(role.w, np.start);
    if (who) {
      people.addMention(np, who);
      return { name: who.name, start: np.start, end: np.end, ...(who.key ? { entityKey: who.key } : {}) };
    }
  }
  if (words.some((x) => PRONOUNS.has(x.w))) return null;
  return { name: phrase.replace(/^(?:the|a|an)\s+/iu, ''), start: np.start, end: np.end };
}

/** A transcript label ("HOLT") as the person it names in the article, else the label in title case. */
export function resolveLabel(text: string, np: Span, people: People): Speaker {
  const label = text.slice(np.start, np.end);
  const who = people.byLabel(label, np.start);
  if (who) return { name: who.name, start: np.start, end: np.end, ...(who.key ? { entityKey: who.key } : {}) };
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
    return { name: named.name, start: named.span.start, end: named.span.end, ...(named.key ? { entityKey: named.key } : {}) };
  }
  return { name: text.slice(np.start, np.end), start: np.start, end: np.end };
}
