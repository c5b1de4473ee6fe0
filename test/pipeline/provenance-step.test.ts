// The provenance corpus step over a store: adding articles in several steps gives the same
// provenance as one step. A store that reads synchronously (SQLite) is read through: each step runs
// its batch once. Over a store read ahead of the run (PostgreSQL; here SQLite without its synchronous
// read), a step over linked groups and copy chains reads what lineage needs up front (few re-runs of
// the batch), whatever the depth of the chains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provenanceStep } from '../../src/pipeline/corpus/provenance-step.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/repository.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';
import { articleText, paragraph } from '../provenance/fixtures.js';

interface Spec { id: string; text: string; outlet: string; published: string }

/** Stories, each an original, exact copies of it, and a chain of edited copies with their own exact copies. */
function corpus(): Spec[] {
  const out: Spec[] = [];
  for (let s = 0; s < 6; s++) {
    let text = articleText(s + 1, 6);
    for (let depth = 0; depth < 5; depth++) {
      const day = String(1 + depth).padStart(2, '0');
      for (let copy = 0; copy < 3; copy++) {
        out.push({ id: `s${s}-d${depth}-c${copy}`, text, outlet: `Outlet ${depth}${copy}`, published: `2024-03-${day}T0${copy}:00:00Z` });
      }
      // The next link of the chain: a new closing paragraph and an edited lead.
      const [lead, ...rest] = text.split('\n\n');
      text = [lead.replace(/^\w+/, 'Meanwhile'), ...rest, paragraph(1000 * s + depth)].join('\n\n');
    }
  }
  return out;
}

async function storeWith(specs: Spec[]): Promise<{ store: Store; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-prov-step-'));
  const store = await openStore(join(dir, 'p.db'));
  await store.articles.saveMany(specs.map((a) => makeWrite(makeArticle({
    id: a.id, text: a.text, published: a.published, outlet: { name: a.outlet, domain: null, country: null, groups: [], evidence: 'test' } as never,
  }))));
  return { store, dir };
}

async function provenanceOfAll(store: Store, ids: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of ids) {
    const a = await store.articles.get(id);
    assert.ok(a, id);
    out.push({ id, original: a.original, copies: a.copies, duplicates: a.duplicates, reuse: a.reuse, diff: a.diff });
  }
  return out;
}

/** The store with its provenance rows read only asynchronously (as PostgreSQL reads them): steps fill ahead. */
function readAhead(store: Store): Store {
  const repo = store.provenance;
  const provenance = { fetch: repo.fetch.bind(repo), commit: repo.commit.bind(repo), pendingArticleIds: repo.pendingArticleIds.bind(repo) };
  return Object.create(store, { provenance: { value: provenance } }) as Store;
}

for (const mode of ['reads through', 'fills ahead'] as const) test(`provenance in steps equals one step; a step ${mode === 'reads through' ? 'reading through runs its batch once' : 'filling ahead needs few runs of the batch'}`, async () => {
  const specs = corpus();
  // Interleaved order: every step lands in groups and chains that earlier steps built.
  const order = [...specs].sort((a, b) => (a.id.split('-').reverse().join() < b.id.split('-').reverse().join() ? -1 : 1)).map((a) => a.id);
  const one = await storeWith(specs);
  const steps = await storeWith(specs);
  try {
    assert.equal(typeof one.store.provenance.fetchNow, 'function', 'SQLite reads synchronously');
    const all = await provenanceStep(one.store, order, new Map());
    assert.equal(all.added, specs.length);
    assert.ok(all.links > 0, 'the chains are linked');
    assert.ok(all.exactDuplicates > 0, 'the copies are exact duplicates');
    assert.equal(all.rounds, 1);
    const size = Math.ceil(order.length / 4);
    const stepStore = mode === 'reads through' ? steps.store : readAhead(steps.store);
    for (let i = 0; i < order.length; i += size) {
      const s = await provenanceStep(stepStore, order.slice(i, i + size), new Map());
      assert.equal(s.added, Math.min(size, order.length - i));
      if (mode === 'reads through') assert.equal(s.rounds, 1, `step at ${i} ran its batch ${s.rounds} times`);
      else assert.ok(s.rounds <= 2, `step at ${i} re-ran the batch ${s.rounds} times`);
    }
    assert.deepEqual(await provenanceOfAll(steps.store, order), await provenanceOfAll(one.store, order));
    assert.deepEqual(await steps.store.provenance.pendingArticleIds(10), []);
  } finally {
    await one.store.close();
    await steps.store.close();
    rmSync(one.dir, { recursive: true, force: true });
    rmSync(steps.dir, { recursive: true, force: true });
  }
});

test('with worker threads the step verifies pairs ahead on them and gives the same provenance', { timeout: 300_000 }, async () => {
  const specs = corpus();
  const order = specs.map((a) => a.id);
  const inline = await storeWith(specs);
  const threaded = await storeWith(specs);
  try {
    const a = await provenanceStep(inline.store, order, new Map());
    const b = await provenanceStep(threaded.store, order, new Map(), { threads: 2 });
    assert.deepEqual(b, a);
    assert.deepEqual(await provenanceOfAll(threaded.store, order), await provenanceOfAll(inline.store, order));
  } finally {
    await inline.store.close();
    await threaded.store.close();
    rmSync(inline.dir, { recursive: true, force: true });
    rmSync(threaded.dir, { recursive: true, force: true });
  }
});
