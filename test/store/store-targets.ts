// The stores every repository test runs against: SQLite always, PostgreSQL when a server answers.
// PostgreSQL: PARALLAX_TEST_PG=postgres://user:pass@host:port/db (.ci/run sets it); unset, the tests
// try postgres://parallax:parallax@127.0.0.1:5432/parallax_test and are skipped with a message when
// nothing answers there. When PARALLAX_TEST_PG is set, an unreachable server fails the tests.
// Each test gets its own schema (…?schema=t_…), dropped afterwards, so test files can run in parallel.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { LOCAL_TEST_PG, scratchSchema } from '../../src/store/postgres/pg-scratch-schema.js';
import type { Store } from '../../src/store/repository.js';

/** A fresh, empty store location and how to remove it. */
export interface StoreLocation { location: string; cleanup(): Promise<void> }

export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  /** Why this target's tests are skipped, or false. */
  skip: string | false;
  fresh(): Promise<StoreLocation>;
}

let pgProbe: Promise<string | false> | null = null;

/** False when the test server answers, else the reason to skip. */
export function postgresSkipReason(): Promise<string | false> {
  pgProbe ??= (async () => {
    const explicit = process.env.PARALLAX_TEST_PG;
    if (explicit === 'off') return 'PostgreSQL tests disabled (PARALLAX_TEST_PG=off)';
    const client = new pg.Client({ connectionString: explicit || LOCAL_TEST_PG, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return false;
    } catch (err) {
      if (explicit) throw new Error(`PARALLAX_TEST_PG=${explicit} is set but unreachable: ${(err as Error).message}`);
      return `no PostgreSQL at ${LOCAL_TEST_PG} (${(err as Error).message}); set PARALLAX_TEST_PG=postgres://… to run these tests`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return pgProbe;
}

export function testPgUrl(): string {
  return process.env.PARALLAX_TEST_PG || LOCAL_TEST_PG;
}

export async function freshPostgres(): Promise<StoreLocation> {
  const scratch = scratchSchema(testPgUrl(), `t_${process.pid}`);
  return { location: scratch.url, cleanup: scratch.drop };
}

export function freshSqlite(): StoreLocation {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  return { location: join(dir, 'store.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function storeTargets(): Promise<StoreTarget[]> {
  return [
    { name: 'sqlite', skip: false, fresh: async () => freshSqlite() },
    { name: 'postgres', skip: await postgresSkipReason(), fresh: freshPostgres },
  ];
}

/** Opens a fresh store of the target, runs fn, closes and removes it. */
export async function withStore<T>(target: StoreTarget, fn: (store: Store, location: string) => Promise<T>): Promise<T> {
  const loc = await target.fresh();
  const store = await openStore(loc.location);
  try {
    return await fn(store, loc.location);
  } finally {
    await store.close();
    await loc.cleanup();
  }
}
