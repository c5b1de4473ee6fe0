// The provenance stage's storage contract (src/provenance/types.ts) on SQLite: every lookup is by
// key through an index, so adding a batch never scans the corpus. Synchronous, like the stage.
import type Database from 'better-sqlite3';
import type { ArticleSummary, CopyLink, LineageRecord, ProvenanceIndex, ProvenanceInput } from '../../provenance/types.js';
import type { ExtractedArticle } from '../../model/article.js';

type SummaryScalars = Omit<ArticleSummary, 'id' | 'signature' | 'keys' | 'paragraphs'>;

const toBlob = (a: ArrayBufferView | null): Buffer | null => (a ? Buffer.from(a.buffer, a.byteOffset, a.byteLength) : null);
// Copy into fresh, aligned buffers: SQLite blobs may not be aligned for typed-array views.
const toU32 = (b: Buffer): Uint32Array => new Uint32Array(Uint8Array.from(b).buffer);
const toF64 = (b: Buffer): Float64Array => new Float64Array(Uint8Array.from(b).buffer);

export class SqliteProvenanceIndex implements ProvenanceIndex {
  private readonly stmts;

  constructor(private readonly db: Database.Database) {
    this.stmts = {
      article: db.prepare('SELECT data FROM articles WHERE id = ?'),
      putSummary: db.prepare('INSERT OR REPLACE INTO prov_summaries (article_id, text_hash, scalars, signature, keys, paragraphs) VALUES (?, ?, ?, ?, ?, ?)'),
      summary: db.prepare('SELECT * FROM prov_summaries WHERE article_id = ?'),
      group: db.prepare('SELECT article_id FROM prov_groups WHERE text_hash = ? ORDER BY seq'),
      addToGroup: db.prepare('INSERT OR IGNORE INTO prov_groups (text_hash, article_id) VALUES (?, ?)'),
      lookup: db.prepare('SELECT article_id FROM prov_keys WHERE key = ?').pluck(),
      addKey: db.prepare('INSERT INTO prov_keys (key, article_id) VALUES (?, ?)'),
      links: db.prepare('SELECT data FROM prov_links WHERE a = ? UNION ALL SELECT data FROM prov_links WHERE b = ?').pluck(),
      putLink: db.prepare('INSERT OR REPLACE INTO prov_links (a, b, data) VALUES (?, ?, ?)'),
      lineage: db.prepare('SELECT data FROM prov_lineage WHERE article_id = ?').pluck(),
      putLineage: db.prepare('INSERT OR REPLACE INTO prov_lineage (article_id, original_id, data) VALUES (?, ?, ?)'),
      copies: db.prepare('SELECT article_id FROM prov_lineage WHERE original_id = ? ORDER BY article_id').pluck(),
    };
  }

  /** Articles live in the articles table already; only the summary is written here. */
  putArticle(_article: ProvenanceInput, s: ArticleSummary): void {
    const { id, signature, keys, paragraphs, ...scalars } = s;
    this.stmts.putSummary.run(id, s.textHash, JSON.stringify(scalars), toBlob(signature), toBlob(keys), toBlob(paragraphs));
  }

  getArticle(id: string): ProvenanceInput | undefined {
    const row = this.stmts.article.get(id) as { data: string } | undefined;
    if (!row) return undefined;
    const a = JSON.parse(row.data) as ExtractedArticle;
    return { id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet, dateline: a.dateline, original: a.original, flags: a.flags };
  }

  getSummary(id: string): ArticleSummary | undefined {
    const row = this.stmts.summary.get(id) as { scalars: string; signature: Buffer | null; keys: Buffer; paragraphs: Buffer } | undefined;
    if (!row) return undefined;
    const scalars = JSON.parse(row.scalars) as SummaryScalars;
    return { id, ...scalars, signature: row.signature ? toU32(row.signature) : null, keys: toF64(row.keys), paragraphs: toU32(row.paragraphs) };
  }

  groupOf(textHash: string): string[] {
    return (this.stmts.group.all(textHash) as { article_id: string }[]).map((r) => r.article_id);
  }

  addToGroup(textHash: string, id: string): void {
    this.stmts.addToGroup.run(textHash, id);
  }

  lookup(keys: Float64Array): string[] {
    const out: string[] = [];
    for (const k of keys) for (const id of this.stmts.lookup.all(k) as string[]) out.push(id);
    return out;
  }

  addKeys(id: string, keys: Float64Array): void {
    for (const k of new Set(keys)) this.stmts.addKey.run(k, id);
  }

  linksOf(id: string): CopyLink[] {
    return (this.stmts.links.all(id, id) as string[]).map((d) => JSON.parse(d) as CopyLink);
  }

  putLink(link: CopyLink): void {
    this.stmts.putLink.run(link.a, link.b, JSON.stringify(link));
  }

  getLineage(id: string): LineageRecord | undefined {
    const d = this.stmts.lineage.get(id) as string | undefined;
    return d ? (JSON.parse(d) as LineageRecord) : undefined;
  }

  putLineage(record: LineageRecord): void {
    this.stmts.putLineage.run(record.id, record.original?.article_id ?? null, JSON.stringify(record));
  }

  copiesOf(id: string): string[] {
    return this.stmts.copies.all(id) as string[];
  }
}
