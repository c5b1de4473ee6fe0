// Who did what to whom in one trigger's clause: the actor (subject, passive agent, possessor, or the
// speaker of "…, said X"), the target (object, or the party after with/to/against/on), the other
// parties coordinated with them, and the place ("in X").
import { CLAUSE_BREAKS, DETERMINERS, EVENT_ADJECTIVES, PERSON_PRONOUNS, PLACE_PREPOSITIONS, NP_FILLERS } from './grammar-words.js';
import type { Trigger } from './find-triggers.js';
import { PARTY_TYPES, PLACE_TYPES, coordinated, governorOf, headOf, inPrepositionalPhrase, isPartyAt, isPossessor } from './noun-phrases.js';
import type { SentenceView } from './sentence-view.js';
import type { EventParty } from './types.js';

export interface Roles {
  actor: EventParty | null;
  target: EventParty | null;
  participants: EventParty[];
  place: EventParty | null;
}

/** Resolves "he"/"she" at a token to the person it most likely stands for. */
export type PronounResolver = (v: SentenceView, tok: number) => EventParty | null;

const STOP_RIGHT: ReadonlySet<string> = new Set(['that', 'which', 'who', 'because', 'while', 'but', 'as', 'when', 'if', 'although', 'though', 'whereas', 'saying', 'said']);
const SYMMETRIC_FAMILIES: ReadonlySet<string> = new Set(['consult', 'mediate', 'military_posture']);
const LOWER_RE = /^\p{Ll}/u;
const RIGHT_WINDOW = 16;

const party = (v: SentenceView, e: number): EventParty => {
  const { key, name, type, start, end } = v.entities[e].item;
  return { key, name, type, mention: { start, end } };
};

const sameQuote = (v: SentenceView, a: number, b: number): boolean => v.quoted[a] === v.quoted[b];

/** A subject: the nearest party or personal pronoun left of the trigger that no preposition governs. */
function leftSubject(v: SentenceView, trig: Trigger): { entity: number } | { pronoun: number } | null {
  for (let t = trig.first - 1; t >= 0; t--) {
    if (CLAUSE_BREAKS.has(v.lower[t]) || !sameQuote(v, t, trig.first)) return null;
    if (PERSON_PRONOUNS.has(v.lower[t]) && v.lower[t] !== 'his' && v.lower[t] !== 'her' && v.lower[t] !== 'him') return { pronoun: t };
    const e = v.entityAt[t];
    if (e < 0 || !PARTY_TYPES.has(v.entities[e].item.type)) continue;
    t = v.entities[e].first;
    if (!inPrepositionalPhrase(v, t) && !isPossessor(v, e)) return { entity: e };
  }
  return null;
}

/** "Russia's attack", "China-Russia talks": a possessor or a name modifying the event noun. */
function nounOwner(v: SentenceView, trig: Trigger): number | null {
  let i = trig.first - 1;
  while (i >= 0 && (DETERMINERS.has(v.lower[i]) || EVENT_ADJECTIVES.has(v.lower[i]))) i--;
  if (i >= 1 && (v.lower[i] === "'s" || v.lower[i] === '’s')) i--;
  return i >= 0 && isPartyAt(v, i) ? v.entityAt[i] : null;
}

/** For a phrase opening the sentence ("In a call with X, Wang said"), the subject after the comma. */
function subjectAfterComma(v: SentenceView, trig: Trigger): { entity: number } | { pronoun: number } | null {
  let t = trig.last + 1;
  while (t < v.tokens.length && v.lower[t] !== ',') t++;
  for (t++; t < v.tokens.length && t - trig.last < RIGHT_WINDOW * 2; t++) {
    if (CLAUSE_BREAKS.has(v.lower[t])) return null;
    if (PERSON_PRONOUNS.has(v.lower[t]) && v.lower[t] !== 'his' && v.lower[t] !== 'her') return { pronoun: t };
    if (isPartyAt(v, t) && !inPrepositionalPhrase(v, t)) return { entity: v.entityAt[t] };
    if (v.lower[t] !== ',' && isPartyAt(v, t)) t = v.entities[v.entityAt[t]].last;
  }
  return null;
}

/** "…, said Wang": a statement verb followed by its speaker. */
function invertedSpeaker(v: SentenceView, trig: Trigger, noSubject: boolean): number | null {
  const f = trig.first; // no reads before the sentence's first token (undefined; in optimised code a deoptimisation)
  const prev = f > 0 ? v.lower[f - 1] : undefined;
  const afterQuote = prev !== undefined && (/^["'”’‘“]$/.test(prev) || v.quoted[f - 1] === 1 || (prev === ',' && /^["'”’]$/.test(f > 1 ? v.lower[f - 2] : '')));
  const opens = afterQuote || (noSubject && (prev === undefined || prev === ','));
  return opens && isPartyAt(v, trig.last + 1) ? v.entityAt[trig.last + 1] : null;
}

/** The first party right of the trigger in its clause: object, or after with/to/against/on/between. */
function rightParty(v: SentenceView, trig: Trigger, from: number): number | null {
  let sawParty = false;
  for (let t = from; t < v.tokens.length && t - from < RIGHT_WINDOW; t++) {
    const w = v.lower[t];
    if (CLAUSE_BREAKS.has(w) || STOP_RIGHT.has(w) || !sameQuote(v, t, trig.first)) return null;
    if (w === ',') {
      const next = v.tokens[t + 1];
      if (sawParty || !next || (LOWER_RE.test(next.text) && !DETERMINERS.has(v.lower[t + 1]) && !NP_FILLERS.has(v.lower[t + 1]))) return null;
      continue;
    }
    if (w === 'to' && t + 1 < v.tokens.length && LOWER_RE.test(v.tokens[t + 1].text) && !DETERMINERS.has(v.lower[t + 1])) return null;
    if (!isPartyAt(v, t)) continue;
    const e = v.entityAt[t];
    const g = governorOf(v, v.entities[e].first);
    const gw = g >= 0 ? v.lower[g] : '';
    if (PLACE_PREPOSITIONS.has(gw) && PLACE_TYPES.has(v.entities[e].item.type)) { t = v.entities[e].last; continue; }
    if (gw === 'by' && trig.pos === 'verb' && !trig.passive) { t = v.entities[e].last; continue; }
    sawParty = true;
    return headOf(v, e);
  }
  return null;
}

/** Entity `e` can be the event's place: a free place name governed by a place preposition. */
function placeCandidate(v: SentenceView, e: number, taken: Set<number>): boolean {
  if (taken.has(e) || !PLACE_TYPES.has(v.entities[e].item.type)) return false;
  const g = governorOf(v, v.entities[e].first);
  return g >= 0 && PLACE_PREPOSITIONS.has(v.lower[g]);
}

function placeOf(v: SentenceView, trig: Trigger, taken: Set<number>): EventParty | null {
  let best: number | null = null;
  let dist = Infinity;
  v.entities.forEach((p, e) => {
    const d = p.first > trig.last ? p.first - trig.last : trig.first - p.last + 4; // prefer places after the trigger
    if (d > 0 && d < RIGHT_WINDOW && d < dist && placeCandidate(v, e, taken)) { best = e; dist = d; }
  });
  return best === null ? null : party(v, best);
}

/** The party `found` names (its whole coordinated list joins `parts`), or the person a pronoun stands for. */
function takeParty(v: SentenceView, resolve: PronounResolver, parts: number[], found: { entity: number } | { pronoun: number } | null): EventParty | null {
  if (!found) return null;
  if ('pronoun' in found) return resolve(v, found.pronoun);
  const list = coordinated(v, headOf(v, found.entity));
  parts.push(...list);
  return party(v, list[0]);
}

export function assignRoles(v: SentenceView, trig: Trigger, family: string, lemma: string, statement: boolean, resolve: PronounResolver): Roles {
  let actor: EventParty | null = null;
  let target: EventParty | null = null;
  const parts: number[] = [];
  const next = v.lower[trig.last + 1];
  if (trig.passive) {
    target = takeParty(v, resolve, parts, leftSubject(v, trig));
    if (next === 'by' && isPartyAt(v, trig.last + 2)) actor = takeParty(v, resolve, parts, { entity: v.entityAt[trig.last + 2] });
  } else if (trig.pos === 'noun' && (next === 'between' || next === 'among') && isPartyAt(v, trig.last + 2)) {
    const list = coordinated(v, headOf(v, v.entityAt[trig.last + 2]));
    const owner = nounOwner(v, trig);
    actor = owner !== null ? takeParty(v, resolve, parts, { entity: owner }) : takeParty(v, resolve, parts, leftSubject(v, trig));
    parts.push(...list);
    if (!actor) actor = party(v, list[0]);
    target = list.find((e) => party(v, e).key !== actor!.key) !== undefined ? party(v, list.find((e) => party(v, e).key !== actor!.key)!) : null;
  } else {
    const left = leftSubject(v, trig);
    const inverted = statement ? invertedSpeaker(v, trig, left === null) : null;
    const owner = trig.pos === 'noun' ? nounOwner(v, trig) : null;
    actor = inverted !== null ? takeParty(v, resolve, parts, { entity: inverted })
      : owner !== null ? takeParty(v, resolve, parts, { entity: owner })
      : takeParty(v, resolve, parts, left ?? subjectAfterComma(v, trig));
    const from = inverted !== null ? v.entities[inverted].last + 1 : trig.last + 1;
    const tell = lemma === 'tell' || v.lower[from] === 'to';
    const right = !statement || tell ? rightParty(v, trig, from) : null;
    if (right !== null && !parts.includes(right)) {
      const list = coordinated(v, right);
      parts.push(...list);
      target = party(v, right);
    }
  }
  if (actor && target && actor.key === target.key) target = null;
  if (actor && !target && SYMMETRIC_FAMILIES.has(family) && parts.length > 1) target = party(v, parts[1]);
  const participants: EventParty[] = [];
  const seen = new Set<string>();
  for (const p of [actor, target, ...parts.map((e) => party(v, e))]) {
    if (p && !seen.has(p.key)) { seen.add(p.key); participants.push(p); }
  }
  return { actor, target, participants, place: placeOf(v, trig, new Set(parts)) };
}
