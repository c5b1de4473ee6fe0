// What the corpus steps after linking read of the entity index: the entity an article's local key
// links to, and each entity's name. The index itself keeps every local row with its aliases, roles
// and relations; the lookup keeps one link per local row so the index can be dropped before
// clustering. Links are numbers in typed columns, grouped by article (article ids, keys and entity
// ids interned): a Map of `${articleId}\u0000${key}` strings held 1.2M links in about 320 MB of
// heap at 93k generated articles, these columns in about 30 MB.

import { grownTo } from '../../util/grow-typed.js';
import { StringTable } from '../../util/string-table.js';

export interface LocalLink { article_id: string; key: string; entity_id: string }

export class EntityLookup {
  /** Entity id → canonical name. */
  readonly names: ReadonlyMap<string, string>;
  private readonly articles = new StringTable();
  private readonly keys = new StringTable();
  private readonly entities = new StringTable();
  /** Article number a's links are slots start[a] .. start[a + 1] - 1, in the order first given. */
  private readonly start: Int32Array;
  private readonly slotKey: Int32Array;
  private readonly slotEntity: Int32Array;

  constructor(links: Iterable<LocalLink>, names: Iterable<readonly [string, string]>) {
    this.names = new Map(names);
    // Links as given, in growable columns; then grouped by article (a stable counting sort).
    let n = 0;
    let art = new Int32Array(1024), key = new Int32Array(1024), ent = new Int32Array(1024);
    for (const l of links) {
      if (n === art.length) [art, key, ent] = [grownTo(art, n + 1), grownTo(key, n + 1), grownTo(ent, n + 1)];
      art[n] = this.articles.add(l.article_id);
      key[n] = this.keys.add(l.key);
      ent[n] = this.entities.add(l.entity_id);
      n++;
    }
    const articles = this.articles.size;
    const start = new Int32Array(articles + 1);
    for (let i = 0; i < n; i++) start[art[i] + 1]++;
    for (let a = 0; a < articles; a++) start[a + 1] += start[a];
    const fill = start.slice(0, articles);
    this.slotKey = new Int32Array(n);
    this.slotEntity = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const a = art[i];
      // A repeated (article, key) keeps its first place and takes the last entity, as a Map's set does.
      let s = start[a];
      while (s < fill[a] && this.slotKey[s] !== key[i]) s++;
      if (s === fill[a]) { this.slotKey[s] = key[i]; fill[a]++; }
      this.slotEntity[s] = ent[i];
    }
    // Compact out the slots repeats left empty (none in practice: keys are unique within an article).
    let w = 0;
    for (let a = 0; a < articles; a++) {
      const from = start[a], to = fill[a];
      start[a] = w;
      for (let s = from; s < to; s++, w++) { this.slotKey[w] = this.slotKey[s]; this.slotEntity[w] = this.slotEntity[s]; }
    }
    start[articles] = w;
    this.start = start;
    if (w < n) { this.slotKey = this.slotKey.slice(0, w); this.slotEntity = this.slotEntity.slice(0, w); }
  }

  /** Number of links. */
  get size(): number { return this.start[this.articles.size]; }

  /** The slot of an article's local key, or -1. */
  slotOf(articleId: string, key: string): number {
    const a = this.articles.numberOf(articleId), k = this.keys.numberOf(key);
    if (a === undefined || k === undefined) return -1;
    for (let s = this.start[a], end = this.start[a + 1]; s < end; s++) if (this.slotKey[s] === k) return s;
    return -1;
  }

  /** The global id of an article's local entity (null when the article has no such local key). */
  idOfLocal(articleId: string, key: string): string | null {
    const s = this.slotOf(articleId, key);
    return s < 0 ? null : this.entities.list[this.slotEntity[s]];
  }

  /** The entity id of a slot. */
  entityAt(slot: number): string { return this.entities.list[this.slotEntity[slot]]; }

  /** Every link, by article (in the order articles first came), then in the order given. */
  *links(filter?: (slot: number) => boolean): Generator<LocalLink> {
    for (let a = 0; a < this.articles.size; a++) {
      for (let s = this.start[a], end = this.start[a + 1]; s < end; s++) {
        if (!filter || filter(s)) yield { article_id: this.articles.list[a], key: this.keys.list[this.slotKey[s]], entity_id: this.entities.list[this.slotEntity[s]] };
      }
    }
  }
}
