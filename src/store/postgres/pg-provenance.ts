// The provenance stage's rows on PostgreSQL: each kind of row is read for a whole list of ids or
// keys in one statement (= ANY), and one step's changes are written in one transaction.
import type pg from 'pg';
import { BUCKET_CANDIDATES } from '../../provenance/config.js';
import type { CopyLink, LineageRecord } from '../../provenance/types.js';
import type { ProvenanceRepository, ProvenanceResult } from '../repository.js';
import type { ProvenanceChanges, ProvenanceFetch, ProvenanceRows } from '../provenance-rows.js';
import { decodeSummary, encodeSummary, provenanceInput, type SummaryRow } from '../summary-codec.js';
import { chunks, inTransaction } from './pg-connection.js';

/** Groups rows by a column, keeping their order. */
function groupBy<R>(rows: R[], key: (r: R) => string, value: (r: R) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(value(r));
    else out.set(k, [value(r)]);
  }
  return out;
}

export class PgProvenance implements ProvenanceRepository {
  constructor(private readonly pool: pg.Pool) {}

  async fetch(f: ProvenanceFetch): Promise<ProvenanceRows> {
    const rows: ProvenanceRows = { articles: [], summaries: [], groups: [], keys: [], links: [], lineage: [], copies: [] };
    // One repeatable-read transaction: every list sees the same snapshot.
    await inTransaction(this.pool, async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const q = async <R extends pg.QueryResultRow>(sql: string, list: unknown[]): Promise<R[]> => {
        const out: R[] = [];
        for (const part of chunks(list)) out.push(...(await c.query<R>(sql, [part])).rows);
        return out;
      };
      for (const r of await q<{ data: string }>('SELECT data FROM articles WHERE id = ANY($1::text[])', f.articles)) rows.articles.push(provenanceInput(r.data));
      for (const r of await q<SummaryRow>('SELECT * FROM prov_summaries WHERE article_id = ANY($1::text[])', f.summaries)) rows.summaries.push(decodeSummary(r));
      const groups = await q<{ text_hash: string; article_id: string }>('SELECT text_hash, article_id FROM prov_groups WHERE text_hash = ANY($1::text[]) ORDER BY text_hash, seq', f.groups);
      for (const [hash, ids] of groupBy(groups, (r) => r.text_hash, (r) => r.article_id)) rows.groups.push({ hash, ids });
      // Keys are 52-bit integers: sent and read back as decimal text, exact. Per key the most recent
      // BUCKET_CANDIDATES ids (the ProvenanceIndex contract), oldest first.
      const keys = await q<{ key: string; article_id: string }>(
        `SELECT k.key::text AS key, p.article_id FROM unnest($1::bigint[]) AS k(key)
         CROSS JOIN LATERAL (SELECT article_id, seq FROM prov_keys WHERE prov_keys.key = k.key ORDER BY seq DESC LIMIT ${BUCKET_CANDIDATES}) p
         ORDER BY k.key, p.seq`,
        [...new Set(f.keys)].map(String), // a repeated key would join its rows twice
      );
      for (const [key, ids] of groupBy(keys, (r) => r.key, (r) => r.article_id)) rows.keys.push({ key: Number(key), ids });
      const links = await q<{ data: string }>('SELECT data FROM prov_links WHERE a = ANY($1::text[]) OR b = ANY($1::text[])', f.links);
      for (const r of links) rows.links.push(JSON.parse(r.data) as CopyLink);
      for (const r of await q<{ data: string }>('SELECT data FROM prov_lineage WHERE article_id = ANY($1::text[])', f.lineage)) rows.lineage.push(JSON.parse(r.data) as LineageRecord);
      const copies = await q<{ original_id: string; article_id: string }>('SELECT original_id, article_id FROM prov_lineage WHERE original_id = ANY($1::text[]) ORDER BY original_id, article_id', f.copies);
      for (const [id, ids] of groupBy(copies, (r) => r.original_id, (r) => r.article_id)) rows.copies.push({ id, ids });
    });
    return rows;
  }

  async commit(changes: ProvenanceChanges, results: ProvenanceResult[]): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      for (const part of chunks(changes.summaries.map(encodeSummary), 1000)) {
        await c.query(
          `INSERT INTO prov_summaries (article_id, text_hash, scalars, signature, keys, paragraphs)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[], $5::bytea[], $6::bytea[])
           ON CONFLICT (article_id) DO UPDATE SET text_hash = EXCLUDED.text_hash, scalars = EXCLUDED.scalars,
             signature = EXCLUDED.signature, keys = EXCLUDED.keys, paragraphs = EXCLUDED.paragraphs`,
          [part.map((s) => s.article_id), part.map((s) => s.text_hash), part.map((s) => s.scalars), part.map((s) => s.signature), part.map((s) => s.keys), part.map((s) => s.paragraphs)],
        );
      }
      // One row at a time, in order: the identity column must follow the order of the additions.
      for (const g of changes.groupAdds) {
        await c.query('INSERT INTO prov_groups (text_hash, article_id) VALUES ($1, $2) ON CONFLICT (article_id) DO NOTHING', [g.hash, g.id]);
      }
      // In key order, each key's rows in their given order: a read sees only the seq order within a key,
      // and the index takes neighbouring inserts on shared pages (see inKeyOrder in the SQLite store).
      const keyRows = changes.keys.flatMap((k) => k.keys.map((key) => [String(key), k.id]));
      for (const part of chunks(keyRows, 20_000)) {
        await c.query('INSERT INTO prov_keys (key, article_id) SELECT k, id FROM unnest($1::bigint[], $2::text[]) WITH ORDINALITY AS t(k, id, n) ORDER BY k, n', [part.map((r) => r[0]), part.map((r) => r[1])]);
      }
      for (const part of chunks(changes.links, 1000)) {
        await c.query(
          `INSERT INTO prov_links (a, b, data) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
           ON CONFLICT (a, b) DO UPDATE SET data = EXCLUDED.data`,
          [part.map((l) => l.a), part.map((l) => l.b), part.map((l) => JSON.stringify(l))],
        );
      }
      for (const part of chunks(changes.lineage, 1000)) {
        await c.query(
          `INSERT INTO prov_lineage (article_id, original_id, data) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
           ON CONFLICT (article_id) DO UPDATE SET original_id = EXCLUDED.original_id, data = EXCLUDED.data`,
          [part.map((r) => r.id), part.map((r) => r.original?.article_id ?? null), part.map((r) => JSON.stringify(r))],
        );
      }
      for (const part of chunks(results, 1000)) {
        const ids = part.map((r) => r.article_id);
        await c.query(
          `INSERT INTO article_provenance (article_id, data) SELECT * FROM unnest($1::text[], $2::text[])
           ON CONFLICT (article_id) DO UPDATE SET data = EXCLUDED.data`,
          [ids, part.map((r) => JSON.stringify(r))],
        );
        await c.query("DELETE FROM article_flags WHERE article_id = ANY($1::text[]) AND stage = 'provenance'", [ids]);
        const flags = part.flatMap((r) => r.flags.map((f) => [r.article_id, f.flag]));
        if (flags.length) {
          await c.query(
            "INSERT INTO article_flags (article_id, flag, stage) SELECT a, f, 'provenance' FROM unnest($1::text[], $2::text[]) AS t(a, f) ON CONFLICT DO NOTHING",
            [flags.map((x) => x[0]), flags.map((x) => x[1])],
          );
        }
      }
    });
  }

  async pendingArticleIds(limit: number): Promise<string[]> {
    const rows = (await this.pool.query<{ id: string }>(
      'SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM prov_summaries s WHERE s.article_id = a.id) ORDER BY a.id LIMIT $1',
      [limit],
    )).rows;
    return rows.map((r) => r.id);
  }
}
