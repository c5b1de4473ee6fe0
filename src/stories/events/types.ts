// Public types of event extraction, merging and timelines.

/** An entity mention with an opaque key (the entity linker's id, or a normalised name as fallback). */
export interface EventEntity {
  key: string;
  name: string;
  type: string;
  /** Character offsets into the article text. */
  start: number;
  end: number;
}

/** A temporal expression as the dates stage reports it (TIMEX3 value). */
export interface EventDateInput {
  start: number;
  end: number;
  value: string;
  type?: string;
}

export interface ExtractEventsOptions {
  /** ISO publication date (of the original when the article is a copy); used for unstated dates. */
  published: string | null;
  sentences: readonly { start: number; end: number }[];
  entities: readonly EventEntity[];
  dates: readonly EventDateInput[];
  /** Tokens of the whole text from the language stage (saves tokenising again); computed when absent. */
  tokens?: readonly { text: string; start: number; end: number }[];
  /** With `tokens`: the lower-case form of each token (the tagger's shared strings); computed when absent. */
  lower?: readonly string[];
  /** Quoted spans (character offsets of the inside); computed from quote marks when absent. */
  quotes?: readonly { start: number; end: number }[];
}

export interface EventParty {
  key: string;
  name: string;
  type: string;
  /** In an article's event: the mention in the evidence sentence (a pronoun when resolved through one). */
  mention?: { start: number; end: number };
}

export type DateSource = 'stated' | 'published' | 'none';

/** One event as one article reports it. */
export interface ArticleEvent {
  kind: string;
  /** CAMEO root (or sub-code) of the kind; null for kinds outside CAMEO (vote). */
  cameo: string | null;
  score: number;
  trigger: { text: string; start: number; end: number };
  actor: EventParty | null;
  target: EventParty | null;
  /** Actor, target and the other parties of the trigger's clause, actor first, no repeats. */
  participants: EventParty[];
  place: EventParty | null;
  /** TIMEX3 value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) or null. */
  date: string | null;
  date_source: DateSource;
  /** The date expression that dates the event, when stated (its value may not resolve to a calendar date without a publication date). */
  date_expression: { text: string; start: number; end: number } | null;
  evidence: { text: string; start: number; end: number };
  /** Inside a quotation or the complement of a reporting verb: the speaker's claim, not narrated fact. */
  reported: boolean;
  /** Said to happen later or meant ("will meet", "pledged to support"): not (yet) a happening. */
  irrealis: boolean;
}

/** One article's events, as the corpus merge takes them. */
export interface ArticleEvents {
  article_id: string;
  events: readonly ArticleEvent[];
}

/** A report of a merged event in one article (GDELT's Mentions table). */
export interface EventMention {
  article_id: string;
  event: ArticleEvent;
}

/** The same happening, reported by one or more articles. */
export interface MergedEvent {
  id: string;
  kind: string;
  family: string;
  score: number;
  date: string | null;
  actor: EventParty | null;
  target: EventParty | null;
  participants: EventParty[];
  place: EventParty | null;
  mentions: EventMention[];
  article_ids: string[];
}
