// SQLite has no bulk-load mode; this is the usual recipe for one: drop a table's secondary indexes,
// load it, then CREATE INDEX, which sorts the keys. A first analysis writes millions of rows into
// empty tables in one transaction (2.4M entity links at 200k generated articles). The rows come in
// primary-key order, but a secondary index (links by entity, quotes by speaker, event members by
// article) takes them in random key order. Once such an index outgrows the page cache, nearly every
// insert reads a leaf back and spills a dirty one, so the time per row grows with the table.
// Measured, one transaction of entity-link rows with their index: 600k rows 4.0 s, 2.4M rows 32.3 s
// (8× for 4× the rows); dropped and built again after: 2.8 s and 10.8 s.
import type Database from 'better-sqlite3';

/**
 * Call inside a write transaction, before its writes. Drops the explicit indexes (not the primary
 * keys) of those `tables` that are empty now, and returns the function that builds them again: call
 * it before the commit, and a rollback restores them anyway. A table that has rows keeps its indexes:
 * an incremental run writes a small share of it, and inserting beats rebuilding. Statements that run
 * in between must not need a dropped index to be fast; on a table that was empty, a lookup scans only
 * the rows written since.
 */
export function dropIndexesOfEmptyTables(db: Database.Database, tables: readonly string[]): () => void {
  const rebuild: string[] = [];
  for (const table of tables) {
    if (db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() !== undefined) continue;
    for (const { name, sql } of explicitIndexes(db, table)) {
      db.exec(`DROP INDEX "${name}"`);
      rebuild.push(sql);
    }
  }
  return () => {
    for (const sql of rebuild) db.exec(sql);
  };
}

/** A table's indexes made by CREATE INDEX (a primary key's or UNIQUE's own index has no SQL), by name. */
export function explicitIndexes(db: Database.Database, table: string): { name: string; sql: string }[] {
  return db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").all(table) as { name: string; sql: string }[];
}
