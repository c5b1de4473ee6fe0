// The corpus steps of one store run one at a time, across processes and machines: a session-level
// advisory lock, held on its own connection. A killed worker's connection closes, which frees it.
import type pg from 'pg';
import type { CorpusLock } from '../repository.js';

export class PgCorpusLock implements CorpusLock {
  private readonly key: string;
  constructor(private readonly pool: pg.Pool, schema: string) {
    this.key = `parallax-corpus:${schema}`;
  }

  async withLock<T>(fn: () => Promise<T>, options: { wait?: boolean } = {}): Promise<T | undefined> {
    const client = await this.pool.connect();
    try {
      if (options.wait === false) {
        const got = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [this.key])).rows[0].ok;
        if (!got) return undefined;
      } else {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [this.key]);
      }
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [this.key]);
      }
    } finally {
      client.release();
    }
  }
}
