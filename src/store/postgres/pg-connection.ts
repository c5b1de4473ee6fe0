// Connections to PostgreSQL: a pool per store, an optional schema (`?schema=name` in the URL, so
// tests and separate corpora can share one database), and a transaction helper.
import pg from 'pg';

export type Queryable = pg.Pool | pg.PoolClient;

const SCHEMA = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export interface PgLocation {
  /** The URL as given, without a password (for messages and `store.location`). */
  display: string;
  config: pg.PoolConfig;
  schema: string;
}

export function parsePgUrl(url: string): PgLocation {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!SCHEMA.test(schema)) throw new Error(`invalid schema name ${JSON.stringify(schema)} in the PostgreSQL URL`);
  u.searchParams.delete('schema');
  const display = new URL(url);
  if (display.password) display.password = '***';
  return {
    display: display.toString(),
    schema,
    config: { connectionString: u.toString(), max: 4, options: `-c search_path=${schema}`, connectionTimeoutMillis: 10_000 },
  };
}

/** Runs fn in one transaction on one pooled connection; rolls back on any error. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Builds positional parameters ($1, $2, …) next to the SQL that uses them. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Splits a long list (or a stream of items, taken as they come) so that one statement's arrays stay a reasonable size. */
export function* chunks<T>(items: Iterable<T>, size = 5000): Generator<T[]> {
  let part: T[] = [];
  for (const x of items) {
    part.push(x);
    if (part.length === size) { yield part; part = []; }
  }
  if (part.length) yield part;
}
