// Public types of the compare stage: what one article of a story brings (pure inputs, no store)
// and the richer results the contract shapes in src/model/export.ts are projected from.

export interface Span {
  start: number;
  end: number;
}

export interface CompareEntity {
  text: string;
  type: string;
  start: number;
  end: number;
  /** Linked entity key/id when entity linking ran; else a key is derived from type + name. */
  key?: string;
}

export interface CompareQuote {
  id: string;
  text: string;
  kind: string;
  start: number;
  end: number;
  speaker: { name: string; entity_id: string | null } | null;
  cue: string | null;
}

/** One article of a story, as the compare functions take it. */
export interface CompareArticle {
  id: string;
  outlet: { name: string } | null;
  outletGroups: string[];
  title: string | null;
  text: string;
  published: string | null;
  flags: { flag: string; evidence: string }[];
  sentences: Span[];
  entities: CompareEntity[];
  quotes: CompareQuote[];
}

/** The outlet groups of an outlet name (registry `groups`, or a user file). */
export type GroupsOf = (outletName: string) => string[];

/** A number stated in a claim, with the noun it counts ("troops", "percent"). */
export interface Quantity {
  value: number;
  /** Canonical unit (synonyms folded: soldiers/servicemen → troop). */
  unit: string;
  /** "more than", "about", … folded to a bound: 'min' (at least), 'max' (at most), 'approx', 'exact'. */
  bound: 'min' | 'max' | 'approx' | 'exact';
  text: string;
  start: number;
  end: number;
}

/** A claim: a sentence of narration, or a clause of a long compound sentence. */
export interface Claim {
  id: string;
  articleId: string;
  /** Index of the claim within its article (reading order). */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Content terms (stemmed, synonyms folded) with their counts. */
  terms: Map<string, number>;
  /** Entity keys mentioned in the claim. */
  entities: string[];
  /** Content terms that come from words inside entity names ("lake", "orin" of "Lake Orin"). */
  nameTerms: ReadonlySet<string>;
  quantities: Quantity[];
  /** Whether the claim carries a negation cue outside quotes ("not", "never", "no"). */
  negated: boolean;
  /** Stance sign of the claim (+1 support / −1 opposition / 0 none), negation composed in. */
  stance: number;
  /** Content terms of what the stance is about (empty without stance). */
  stanceTarget: string[];
  /** Share of the claim's characters inside quotation marks (0–1). */
  quoted: number;
}

export type CellState = 'reported' | 'differs' | 'absent';
