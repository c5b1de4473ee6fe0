// A throw-away schema on a PostgreSQL server (tests and benchmarks): the store URL that selects it
// (`?schema=…`, which PgStore creates on open) and how to drop it afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The local server and database that tests and benchmarks use unless told otherwise (.ci/run creates it). */
export const LOCAL_TEST_PG = 'postgres://parallax:parallax@127.0.0.1:5432/parallax_test';

export interface ScratchSchema { url: string; drop(): Promise<void> }

export function scratchSchema(base: string, prefix: string): ScratchSchema {
  const schema = `${prefix}_${randomBytes(4).toString('hex')}`;
  return {
    url: `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try { await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`); } finally { await client.end(); }
    },
  };
}
