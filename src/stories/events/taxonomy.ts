// The action taxonomy (data/lexicons/event-actions.json) compiled into a trigger lookup by first token.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';

export interface ActionKind {
  kind: string;
  label: string;
  cameo: string | null;
  score: number;
  family: string;
  verbs: string[];
  phrases: string[];
  nouns: string[];
}

export type VerbForm = 'base' | 's' | 'past' | 'ing';

/** One trigger: a token sequence (lower case) that names an action as a verb or as a noun. */
export interface TriggerPattern {
  tokens: string[];
  kind: ActionKind;
  pos: 'verb' | 'noun';
  lemma: string;
  /** For verbs: the inflection of the first token. */
  form: VerbForm | null;
}

export interface Taxonomy {
  kinds: ActionKind[];
  byKind: Map<string, ActionKind>;
  /** Patterns by first token, longest first. */
  byFirst: Map<string, TriggerPattern[]>;
}

interface TaxonomyFile {
  kinds: ActionKind[];
  irregular: Record<string, string[]>;
}

const SIBILANT = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y = /[^aeiou]y$/;

/** Regular inflections of an English verb (irregular ones come from the data file). */
function inflect(lemma: string): [string, VerbForm][] {
  const s = SIBILANT.test(lemma) ? lemma + 'es' : CONSONANT_Y.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  const past = lemma.endsWith('e') ? lemma + 'd' : CONSONANT_Y.test(lemma) ? lemma.slice(0, -1) + 'ied' : lemma + 'ed';
  const ing = lemma.endsWith('ie') ? lemma.slice(0, -2) + 'ying' : /[^e]e$/.test(lemma) ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
  return [[lemma, 'base'], [s, 's'], [past, 'past'], [ing, 'ing']];
}

function irregularForm(form: string): VerbForm {
  return form.endsWith('ing') ? 'ing' : form.endsWith('s') ? 's' : 'past';
}

function plural(noun: string): string {
  if (noun.endsWith('s')) return noun;
  return SIBILANT.test(noun) ? noun + 'es' : CONSONANT_Y.test(noun) ? noun.slice(0, -1) + 'ies' : noun + 's';
}

const words = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);

function verbPatterns(kind: ActionKind, entry: string, irregular: Record<string, string[]>): TriggerPattern[] {
  const [head, ...rest] = words(entry);
  const forms = inflect(head);
  for (const f of irregular[head] ?? []) forms.push([f, irregularForm(f)]);
  return forms.map(([form, tag]) => ({ tokens: [form, ...rest], kind, pos: 'verb' as const, lemma: head, form: tag }));
}

function nounPatterns(kind: ActionKind, entry: string): TriggerPattern[] {
  const toks = words(entry);
  const last = toks[toks.length - 1];
  const forms = new Set([last, plural(last)]);
  return [...forms].map((f) => ({ tokens: [...toks.slice(0, -1), f], kind, pos: 'noun' as const, lemma: toks.join(' '), form: null }));
}

export function compileTaxonomy(file: TaxonomyFile): Taxonomy {
  const byFirst = new Map<string, TriggerPattern[]>();
  const add = (p: TriggerPattern): void => {
    const list = byFirst.get(p.tokens[0]) ?? [];
    if (!list.some((q) => q.pos === p.pos && q.kind === p.kind && q.tokens.join(' ') === p.tokens.join(' '))) list.push(p);
    byFirst.set(p.tokens[0], list);
  };
  for (const kind of file.kinds) {
    for (const v of [...kind.verbs, ...kind.phrases]) verbPatterns(kind, v, file.irregular).forEach(add);
    for (const n of kind.nouns) nounPatterns(kind, n).forEach(add);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { kinds: file.kinds, byKind: new Map(file.kinds.map((k) => [k.kind, k])), byFirst };
}

let cached: Taxonomy | null = null;

/** The shipped taxonomy (read once per thread). */
export function taxonomy(): Taxonomy {
  return (cached ??= compileTaxonomy(JSON.parse(readFileSync(dataPath('lexicons', 'event-actions.json'), 'utf8')) as TaxonomyFile));
}
