// Action triggers in a sentence: the longest taxonomy pattern at each token, read as a verb or as
// an event noun from the words around it, with negated and noun-modifier uses dropped.
import {
  BE_FORMS, CANCELLING_VERBS, CLAUSE_BREAKS, DETERMINERS, EVENT_ADJECTIVES, HAVE_FORMS, LIGHT_VERBS, MODALS, NEGATORS, PREPOSITIONS,
  SUBJECT_PRONOUNS, TARGET_PREPOSITIONS,
} from './grammar-words.js';
import type { SentenceView } from './sentence-view.js';
import type { Taxonomy, TriggerPattern } from './taxonomy.js';

export interface Trigger {
  pattern: TriggerPattern;
  /** Token range [first, last]. */
  first: number;
  last: number;
  pos: 'verb' | 'noun';
  passive: boolean;
  irrealis: boolean;
}

const ADVERB_RE = /^[a-z]+ly$/;
const SKIPPABLE: ReadonlySet<string> = new Set(['also', 'already', 'just', 'still', 'then', 'now', 'again', 'reportedly', 'allegedly', 'jointly']);
const NOUN_PP_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'during', 'after', 'following', 'amid', 'since', 'before']);
const ARGUMENT_NEXT: ReadonlySet<string> = new Set([...TARGET_PREPOSITIONS, 'between', 'by', 'among', 'over']);
const WORD_RE = /^[a-z][a-z-]*$/;
const NUMBER_RE = /^\d/;

const isSkippable = (w: string): boolean => ADVERB_RE.test(w) || SKIPPABLE.has(w);

/** The nearest token left of `t` that is not an adverb; -1 at the start. */
function prevWord(v: SentenceView, t: number): number {
  let i = t - 1;
  while (i >= 0 && isSkippable(v.lower[i])) i--;
  return i;
}

const NONE: readonly TriggerPattern[] = [];

function matchAt(v: SentenceView, i: number, taxonomy: Taxonomy): readonly TriggerPattern[] {
  const list = v.patterns ? v.patterns[i] : taxonomy.byFirst.get(v.lower[i]);
  if (!list) return NONE;
  let len = 0;
  const out: TriggerPattern[] = [];
  for (const p of list) {
    if (p.tokens.length < len) break;
    let ok = i + p.tokens.length <= v.tokens.length;
    for (let k = 1; ok && k < p.tokens.length; k++) ok = v.lower[i + k] === p.tokens[k];
    if (ok) { len = p.tokens.length; out.push(p); }
  }
  return out;
}

/** Words left of `t` say "noun": a determiner, an adjective, a preposition, a name or a number. */
function nounContext(v: SentenceView, t: number): boolean {
  const p = t - 1;
  if (p < 0) return false;
  const w = v.lower[p];
  if (DETERMINERS.has(w) || EVENT_ADJECTIVES.has(w) || PREPOSITIONS.has(w) || LIGHT_VERBS.has(w) || NUMBER_RE.test(w)) return true;
  if (w === "'s" || w === '’s' || v.dateAt[p]) return true;
  const e = v.entityAt[p];
  return e >= 0 && v.entities[e].item.type !== 'PERSON';
}

/** Words left of `t` say "verb": a pronoun subject, a modal, "to", a negation, a person's name. */
function verbContext(v: SentenceView, t: number): boolean {
  const p = prevWord(v, t);
  if (p < 0) return false;
  const w = v.lower[p];
  if (w === "'s" || w === '’s') return false; // possessive far more often than "is"
  if (SUBJECT_PRONOUNS.has(w) || MODALS.has(w) || NEGATORS.has(w) || BE_FORMS.has(w) || HAVE_FORMS.has(w) || w === 'to' || w === 'who') return true;
  const e = v.entityAt[p];
  return e >= 0 && v.entities[e].item.type === 'PERSON';
}

/** An event noun names a happening only with an argument, a light verb, a possessor or a framing preposition. */
function eventiveNoun(v: SentenceView, first: number, last: number, multiword: boolean): boolean {
  const next = v.lower[last + 1];
  if (next !== undefined && ARGUMENT_NEXT.has(next)) return true;
  let i = first - 1;
  while (i >= 0 && first - i <= 5 && (DETERMINERS.has(v.lower[i]) || EVENT_ADJECTIVES.has(v.lower[i]) || NUMBER_RE.test(v.lower[i]) || v.dateAt[i] || v.entityAt[i] >= 0)) i--;
  const before = i >= 0 ? v.lower[i] : '';
  if (LIGHT_VERBS.has(before) || NOUN_PP_OPENERS.has(before)) return true;
  if (before === "'s" || before === '’s') return true;
  if (i < first - 1 && v.entityAt[first - 1] >= 0 && v.entities[v.entityAt[first - 1]].item.type !== 'PERSON') return true; // "China-Russia talks"
  const modifier = next !== undefined && WORD_RE.test(next) && !CLAUSE_BREAKS.has(next) && !['and', 'or', 'but', 'that', 'which', 'was', 'were', 'is', 'are', 'has', 'had', 'will', 'would'].includes(next);
  return multiword && !modifier;
}

function negated(v: SentenceView, t: number): boolean {
  for (let i = t - 1; i >= 0 && t - i <= 3; i--) {
    const w = v.lower[i];
    if (CLAUSE_BREAKS.has(w) || w === ',') return false;
    if (NEGATORS.has(w)) return true;
    if (w === 'to' && i > 0 && CANCELLING_VERBS.has(v.lower[i - 1])) return true;
  }
  return false;
}

/** Said to happen later, or only meant: a modal, or an infinitive "to". */
function irrealisAt(v: SentenceView, t: number): boolean {
  for (let i = t - 1; i >= 0 && t - i <= 4; i--) {
    const w = v.lower[i];
    if (CLAUSE_BREAKS.has(w) || w === ',') return false;
    if (MODALS.has(w) || (w === 'to' && !(i > 0 && PREPOSITIONS.has(v.lower[i - 1])))) return true;
    if (v.entityAt[i] >= 0 || SUBJECT_PRONOUNS.has(w)) return false;
  }
  return false;
}

function passiveAt(v: SentenceView, t: number, p: TriggerPattern): boolean {
  if (p.form !== 'past') return false;
  const prev = prevWord(v, t);
  return prev >= 0 && BE_FORMS.has(v.lower[prev]) && v.lower[prev] !== "'s";
}

function reading(v: SentenceView, i: number, options: readonly TriggerPattern[]): Trigger | null {
  const verb = options.find((p) => p.pos === 'verb');
  const noun = options.find((p) => p.pos === 'noun');
  const last = i + options[0].tokens.length - 1;
  if (verb && noun) {
    return verbContext(v, i) ? asVerb(v, i, last, verb) : nounContext(v, i) ? asNoun(v, i, last, noun)
      : (asNoun(v, i, last, noun) ?? (verb.form === 'ing' || i === 0 ? null : asVerb(v, i, last, verb)));
  }
  if (noun) return verbContext(v, i) && !DETERMINERS.has(v.lower[i - 1] ?? '') ? null : asNoun(v, i, last, noun);
  const prev = v.lower[i - 1] ?? '';
  if (verb && (DETERMINERS.has(prev) || (PREPOSITIONS.has(prev) && prev !== 'to'))) return null; // "the attacked city", "secretary of state"
  return verb ? asVerb(v, i, last, verb) : null;
}

// The two readings of a trigger at tokens i..last (module functions, not closures: `reading` runs per candidate).
function asNoun(v: SentenceView, i: number, last: number, noun: TriggerPattern): Trigger | null {
  return eventiveNoun(v, i, last, last > i)
    ? { pattern: noun, first: i, last, pos: 'noun', passive: false, irrealis: irrealisAt(v, lightVerbStart(v, i)) }
    : null;
}

function asVerb(v: SentenceView, i: number, last: number, verb: TriggerPattern): Trigger {
  return { pattern: verb, first: i, last, pos: 'verb', passive: passiveAt(v, i, verb), irrealis: irrealisAt(v, i) };
}

const UPPER_RE = /^\p{Lu}/u;
const OPENERS: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '(', '—', ':']);

/** A capitalised word inside a sentence is part of a name ("Secretary of State", "Support Party"). */
function properNounUse(v: SentenceView, i: number): boolean {
  return i > 0 && UPPER_RE.test(v.tokens[i].text) && !OPENERS.has(v.lower[i - 1]) && v.tokens[i].text !== v.tokens[i].text.toUpperCase();
}

/** Where the verb phrase of an event noun starts ("will hold talks" → at "hold"). */
function lightVerbStart(v: SentenceView, t: number): number {
  for (let i = t - 1; i >= 0 && t - i <= 6; i--) if (LIGHT_VERBS.has(v.lower[i])) return i;
  return t;
}

export function findTriggers(v: SentenceView, taxonomy: Taxonomy): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    const options = matchAt(v, i, taxonomy);
    if (options.length === 0 || v.entityAt[i] >= 0 || properNounUse(v, i)) continue;
    const found = reading(v, i, options);
    if (found && !negated(v, i)) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}
