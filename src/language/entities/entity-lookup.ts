// What the corpus steps after linking read of the entity index: the entity an article's local key
// links to, and each entity's name. The index itself keeps every local row with its aliases, roles
// and relations; the lookup keeps one link per local row so the index can be dropped before
// clustering. Links are numbers in typed columns, grouped by article (article ids, keys and entity
// ids interned): a Map of `${articleId}\u0000${key}` strings held 1.2M links in about 320 MB of
// heap at 93k generated articles, these columns in about 30 MB.

export interface LocalLink { article_id: string; key: string; entity_id: string }

export class EntityLookup {
  /** Entity id → canonical name. */
  readonly names: ReadonlyMap<string, string>;
  private readonly articleNo = new Map<string, number>();
  private readonly articleIds: string[] = [];
  private readonly keyNo = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly entityIds: string[] = [];
  /** Article number a's links are slots start[a] .. start[a + 1] - 1, in the order first given. */
  private readonly start: Int32Array;
  private readonly slotKey: Int32Array;
  private readonly slotEntity: Int32Array;

  constructor(links: Iterable<LocalLink>, names: Iterable<readonly [string, string]>) {
    this.names = new Map(names);
    // Links as given, in growable columns; then grouped by article (a stable counting sort).
    let n = 0;
    let art = new Int32Array(1024), key = new Int32Array(1024), ent = new Int32Array(1024);
    const entityNo = new Map<string, number>();
    for (const l of links) {
      if (n === art.length) [art, key, ent] = [grow(art), grow(key), grow(ent)];
      art[n] = intern(this.articleNo, this.articleIds, l.article_id);
      key[n] = intern(this.keyNo, this.keys, l.key);
      ent[n] = intern(entityNo, this.entityIds, l.entity_id);
      n++;
    }
    const articles = this.articleIds.length;
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
  get size(): number { return this.start[this.articleIds.length]; }

  /** The slot of an article's local key, or -1. */
  slotOf(articleId: string, key: string): number {
    const a = this.articleNo.get(articleId), k = this.keyNo.get(key);
    if (a === undefined || k === undefined) return -1;
    for (let s = this.start[a], end = this.start[a + 1]; s < end; s++) if (this.slotKey[s] === k) return s;
    return -1;
  }

  /** The global id of an article's local entity (null when the article has no such local key). */
  idOfLocal(articleId: string, key: string): string | null {
    const s = this.slotOf(articleId, key);
    return s < 0 ? null : this.entityIds[this.slotEntity[s]];
  }

  /** The entity id of a slot. */
  entityAt(slot: number): string { return this.entityIds[this.slotEntity[slot]]; }

  /** Every link, by article (in the order articles first came), then in the order given. */
  *links(filter?: (slot: number) => boolean): Generator<LocalLink> {
    for (let a = 0; a < this.articleIds.length; a++) {
      for (let s = this.start[a], end = this.start[a + 1]; s < end; s++) {
        if (!filter || filter(s)) yield { article_id: this.articleIds[a], key: this.keys[this.slotKey[s]], entity_id: this.entityIds[this.slotEntity[s]] };
      }
    }
  }
}

function intern(no: Map<string, number>, list: string[], s: string): number {
  let i = no.get(s);
  if (i === undefined) { no.set(s, (i = list.length)); list.push(s); }
  return i;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
