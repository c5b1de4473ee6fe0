// The entity index as plain rows, for a store to save and reload (the SQLite store maps each array
// to a table). Only `locals` is needed to rebuild the index; the other arrays are derived from it
// and kept for querying (entity pages, alias search, article → entity links).
import type { LinkedType } from './types.js';

/** One local entity of one article, as linking produced it (the index's input facts). */
export interface LocalEntityRow {
  article_id: string;
  key: string;
  name: string;
  type: LinkedType;
  aliases: string[];
  roles: string[];
  /** Number of mentions in the article. */
  mentions: number;
  related: string[];
}

export interface EntityRow {
  id: string;
  /** The key whose hash is the id (the cluster's anchor name). */
  anchor_key: string;
  name: string;
  type: LinkedType;
  roles: string[];
  mentions: number;
}

export interface AliasRow {
  entity_id: string;
  alias: string;
}

export interface ArticleLinkRow {
  article_id: string;
  key: string;
  entity_id: string;
}

export interface EntityStoreState {
  locals: LocalEntityRow[];
  entities: EntityRow[];
  aliases: AliasRow[];
  links: ArticleLinkRow[];
}

/** Where an EntityIndex keeps its state between runs. */
export interface EntityStore {
  /** The saved state, or null when nothing was saved yet. */
  load(): EntityStoreState | null;
  save(state: EntityStoreState): void;
}
