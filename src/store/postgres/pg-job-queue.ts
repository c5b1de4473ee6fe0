// The work queue of distributed analysis: one row per input record. Workers claim batches with
// FOR UPDATE SKIP LOCKED and a lease (claimed_until); a dead worker's lease runs out and its jobs
// are claimed again. Re-doing a job is harmless: article writes are idempotent by content id.
import type pg from 'pg';
import type { InputRecord } from '../../model/input.js';
import type { InputInfo } from '../repository.js';
import { chunks, inTransaction } from './pg-connection.js';
import { recordInput } from './pg-store.js';

export interface Job { id: number; record: InputRecord }

export interface QueueStatus {
  /** Jobs not done yet (claimed or not). */
  open: number;
  /** Bumped whenever jobs complete; the linking steps remember the version they covered. */
  version: number;
  linkedVersion: number;
}

export class PgJobQueue {
  constructor(private readonly pool: pg.Pool) {}

  /** Adds records (a record already queued is left as it is) and, when given, the file they complete. */
  async enqueue(records: InputRecord[], file?: InputInfo): Promise<number> {
    return inTransaction(this.pool, async (c) => {
      let added = 0;
      for (const part of chunks(records, 500)) {
        const res = await c.query(
          `INSERT INTO jobs (input_sha256, source, record_index, record) SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])
           ON CONFLICT (input_sha256, source, record_index) DO NOTHING`,
          [part.map((r) => r.fileSha256), part.map((r) => r.source), part.map((r) => r.recordIndex), part.map((r) => JSON.stringify(r))],
        );
        added += res.rowCount ?? 0;
      }
      if (file) await recordInput(c, file);
      return added;
    });
  }

  /** Claims up to `limit` open jobs whose lease is free or ran out. */
  async claim(worker: string, limit: number, leaseSeconds: number): Promise<Job[]> {
    const rows = (await this.pool.query<{ id: number; record: string }>(
      `UPDATE jobs SET claimed_by = $1, claimed_until = now() + make_interval(secs => $3), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM jobs WHERE NOT done AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, record`,
      [worker, limit, leaseSeconds],
    )).rows;
    return rows.sort((a, b) => a.id - b.id).map((r) => ({ id: r.id, record: JSON.parse(r.record) as InputRecord }));
  }

  /** Extends the lease of this worker's open jobs (a heartbeat while a batch runs). */
  async renew(worker: string, leaseSeconds: number): Promise<void> {
    await this.pool.query('UPDATE jobs SET claimed_until = now() + make_interval(secs => $2) WHERE claimed_by = $1 AND NOT done', [worker, leaseSeconds]);
  }

  /** Marks jobs done (with an error message for records that failed) and bumps the corpus version. */
  async complete(ids: number[], errors: Map<number, string> = new Map()): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('UPDATE jobs SET done = true, claimed_until = NULL, error = NULL WHERE id = ANY($1::bigint[])', [ids]);
      for (const [id, message] of errors) await c.query('UPDATE jobs SET error = $2 WHERE id = $1', [id, message]);
      await c.query('UPDATE corpus_state SET version = version + 1');
    });
  }

  async status(): Promise<QueueStatus> {
    const row = (await this.pool.query<{ open: number; version: number; linked_version: number }>(
      'SELECT (SELECT count(*) FROM jobs WHERE NOT done) AS open, version, linked_version FROM corpus_state',
    )).rows[0];
    return { open: row.open, version: row.version, linkedVersion: row.linked_version };
  }

  async markLinked(version: number): Promise<void> {
    await this.pool.query('UPDATE corpus_state SET linked_version = greatest(linked_version, $1)', [version]);
  }

  /** Jobs per state, for `parallax worker --status` and tests. */
  async counts(): Promise<{ total: number; done: number; failed: number; attempts: number }> {
    const r = (await this.pool.query<{ total: number; done: number; failed: number; attempts: number }>(
      'SELECT count(*) AS total, count(*) FILTER (WHERE done) AS done, count(*) FILTER (WHERE error IS NOT NULL) AS failed, coalesce(sum(attempts), 0) AS attempts FROM jobs',
    )).rows[0];
    return { total: r.total, done: r.done, failed: r.failed, attempts: Number(r.attempts) };
  }
}
