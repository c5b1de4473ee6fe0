// `reanalyze` on SQLite and PostgreSQL: the demo corpus (fiction written for the project) is
// analysed once; then stamps are faked old and records damaged, and reanalyze must recompute just
// those records, end with the export of the fresh analysis, change nothing on --dry-run or on a
// second run, and finish after a run that stopped half-way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { analyze } from '../../src/pipeline/analyze.js';
import { reanalyze } from '../../src/pipeline/reanalyze.js';
import { STAGES, stageVersion, type StageInfo } from '../../src/pipeline/stages.js';
import { writeExport } from '../../src/services/export-writer.js';
import type { Store } from '../../src/store/repository.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { PgStore } from '../../src/store/postgres/pg-store.js';
import { repoRoot } from '../../src/util/paths.js';
import { storeTargets, withStore } from '../store/store-targets.js';

const CORPUS = join(repoRoot, 'examples', 'corpus');

async function exportOf(store: Store): Promise<string> {
  let text = '';
  const out = new Writable({ write(chunk, _enc, done) { text += chunk.toString(); done(); } });
  await writeExport(store, 'json', out);
  return text;
}

async function sql(store: Store, text: string): Promise<void> {
  if (store.kind === 'sqlite') (store as SqliteStore).db.exec(text);
  else await (store as PgStore).pool.query(text);
}

async function query<T>(store: Store, text: string): Promise<T[]> {
  if (store.kind === 'sqlite') return (store as SqliteStore).db.prepare(text).all() as T[];
  return (await (store as PgStore).pool.query(text)).rows as T[];
}

/** Every article's stored rows, to tell which ones a run rewrote. */
async function articleRows(store: Store): Promise<Map<string, string>> {
  const rows = await query<{ id: string; data: string; stage_version: string; l: string; lv: string }>(store,
    'SELECT a.id, a.data, a.stage_version, l.data AS l, l.stage_version AS lv FROM articles a JOIN article_language l ON l.article_id = a.id ORDER BY a.id');
  return new Map(rows.map((r) => [r.id, JSON.stringify([r.data, r.stage_version, r.l, r.lv])]));
}

const stamps = (store: Store) => store.stages.stamps();
const withVersion = (name: string, version: string): StageInfo[] => STAGES.map((s) => (s.name === name ? { ...s, version } : s));
/** The version after the current one: a stage as a future upgrade would stamp it. */
const nextVersion = (name: string): string => String(Number(stageVersion(name)) + 1);

/** A store whose `part.method` fails, as a run killed at that point (each write is one transaction). */
function failingAt(store: Store, part: 'stages' | 'stories', method: string): Store {
  const inner = store[part] as unknown as Record<string, unknown>;
  const proxied = new Proxy(inner, {
    get: (t, k) => (k === method ? async () => { throw new Error('killed'); } : typeof t[k as string] === 'function' ? (t[k as string] as (...a: unknown[]) => unknown).bind(t) : t[k as string]),
  });
  return new Proxy(store, { get: (t, k) => (k === part ? proxied : Reflect.get(t, k, t)) });
}

for (const target of await storeTargets()) {
  test(`${target.name}: reanalyze recomputes what is stale, and only that`, { skip: target.skip, timeout: 900_000 }, async (t) => {
    await withStore(target, async (store) => {
      await analyze([CORPUS], { store, threads: 1 });
      const fresh = await exportOf(store);
      const freshRows = await articleRows(store);
      const ids = [...freshRows.keys()];
      assert.ok(ids.length >= 20);

      await t.test('a fresh store has nothing to reanalyze', async () => {
        const s = await reanalyze({ store, threads: 1 });
        assert.equal(s.extract.recomputed + s.language.recomputed, 0);
        assert.equal(s.corpusStepsRan, false);
        assert.ok((await stamps(store)).every((x) => x.state === 'current'));
      });

      // Two articles made by an "old" extractor (stamp 0, different title), one with old annotations.
      const [a1, a2, a3] = [ids[1], ids[4], ids[7]];
      await sql(store, `UPDATE articles SET stage_version = '0', data = replace(data, '"title":"', '"title":"Old ') WHERE id IN ('${a1}', '${a2}')`);
      await sql(store, `UPDATE article_language SET stage_version = '0' WHERE article_id = '${a3}'`);
      const damaged = await exportOf(store);
      assert.notEqual(damaged, fresh);

      await t.test('--dry-run says what would run and changes nothing', async () => {
        const before = await stamps(store);
        const s = await reanalyze({ store, dryRun: true });
        assert.equal(s.extract.recomputed, 2);
        assert.equal(s.language.recomputed, 3);
        assert.deepEqual(s.reset, []);
        assert.equal(await exportOf(store), damaged);
        assert.deepEqual(await stamps(store), before);
      });

      await t.test('stale articles are recomputed from the raw input; the rest is untouched', async () => {
        const beforeRows = await articleRows(store);
        const s = await reanalyze({ store, threads: 2 });
        assert.deepEqual(s.extract, { recomputed: 2, changed: 2 });
        assert.deepEqual(s.language, { recomputed: 3, changed: 0 });
        assert.deepEqual(s.failed, []);
        assert.deepEqual(s.reset.map((a) => a.stage), ['provenance', 'stories']);
        assert.ok(s.corpusStepsRan);
        const after = await articleRows(store);
        const rewritten = ids.filter((id) => after.get(id) !== beforeRows.get(id));
        assert.deepEqual(rewritten.sort(), [a1, a2, a3].sort());
        assert.equal(await exportOf(store), fresh);
        const again = await reanalyze({ store, threads: 1 });
        assert.equal(again.extract.recomputed + again.language.recomputed, 0);
        assert.equal(again.corpusStepsRan, false);
      });

      await t.test('a store clustered by the previous representation is re-clustered', async () => {
        await sql(store, "UPDATE stage_stamps SET version = '1' WHERE stage = 'stories'");
        await sql(store, 'DELETE FROM cluster_groups');
        await sql(store, "UPDATE cluster_reps SET data = replace(data, '\"#', '\"x')");
        const s = await reanalyze({ store, threads: 1 });
        assert.deepEqual(s.reset.map((a) => [a.stage, a.why]), [['stories', 'version'], ['events', 'upstream']]);
        assert.equal(s.extract.recomputed + s.language.recomputed, 0);
        assert.ok(s.groups && s.groups.event.after > 0);
        assert.equal(await exportOf(store), fresh);
        assert.ok((await stamps(store)).every((x) => x.state === 'current' && x.version === STAGES.find((st) => st.name === x.stage)!.version));
      });

      await t.test('a bumped stage version recomputes all its records; the same list again does nothing', async () => {
        const bumped = withVersion('language', nextVersion('language'));
        const s = await reanalyze({ store, stageList: bumped, threads: 1 });
        assert.deepEqual(s.language, { recomputed: ids.length, changed: 0 });
        assert.equal(s.corpusStepsRan, false, 'identical annotations leave the corpus stages alone');
        assert.equal((await reanalyze({ store, stageList: bumped })).language.recomputed, 0);
        assert.equal((await reanalyze({ store })).language.recomputed, ids.length); // back to the current version
        assert.equal(await exportOf(store), fresh);
      });

      await t.test('a run stopped half-way leaves a consistent store that the next run finishes', async () => {
        for (const [part, method] of [['stages', 'resetCorpusStages'], ['stories', 'applyChanges']] as const) {
          await sql(store, `UPDATE articles SET stage_version = '0', data = replace(data, '"title":"', '"title":"Old ') WHERE id = '${a2}'`);
          await sql(store, "UPDATE stage_stamps SET version = '1' WHERE stage = 'stories'");
          await assert.rejects(reanalyze({ store: failingAt(store, part, method), threads: 1 }), /killed/);
          assert.ok((await stamps(store)).some((x) => x.state !== 'current' || x.stage === 'stories' && x.version === '1'));
          const s = await reanalyze({ store, threads: 1 });
          assert.ok(s.corpusStepsRan, `${method}: the next run finishes the corpus steps`);
          assert.equal(await exportOf(store), fresh, `${method}: export after resuming`);
          assert.equal((await reanalyze({ store })).corpusStepsRan, false);
        }
      });

      await t.test('articles stored without record fields: plain files are rebuilt, records of feeds and exports are reported', async () => {
        await sql(store, 'UPDATE articles SET record_format = NULL, record_fields = NULL');
        const bumped = withVersion('extract', nextVersion('extract'));
        const s = await reanalyze({ store, stageList: bumped, threads: 1 });
        assert.ok(s.extract.recomputed > 0 && s.notReextractable.length > 0);
        assert.equal(s.extract.recomputed + s.notReextractable.length, ids.length);
        assert.equal(s.extract.changed, 0);
        const again = await reanalyze({ store, stageList: bumped });
        assert.equal(again.extract.recomputed, 0);
        assert.deepEqual(again.notReextractable, s.notReextractable);
        await reanalyze({ store });
        assert.equal(await exportOf(store), fresh);
      });
    });
  });
}
