// Chooses the store implementation from a location: a file path (SQLite) or postgres:// URL.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Store } from './repository.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

export const DEFAULT_DB = 'parallax.db';

export async function openStore(location: string = process.env.PARALLAX_DB ?? DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error('PostgreSQL store is not available in this version; use a SQLite file path');
  }
  const file = location === ':memory:' ? location : resolve(location);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return openSqliteStore(file);
}
