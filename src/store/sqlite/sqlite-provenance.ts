// The provenance stage's rows on SQLite: reads by key through indexes (never a scan; per LSH key the
// most recent BUCKET_CANDIDATES ids, as the ProvenanceIndex contract allows), and one
// transaction per step for the index changes and the affected articles' own exported fields.
import type Database from 'better-sqlite3';
import { BUCKET_CANDIDATES } from '../../provenance/config.js';
import type { CopyLink, LineageRecord } from '../../provenance/types.js';
import type { ProvenanceRepository, ProvenanceResult } from '../repository.js';
import type { ProvenanceChanges, ProvenanceFetch, ProvenanceRows } from '../provenance-rows.js';
import { decodeSummary, encodeSummary, provenanceInput, type SummaryRow } from '../summary-codec.js';

/** Ids or LSH keys read per statement (a JSON array of ~10 KB). */
const READ_CHUNK = 500;

function* chunks<T>(list: readonly T[]): Generator<T[]> {
  for (let start = 0; start < list.length; start += READ_CHUNK) yield list.slice(start, start + READ_CHUNK);
}

export class SqliteProvenance implements ProvenanceRepository {
  private readonly s;
  constructor(private readonly db: Database.Database) {
    this.s = {
      // Articles and summaries by a JSON array of ids, one statement for many (as keys, below).
      articles: db.prepare('SELECT a.data FROM json_each(?) k CROSS JOIN articles a ON a.id = k.value').pluck(),
      // Without the keys: see decodeSummary.
      summaries: db.prepare('SELECT s.article_id, text_hash, scalars, signature, paragraphs FROM json_each(?) k CROSS JOIN prov_summaries s ON s.article_id = k.value'),
      group: db.prepare('SELECT article_id FROM prov_groups WHERE text_hash = ? ORDER BY seq').pluck(),
      // Many keys in one statement (their index in the JSON array, their newest ids oldest first): a
      // step reads ~140k keys, and one statement per key cost twice the index reads themselves (50k
      // generated store, 88k keys of its last articles: 16.8 CPU-µs a key one by one, 8.0-8.6 batched).
      keys: db.prepare(`SELECT k.key, (SELECT json_group_array(article_id ORDER BY seq) FROM
        (SELECT seq, article_id FROM prov_keys WHERE key = k.value ORDER BY seq DESC LIMIT @limit)) FROM json_each(@keys) k`).raw(),
      links: db.prepare('SELECT data FROM prov_links WHERE a = ? UNION ALL SELECT data FROM prov_links WHERE b = ?').pluck(),
      lineage: db.prepare('SELECT data FROM prov_lineage WHERE article_id = ?').pluck(),
      copies: db.prepare('SELECT article_id FROM prov_lineage WHERE original_id = ? ORDER BY article_id').pluck(),
      putSummary: db.prepare('INSERT OR REPLACE INTO prov_summaries (article_id, text_hash, scalars, signature, keys, paragraphs) VALUES (@article_id, @text_hash, @scalars, @signature, @keys, @paragraphs)'),
      addToGroup: db.prepare('INSERT OR IGNORE INTO prov_groups (text_hash, article_id) VALUES (?, ?)'),
      addKey: db.prepare('INSERT INTO prov_keys (key, article_id) VALUES (?, ?)'),
      putLink: db.prepare('INSERT OR REPLACE INTO prov_links (a, b, data) VALUES (?, ?, ?)'),
      putLineage: db.prepare('INSERT OR REPLACE INTO prov_lineage (article_id, original_id, data) VALUES (?, ?, ?)'),
      putResult: db.prepare('INSERT OR REPLACE INTO article_provenance (article_id, data) VALUES (?, ?)'),
      clearFlags: db.prepare("DELETE FROM article_flags WHERE article_id = ? AND stage = 'provenance'"),
      insertFlag: db.prepare("INSERT OR IGNORE INTO article_flags (article_id, flag, stage) VALUES (?, ?, 'provenance')"),
      pending: db.prepare('SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM prov_summaries s WHERE s.article_id = a.id) ORDER BY a.id LIMIT ?').pluck(),
    };
  }

  async fetch(f: ProvenanceFetch): Promise<ProvenanceRows> {
    // One read transaction: a consistent snapshot even while another connection writes.
    return this.db.transaction(() => this.fetchNow(f))();
  }

  fetchNow(f: ProvenanceFetch): ProvenanceRows {
    const s = this.s;
    const rows: ProvenanceRows = { articles: [], summaries: [], groups: [], keys: [], links: [], lineage: [], copies: [] };
    for (const chunk of chunks(f.articles)) for (const d of s.articles.all(JSON.stringify(chunk)) as string[]) rows.articles.push(provenanceInput(d));
    for (const chunk of chunks(f.summaries)) for (const r of s.summaries.all(JSON.stringify(chunk)) as SummaryRow[]) rows.summaries.push(decodeSummary(r));
    for (const hash of f.groups) { const ids = s.group.all(hash) as string[]; if (ids.length) rows.groups.push({ hash, ids }); }
    for (const chunk of chunks(f.keys)) {
      for (const [i, json] of s.keys.all({ keys: JSON.stringify(chunk), limit: BUCKET_CANDIDATES }) as [number, string][]) {
        const ids = JSON.parse(json) as string[];
        if (ids.length) rows.keys.push({ key: chunk[i], ids });
      }
    }
    const seen = new Set<string>();
    for (const id of f.links) {
      for (const d of s.links.all(id, id) as string[]) {
        const l = JSON.parse(d) as CopyLink;
        const k = `${l.a}\u0000${l.b}`;
        if (!seen.has(k)) { seen.add(k); rows.links.push(l); }
      }
    }
    for (const id of f.lineage) { const d = s.lineage.get(id) as string | undefined; if (d) rows.lineage.push(JSON.parse(d) as LineageRecord); }
    for (const id of f.copies) { const ids = s.copies.all(id) as string[]; if (ids.length) rows.copies.push({ id, ids }); }
    return rows;
  }

  /**
   * A step's run phase reads a row at a time as the algorithm asks (fetchNow), while the read loop
   * commits on another connection: each read was its own transaction, and each one after a commit
   * began with an empty page cache. 20k generated articles, 2 threads: the provenance thread made
   * 2.42M read calls (9.5 GB) before, 1.30M with its run phase in one transaction. 50k, 2 threads:
   * its steps took 235 CPU-s, against 264-326 in six earlier runs of the trees before.
   */
  readingNow<T>(read: () => T): T {
    return this.db.transaction(read)();
  }

  async commit(c: ProvenanceChanges, results: ProvenanceResult[]): Promise<void> {
    const s = this.s;
    this.db.transaction(() => {
      for (const sum of c.summaries) s.putSummary.run(encodeSummary(sum));
      for (const g of c.groupAdds) s.addToGroup.run(g.hash, g.id);
      for (const [key, id] of inKeyOrder(c.keys)) s.addKey.run(key, id);
      for (const l of c.links) s.putLink.run(l.a, l.b, JSON.stringify(l));
      for (const r of c.lineage) s.putLineage.run(r.id, r.original?.article_id ?? null, JSON.stringify(r));
      for (const r of results) {
        s.putResult.run(r.article_id, JSON.stringify(r));
        s.clearFlags.run(r.article_id);
        for (const f of r.flags) s.insertFlag.run(r.article_id, f.flag);
      }
    })();
  }

  async pendingArticleIds(limit: number): Promise<string[]> {
    return this.s.pending.all(limit) as string[];
  }
}

/**
 * A step's key rows in key order, rows of one key in their given order (so each key's seq order, all
 * a read sees, is the same). A step adds ~140k keys spread over the whole index: taken in the given
 * order, each insert lands on a random leaf of an index larger than SQLite's page cache; in key order,
 * consecutive inserts share pages (140k keys of the 100k generated store, three rounds measured
 * alone: 2.7, 2.0, 2.0 CPU-s in the given order; 2.0, 1.4, 1.2 s in key order).
 */
function inKeyOrder(rows: readonly { id: string; keys: readonly number[] }[]): [number, string][] {
  const out: [number, string][] = [];
  for (const r of rows) for (const key of r.keys) out.push([key, r.id]);
  return out.sort((x, y) => x[0] - y[0]); // Array.prototype.sort is stable
}
