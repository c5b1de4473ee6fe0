// Chooses the store implementation from a location: a file path (SQLite) or a postgres:// URL
// (PostgreSQL; `?schema=name` selects a schema, created when missing).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Store } from './repository.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { openPostgresStore } from './postgres/pg-store.js';

export const DEFAULT_DB = 'parallax.db';

export async function openStore(location: string = process.env.PARALLAX_DB ?? DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    return openPostgresStore(location);
  }
  const file = location === ':memory:' ? location : resolve(location);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return openSqliteStore(file);
}
