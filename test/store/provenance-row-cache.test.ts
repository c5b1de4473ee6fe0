// Rows a run keeps between provenance steps (src/store/provenance-row-cache.ts): served without a
// store read while current; brought up to date (keys) or dropped (links) after the view's own commit, when the store's
// generation moved (another writer's commit, a reset), and for articles of the step's own batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUCKET_CANDIDATES } from '../../src/provenance/config.js';
import { ProvenanceRowCache } from '../../src/store/provenance-row-cache.js';
import { emptyFetch, type ProvenanceChanges, type ProvenanceFetch } from '../../src/store/provenance-rows.js';
import type { ProvenanceRepository } from '../../src/store/repository.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { CopyLink } from '../../src/provenance/types.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

const extra = { bodyTokens: 0, boilerplateTokens: 0, truncated: false };
const link = (a: string, b: string): CopyLink => ({ a, b, kind: 'near', aInB: 0.9, bInA: 0.9, jaccard: 0.8, extraA: extra, extraB: extra, passages: [] });
const changes = (c: Partial<ProvenanceChanges>): ProvenanceChanges => ({ summaries: [], groupAdds: [], keys: [], links: [], lineage: [], ...c });

/** The store's provenance repository, counting the ids and keys each read asks the store for. */
function counted(repo: ProvenanceRepository): { repo: ProvenanceRepository; asked: ProvenanceFetch[] } {
  const asked: ProvenanceFetch[] = [];
  const fetchNow = repo.fetchNow!.bind(repo);
  return {
    asked,
    repo: {
      fetch: async (f) => { asked.push(f); return fetchNow(f); },
      fetchNow: (f) => { asked.push(f); return fetchNow(f); },
      commit: repo.commit.bind(repo), pendingArticleIds: repo.pendingArticleIds.bind(repo), generation: repo.generation!.bind(repo),
    },
  };
}

test('kept rows: served while current, dropped after own commits, foreign commits and batch rewrites', async () => {
  const store = openSqliteStore(':memory:');
  try {
    await store.articles.saveMany(['x', 'y', 'z'].map((id) => makeWrite(makeArticle({ id, text: `Text of ${id}.` }))));
    const { repo, asked } = counted(store.provenance);
    const cache = new ProvenanceRowCache();
    const linksOf = (view: ProvenanceRepository, id: string) => view.fetchNow!({ ...emptyFetch(), links: [id] }).links.map((l) => `${l.a}-${l.b}`);
    const storeReads = () => asked.filter((f) => f.links.length + f.keys.length + f.articles.length > 0).length;

    let view = await cache.forStep(repo, []);
    assert.deepEqual(linksOf(view, 'x'), []);
    assert.deepEqual(view.fetchNow!({ ...emptyFetch(), keys: [7] }).keys, []);
    const reads = storeReads();
    view = await cache.forStep(repo, []);
    assert.deepEqual(linksOf(view, 'x'), [], 'an absent row is kept too');
    assert.deepEqual(view.fetchNow!({ ...emptyFetch(), keys: [7] }).keys, []);
    assert.equal(storeReads(), reads, 'kept rows are not read again');

    await view.commit(changes({ links: [link('x', 'y')], keys: [{ id: 'y', keys: [7] }] }), []);
    const keyReads = asked.filter((f) => f.keys.length > 0).length;
    assert.deepEqual(view.fetchNow!({ ...emptyFetch(), keys: [7] }).keys, [{ key: 7, ids: ['y'] }], 'the view\'s own commit is applied to kept keys');
    assert.equal(asked.filter((f) => f.keys.length > 0).length, keyReads);
    assert.deepEqual(linksOf(view, 'x'), ['x-y'], 'and drops the links it changed');
    // A kept key list stays the store's read: the most recent ids, oldest first.
    const many = Array.from({ length: BUCKET_CANDIDATES + 2 }, (_, i) => ({ id: `n${String(i).padStart(3, '0')}`, keys: [7] }));
    await view.commit(changes({ keys: many }), []);
    const kept = view.fetchNow!({ ...emptyFetch(), keys: [7] }).keys;
    assert.deepEqual(kept, store.provenance.fetchNow({ ...emptyFetch(), keys: [7] }).keys);
    assert.equal(kept[0].ids.length, BUCKET_CANDIDATES);

    // Another writer commits between two steps: the store's generation moves and nothing kept is served.
    await store.provenance.commit(changes({ links: [link('x', 'z')], keys: [{ id: 'z', keys: [7] }] }), []);
    view = await cache.forStep(repo, []);
    assert.deepEqual(linksOf(view, 'x'), ['x-y', 'x-z']);
    assert.deepEqual(view.fetchNow!({ ...emptyFetch(), keys: [7] }).keys, store.provenance.fetchNow({ ...emptyFetch(), keys: [7] }).keys);
    assert.equal(view.fetchNow!({ ...emptyFetch(), keys: [7] }).keys[0].ids.at(-1), 'z');

    // Articles are written by the read loop, not by commits: the step's batch is read afresh.
    const textOf = (v: ProvenanceRepository) => v.fetchNow!({ ...emptyFetch(), articles: ['x'] }).articles[0].text;
    assert.equal(textOf(view), 'Text of x.');
    await store.articles.saveMany([makeWrite(makeArticle({ id: 'x', text: 'Text of x, updated.' }))]);
    view = await cache.forStep(repo, ['x']);
    assert.equal(textOf(view), 'Text of x, updated.');
  } finally {
    await store.close();
  }
});
