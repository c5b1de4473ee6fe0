// Public types of entity linking: one article's local entities, and the rows of the corpus index.
import type { Span } from '../sentences/split-sentences.js';

export type { Span };

/** Entity types that linking keeps (numeric and temporal mentions are not linked). */
export type LinkedType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'EVENT' | 'MISC';

export interface MentionSpan {
  start: number;
  end: number;
  text: string;
}

/** One entity of one article: every mention of it, its fullest name and the roles the article states. */
export interface LocalEntity {
  /** Canonical key, unique within the article: type class + normalised canonical name, e.g. "PERSON:wang yi". */
  key: string;
  /** Fullest form in the article ("Wang Yi"); for entities in data/aliases.json, the table's name. */
  name: string;
  type: LinkedType;
  /** Other surface forms in the article ("Wang", "Beijing" for the government of China, "CCP"). */
  aliases: string[];
  /** Titles and roles the article states ("Chinese Foreign Minister", "former Chinese diplomat"). */
  roles: string[];
  /** Every mention, by offset; title-only mentions ("the spokesman") included. */
  mentions: MentionSpan[];
  /** People only: keys of entities mentioned in the same or adjacent sentences, the most frequent first (context for cross-article merging). */
  related: string[];
}

/** Where a mention points: index into `entities`. Sorted by start; spans never overlap. */
export interface MentionRef {
  start: number;
  end: number;
  entity: number;
}

export interface ArticleEntities {
  entities: LocalEntity[];
  /** All mentions of all entities, sorted by offset, for offset lookups (see entityAt). */
  spans: MentionRef[];
}
