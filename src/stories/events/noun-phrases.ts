// Shallow noun-phrase reading over a sentence view: which word governs an entity (a preposition, a
// verb, the sentence start), which entity heads a name phrase ("US Secretary of State Antony
// Blinken" → Antony Blinken) and which entities are coordinated ("China, Russia and Iran").
// Hand-written: no maintained JS parser gives this at the speed the language stage needs.
import { CLAUSE_BREAKS, DETERMINERS, EVENT_ADJECTIVES, NP_FILLERS, PREPOSITIONS } from './grammar-words.js';
import type { SentenceView } from './sentence-view.js';

/** Entity types that can act or be acted on. */
export const PARTY_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE']);
export const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

const UPPER_RE = /^\p{Lu}/u;
const NUMBER_RE = /^\d/;
const LIST_GLUE: ReadonlySet<string> = new Set([',', 'and', 'or', '&']);
const MAX_WALK = 14;

export function isPartyAt(v: SentenceView, tok: number): boolean {
  const e = v.entityAt[tok];
  return e >= 0 && PARTY_TYPES.has(v.entities[e].item.type);
}

/** A token that can sit inside a name phrase (titles, determiners, other names, numbers). */
function npInternal(v: SentenceView, t: number): boolean {
  const w = v.lower[t];
  if (v.dateAt[t]) return false;
  if (v.entityAt[t] >= 0) return true;
  if (w === 'of') return t > 0 && (UPPER_RE.test(v.tokens[t - 1].text) || NP_FILLERS.has(v.lower[t - 1]));
  if (PREPOSITIONS.has(w) || CLAUSE_BREAKS.has(w)) return false;
  return NP_FILLERS.has(w) || DETERMINERS.has(w) || EVENT_ADJECTIVES.has(w) || NUMBER_RE.test(w) || UPPER_RE.test(v.tokens[t].text);
}

/**
 * The token governing the phrase that holds token `t`: walks left over the phrase and over list glue
 * and appositive commas; -1 for the sentence start. Returns the index of the governing token.
 */
export function governorOf(v: SentenceView, t: number): number {
  let i = t - 1;
  for (let steps = 0; i >= 0 && steps < MAX_WALK; steps++, i--) {
    const w = v.lower[i];
    if (LIST_GLUE.has(w)) {
      // an appositive comma is crossed only after a title phrase ("his counterpart, Sergei Shoigu")
      if (i > 0 && npInternal(v, i - 1) && (w !== ',' || !isPartyAt(v, i - 1))) continue;
      return i;
    }
    if (!npInternal(v, i)) return i;
    if (i === 0 && v.entityAt[0] < 0 && UPPER_RE.test(v.tokens[0].text) && !DETERMINERS.has(w) && !NP_FILLERS.has(w)) {
      return PREPOSITIONS.has(w) ? 0 : -1; // a capitalised sentence opener ("In", "During") may be a preposition
    }
  }
  return i;
}

export function inPrepositionalPhrase(v: SentenceView, t: number): boolean {
  const g = governorOf(v, t);
  return g >= 0 && PREPOSITIONS.has(v.lower[g]);
}

/** Whether the entity at index `e` is a possessor ("Russia's demands"). */
export function isPossessor(v: SentenceView, e: number): boolean {
  const next = v.lower[v.entities[e].last + 1];
  return next === "'s" || next === '’s' || next === "'" || next === '’';
}

/**
 * The head of the name phrase around entity `e`: the last party entity reached over phrase-internal
 * tokens to the right (English phrases are head-final), preferring a person.
 */
export function headOf(v: SentenceView, e: number): number {
  let best = e;
  let t = v.entities[e].last + 1;
  while (t < v.tokens.length && npInternal(v, t) && !LIST_GLUE.has(v.lower[t]) && v.lower[t] !== "'s" && v.lower[t] !== '’s') {
    const k = v.entityAt[t];
    if (k >= 0 && PARTY_TYPES.has(v.entities[k].item.type)) {
      best = k;
      t = v.entities[k].last + 1;
    } else t++;
  }
  return best;
}

/**
 * Party entities coordinated with entity `e` ("China, Russia and Iran"): a chain joined by commas,
 * "and", "or", kept only up to the item after the last "and"/"or" (a bare comma is no list).
 */
export function coordinated(v: SentenceView, e: number): number[] {
  // chain[i] is an entity; conj[i] tells whether chain[i] and chain[i + 1] are joined by and/or
  const chain = [e];
  const conj: boolean[] = [];
  for (let s = coordinationStep(v, e, -1); s && chain.length < 12; s = coordinationStep(v, chain[0], -1)) { chain.unshift(s.next); conj.unshift(s.conj); }
  for (let s = coordinationStep(v, e, 1); s && chain.length < 12; s = coordinationStep(v, chain[chain.length - 1], 1)) { chain.push(s.next); conj.push(s.conj); }
  const lastConj = conj.lastIndexOf(true);
  if (lastConj < 0) return [e];
  const kept = chain.slice(0, lastConj + 2);
  return kept.includes(e) ? kept : [e];
}

/** The list item next to entity `k` in direction `dir`, and whether "and"/"or" joins them; null when none. */
function coordinationStep(v: SentenceView, k: number, dir: 1 | -1): { next: number; conj: boolean } | null {
  let t = dir > 0 ? v.entities[k].last + 1 : v.entities[k].first - 1;
  let glue = false;
  let conj = false;
  while (t >= 0 && t < v.tokens.length && (LIST_GLUE.has(v.lower[t]) || DETERMINERS.has(v.lower[t]))) {
    if (LIST_GLUE.has(v.lower[t])) glue = true;
    if (v.lower[t] !== ',' && LIST_GLUE.has(v.lower[t])) conj = true;
    t += dir;
  }
  let next = t >= 0 && t < v.tokens.length ? v.entityAt[t] : -1;
  // the next item may open with a title or a modifier name ("Norland Prime Minister Piet Vos")
  if (dir > 0 && next >= 0) next = headOf(v, next);
  else if (dir > 0 && t < v.tokens.length && npInternal(v, t)) {
    let u = t;
    while (u < v.tokens.length && npInternal(v, u) && v.entityAt[u] < 0 && !LIST_GLUE.has(v.lower[u])) u++;
    next = u < v.tokens.length && v.entityAt[u] >= 0 ? headOf(v, v.entityAt[u]) : -1;
  }
  return glue && next >= 0 && PARTY_TYPES.has(v.entities[next].item.type) ? { next, conj } : null;
}
