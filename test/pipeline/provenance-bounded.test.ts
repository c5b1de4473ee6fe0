// Through the store: a batched run over crowded reuse and near-copy families rewrites only the
// results whose bounded lists changed, and every stored result equals the result recomputed on the
// same index (the algorithm run on an in-memory index with the same batches).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provenanceStep } from '../../src/pipeline/corpus/provenance-step.js';
import { addArticles } from '../../src/provenance/add-articles.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { openStore } from '../../src/store/open-store.js';
import { emptyFetch } from '../../src/store/provenance-rows.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';
import { crowdedCorpus, shuffled } from '../provenance/crowded-corpus.js';

const STEP = 22;

test('stored results of a batched run equal every result recomputed on the final index', async () => {
  const order = shuffled(crowdedCorpus(40, 30));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-prov-bounded-'));
  const store = await openStore(join(dir, 'p.db'));
  try {
    await store.articles.saveMany(order.map((a) => makeWrite(makeArticle({ id: a.id, text: a.text, published: a.published, outlet: { name: a.outlet!.name, domain: null, country: null, groups: [], evidence: 'test' } as never }))));
    const ids = order.map((a) => a.id);
    const inputs = (await store.provenance.fetch({ ...emptyFetch(), articles: ids })).articles;
    const byId = new Map(inputs.map((a) => [a.id, a]));
    const index = new MemoryProvenanceIndex();
    for (let i = 0; i < ids.length; i += STEP) {
      const step = ids.slice(i, i + STEP);
      await provenanceStep(store, step, new Map());
      addArticles(step.map((id) => byId.get(id)!), index);
    }
    let truncated = false;
    for (const id of ids) {
      const a = await store.articles.get(id);
      assert.ok(a, id);
      const { original, copies, duplicates, reuse, diff, flags } = a;
      assert.deepEqual({ original, copies, duplicates, reuse, diff, flags }, provenanceOf(id, index), id);
      truncated ||= reuse.length === 25 || duplicates.length >= 25;
    }
    assert.ok(truncated, 'some lists are cut');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
