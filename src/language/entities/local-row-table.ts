// Every article's local entity rows, as the corpus linker holds them: one row is eight numbers in
// typed columns, its strings and string lists interned. A corpus has about 13 rows per article
// (2.4M at 200k generated articles); as objects, even with their strings shared, they took about
// 280 bytes each, plus the index's maps around them, and the entities step's heap reached 0.6 GB
// at 200k (3 GB of RSS in a whole run, where the heap had grown during the read loop). Columns take
// 32 bytes a row.
import type { LocalEntityRow } from './store-state.js';
import type { LinkedType } from './types.js';
import { grownTo } from '../../util/grow-typed.js';
import { StringTable } from '../../util/string-table.js';

/** A shared list must not be changed through one row: it is frozen, so a push throws. */
const frozen = (list: string[]): string[] => Object.freeze(list) as readonly string[] as string[];

const COLUMNS = ['article', 'key', 'name', 'type', 'aliases', 'roles', 'related', 'mentions'] as const;
type Column = (typeof COLUMNS)[number];

export class LocalRowTable {
  private readonly strings = new StringTable();
  /** Lists by their JSON; `lists` holds each as a frozen array of the table's strings. */
  private readonly listKeys = new StringTable();
  private readonly lists: string[][] = [];
  private readonly articleIds = new StringTable();
  private readonly keys = new StringTable();
  private columns: Record<Column, Int32Array<ArrayBuffer>>;
  private count = 0;
  /** The article whose rows are being added, and the rows it has so far by key (a repeated key replaces its row). */
  private openArticle = -1;
  private openRows = new Map<number, number>();

  constructor(capacity = 1024) {
    this.columns = Object.fromEntries(COLUMNS.map((c) => [c, new Int32Array(capacity)])) as Record<Column, Int32Array<ArrayBuffer>>;
  }

  get size(): number { return this.count; }
  /** Distinct keys; key numbers run from 0 in the order keys were first added. */
  get keyCount(): number { return this.keys.size; }

  /**
   * Adds one row. An article's rows must be added together (the store and the annotations give them
   * so); a key repeated within an article replaces the row it had, as the store's (article, key)
   * primary key does.
   */
  add(row: LocalEntityRow): void {
    const article = this.articleIds.add(row.article_id);
    const key = this.keys.add(row.key);
    if (article !== this.openArticle) { this.openArticle = article; this.openRows.clear(); }
    let at = this.openRows.get(key);
    if (at === undefined) {
      if (this.count === this.columns.article.length) for (const c of COLUMNS) this.columns[c] = grownTo(this.columns[c], this.count + 1);
      this.openRows.set(key, (at = this.count++));
    }
    const c = this.columns;
    c.article[at] = article; c.key[at] = key;
    c.name[at] = this.string(row.name); c.type[at] = this.string(row.type);
    c.aliases[at] = this.list(row.aliases); c.roles[at] = this.list(row.roles); c.related[at] = this.list(row.related);
    c.mentions[at] = row.mentions;
  }

  articleOf(i: number): number { return this.columns.article[i]; }
  articleId(article: number): string { return this.articleIds.list[article]; }
  keyOf(i: number): number { return this.columns.key[i]; }
  keyText(key: number): string { return this.keys.list[key]; }
  mentionsOf(i: number): number { return this.columns.mentions[i]; }
  rolesOf(i: number): string[] { return this.lists[this.columns.roles[i]]; }
  relatedOf(i: number): string[] { return this.lists[this.columns.related[i]]; }

  /** Row i as an object (made on demand; its lists are the table's shared, frozen ones). */
  row(i: number): LocalEntityRow {
    const c = this.columns, s = this.strings.list, l = this.lists;
    // The property order is the stored JSON's (entity_locals.data).
    return {
      article_id: this.articleIds.list[c.article[i]], key: this.keys.list[c.key[i]], name: s[c.name[i]], type: s[c.type[i]] as LinkedType,
      aliases: l[c.aliases[i]], roles: l[c.roles[i]], mentions: c.mentions[i], related: l[c.related[i]],
    };
  }

  /** Rows from..to-1 as objects, one at a time. */
  *rows(from = 0, to = this.count): Generator<LocalEntityRow> {
    for (let i = from; i < to; i++) yield this.row(i);
  }

  private string(s: string): number { return this.strings.add(s); }

  private list(list: readonly string[]): number {
    const n = this.listKeys.add(JSON.stringify(list));
    if (n === this.lists.length) this.lists.push(frozen(list.map((s) => this.strings.list[this.string(s)])));
    return n;
  }
}
