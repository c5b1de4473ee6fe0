// Loads the word lists in data/gazetteers/ once and answers two questions quickly: which lists a
// single token belongs to (a bit mask), and which multi-token entries start at a position.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';
import { tokenize } from '../tokens/tokenize.js';

/** Gazetteer files in bit order: the order is part of the model's feature definition. */
export const GAZETTEER_NAMES = [
  'countries', 'cities', 'admin-regions', 'geo-features', 'geo-keywords', 'demonyms', 'norp-groups',
  'international-bodies', 'first-names', 'person-titles', 'org-suffixes', 'event-keywords',
] as const;
export type GazetteerName = (typeof GAZETTEER_NAMES)[number];
export const GAZ_BIT: Readonly<Record<GazetteerName, number>> = Object.fromEntries(
  GAZETTEER_NAMES.map((n, i) => [n, 1 << i]),
) as Record<GazetteerName, number>;

// Lists whose lower-case entries are role words ("spokesperson"): matched without a capital.
const CASE_FREE = GAZ_BIT['person-titles'];
const UPPER_START_RE = /^\p{Lu}/u;

export interface Phrase {
  /** The entry's tokens after the first (lower case). */
  rest: string[];
  bit: number;
}

export interface Gazetteers {
  /** Bit mask of lists containing `word` as a one-token entry (`lower`: its lower case, when known). */
  tokenBits(word: string, lower?: string): number;
  /** Phrases of 2+ tokens starting at `i`: for each, its length and list bit. */
  phrasesAt(tokens: readonly { lowerText: string }[], i: number, out: { length: number; bit: number }[]): void;
  /** The phrases of 2+ tokens whose first token is `lower` (in list order), or undefined. */
  phrasesStartingWith(lower: string): readonly Phrase[] | undefined;
  /** Whether the whole (normalised, lower-case) name is an entry of `list`. */
  has(list: GazetteerName, name: string): boolean;
  /** Bit mask (GAZ_BIT) of the lists having the whole (normalised, lower-case) name as an entry. */
  lists(name: string): number;
}

function readList(name: string): string[] {
  const raw = JSON.parse(readFileSync(dataPath('gazetteers', `${name}.json`), 'utf8')) as { entries: string[] };
  return raw.entries;
}

/** Lower-cases and joins tokens with single spaces, the key form of every lookup. */
export function normaliseName(text: string): string {
  return tokenize(text).map((t) => t.text.toLowerCase()).join(' ');
}

function build(): Gazetteers {
  const single = new Map<string, number>();
  const phrases = new Map<string, Phrase[]>();
  const whole = new Map<string, number>();
  for (const name of GAZETTEER_NAMES) {
    const bit = GAZ_BIT[name];
    for (const entry of readList(name)) {
      const toks = tokenize(entry).map((t) => t.text.toLowerCase());
      const key = toks.join(' ');
      whole.set(key, (whole.get(key) ?? 0) | bit);
      if (toks.length === 1) single.set(toks[0], (single.get(toks[0]) ?? 0) | bit);
      else {
        const list = phrases.get(toks[0]) ?? [];
        list.push({ rest: toks.slice(1), bit });
        phrases.set(toks[0], list);
      }
    }
  }
  return {
    tokenBits(word, lower = word.toLowerCase()) {
      const bits = single.get(lower) ?? 0;
      return bits === 0 || UPPER_START_RE.test(word) ? bits : bits & CASE_FREE;
    },
    phrasesAt(lower, i, out) {
      out.length = 0;
      const cands = phrases.get(lower[i].lowerText);
      if (!cands) return;
      for (const p of cands) {
        if (i + p.rest.length >= lower.length) continue;
        let ok = true;
        for (let k = 0; k < p.rest.length && ok; k++) ok = lower[i + 1 + k].lowerText === p.rest[k];
        if (ok) out.push({ length: p.rest.length + 1, bit: p.bit });
      }
    },
    phrasesStartingWith(lower) {
      return phrases.get(lower);
    },
    has(list, name) {
      return ((whole.get(name) ?? 0) & GAZ_BIT[list]) !== 0;
    },
    lists(name) {
      return whole.get(name) ?? 0;
    },
  };
}

let cached: Gazetteers | null = null;

/** The shared gazetteers (read from data/gazetteers on first use). */
export function gazetteers(): Gazetteers {
  return (cached ??= build());
}
