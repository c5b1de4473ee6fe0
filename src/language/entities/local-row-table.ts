// Every article's local entity rows, as the corpus linker holds them: one row is eight numbers in
// typed columns, its strings and string lists interned. A corpus has about 13 rows per article
// (2.4M at 200k generated articles); as objects, even with their strings shared, they took about
// 280 bytes each, plus the index's maps around them, and the entities step's heap reached 0.6 GB
// at 200k (3 GB of RSS in a whole run, where the heap had grown during the read loop). Columns take
// 32 bytes a row.
import type { LocalEntityRow } from './store-state.js';
import type { LinkedType } from './types.js';

/** Interned values: the same text (or list) always gets the same number. */
class Interned<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<string, number>();
  number(id: string, make: () => T): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      this.numbers.set(id, (n = this.values.length));
      this.values.push(make());
    }
    return n;
  }
}

/** A shared list must not be changed through one row: it is frozen, so a push throws. */
const frozen = (list: string[]): string[] => Object.freeze(list) as readonly string[] as string[];

const COLUMNS = ['article', 'key', 'name', 'type', 'aliases', 'roles', 'related', 'mentions'] as const;
type Column = (typeof COLUMNS)[number];

export class LocalRowTable {
  private readonly strings = new Interned<string>();
  private readonly lists = new Interned<string[]>();
  private readonly articleIds = new Interned<string>();
  private readonly keys = new Interned<string>();
  private columns: Record<Column, Int32Array>;
  private count = 0;
  /** The article whose rows are being added, and the rows it has so far by key (a repeated key replaces its row). */
  private openArticle = -1;
  private openRows = new Map<number, number>();

  constructor(capacity = 1024) {
    this.columns = Object.fromEntries(COLUMNS.map((c) => [c, new Int32Array(capacity)])) as Record<Column, Int32Array>;
  }

  get size(): number { return this.count; }
  /** Distinct keys; key numbers run from 0 in the order keys were first added. */
  get keyCount(): number { return this.keys.values.length; }
  /** Distinct articles, numbered in the order first added. */
  get articleCount(): number { return this.articleIds.values.length; }

  /**
   * Adds one row. An article's rows must be added together (the store and the annotations give them
   * so); a key repeated within an article replaces the row it had, as the store's (article, key)
   * primary key does.
   */
  add(row: LocalEntityRow): void {
    const article = this.articleIds.number(row.article_id, () => row.article_id);
    const key = this.keys.number(row.key, () => row.key);
    if (article !== this.openArticle) { this.openArticle = article; this.openRows.clear(); }
    let at = this.openRows.get(key);
    if (at === undefined) {
      if (this.count === this.columns.article.length) this.grow();
      this.openRows.set(key, (at = this.count++));
    }
    const c = this.columns;
    c.article[at] = article; c.key[at] = key;
    c.name[at] = this.string(row.name); c.type[at] = this.string(row.type);
    c.aliases[at] = this.list(row.aliases); c.roles[at] = this.list(row.roles); c.related[at] = this.list(row.related);
    c.mentions[at] = row.mentions;
  }

  articleOf(i: number): number { return this.columns.article[i]; }
  articleId(article: number): string { return this.articleIds.values[article]; }
  keyOf(i: number): number { return this.columns.key[i]; }
  keyText(key: number): string { return this.keys.values[key]; }
  mentionsOf(i: number): number { return this.columns.mentions[i]; }
  rolesOf(i: number): string[] { return this.lists.values[this.columns.roles[i]]; }
  relatedOf(i: number): string[] { return this.lists.values[this.columns.related[i]]; }

  /** Row i as an object (made on demand; its lists are the table's shared, frozen ones). */
  row(i: number): LocalEntityRow {
    const c = this.columns, s = this.strings.values, l = this.lists.values;
    // The property order is the stored JSON's (entity_locals.data).
    return {
      article_id: this.articleIds.values[c.article[i]], key: this.keys.values[c.key[i]], name: s[c.name[i]], type: s[c.type[i]] as LinkedType,
      aliases: l[c.aliases[i]], roles: l[c.roles[i]], mentions: c.mentions[i], related: l[c.related[i]],
    };
  }

  /** Rows from..to-1 as objects, one at a time. */
  *rows(from = 0, to = this.count): Generator<LocalEntityRow> {
    for (let i = from; i < to; i++) yield this.row(i);
  }

  private string(s: string): number { return this.strings.number(s, () => s); }

  private list(list: readonly string[]): number {
    return this.lists.number(JSON.stringify(list), () => frozen(list.map((s) => this.strings.values[this.string(s)])));
  }

  private grow(): void {
    for (const c of COLUMNS) {
      const wider = new Int32Array(this.columns[c].length * 2);
      wider.set(this.columns[c]);
      this.columns[c] = wider;
    }
  }
}
