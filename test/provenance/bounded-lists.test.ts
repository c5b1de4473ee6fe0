// Reuse and near-duplicate lists keep their best references only. A batch rewrites an old article's
// stored fields only when its own fields changed (lists are built when an article is read): the own
// fields kept from every batch's `affected` stay equal to all of them recomputed on the index after
// every batch, while most old articles whose lists now show the batch are not rewritten.
// (Not compared with an index built in one go: in buckets this crowded, which candidates are
// verified depends on arrival order.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addArticles } from '../../src/provenance/add-articles.js';
import { MAX_DUPLICATE_REFS, MAX_REUSE_REFS } from '../../src/provenance/config.js';
import { linkedRefs } from '../../src/provenance/linked-refs.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { ownProvenance, provenanceOf, type OwnProvenance } from '../../src/provenance/provenance-of.js';
import { crowdedCorpus, shuffled } from './crowded-corpus.js';

const BATCH = 6;

test('own fields kept from each batch\'s affected articles equal all of them recomputed after the batch', () => {
  const order = shuffled(crowdedCorpus());
  const index = new MemoryProvenanceIndex();
  const kept = new Map<string, OwnProvenance>();
  let oldLinked = 0;
  let oldRewritten = 0;
  for (let i = 0; i < order.length; i += BATCH) {
    const batch = order.slice(i, i + BATCH);
    const update = addArticles(batch, index);
    for (const id of update.affected) kept.set(id, ownProvenance(id, index));
    const batchIds = new Set(batch.map((a) => a.id));
    // Old articles linked to the batch: their lists changed, their own fields mostly did not.
    for (const a of order.slice(0, i)) {
      const s = index.getSummary(a.id)!;
      const refs = linkedRefs(index.groupOf(s.textHash)[0], index);
      if (![...refs.reuse, ...refs.duplicates].some((r) => batchIds.has(r.article_id))) continue;
      oldLinked++;
      if (update.affected.includes(a.id)) oldRewritten++;
    }
    for (const a of order.slice(0, i + BATCH)) assert.deepEqual(kept.get(a.id), ownProvenance(a.id, index), `${a.id} after the batch at ${i}`);
  }
  assert.ok(oldLinked > 0 && oldRewritten < oldLinked / 2, `rewritten ${oldRewritten} of ${oldLinked} linked old articles`);
});

test('a reuse list keeps the best references by shared fraction, then id; exact duplicates stay complete', () => {
  const index = new MemoryProvenanceIndex();
  addArticles(crowdedCorpus(), index);
  const src = provenanceOf('src', index);
  const all = linkedRefs('src', index).reuse;
  assert.ok(all.length > MAX_REUSE_REFS, `${all.length} reusing articles`);
  assert.equal(src.reuse.length, MAX_REUSE_REFS);
  const want = all.map((r) => [r.value, r.article_id] as const)
    .sort((x, y) => y[0] - x[0] || (x[1] < y[1] ? -1 : 1)).slice(0, MAX_REUSE_REFS);
  assert.deepEqual(src.reuse.map((r) => [r.shared_fraction, r.article_id]), want);
  assert.ok(src.reuse.every((r) => r.passages.length > 0));
  const near = provenanceOf('near', index);
  const nearAll = linkedRefs('near', index).duplicates;
  assert.ok(nearAll.length > MAX_DUPLICATE_REFS, `${nearAll.length} near copies`);
  assert.equal(near.duplicates.length, MAX_DUPLICATE_REFS);
  // An exact copy lists its whole group besides the best near copies.
  const copy = provenanceOf('n003x', index);
  assert.deepEqual(copy.duplicates.filter((d) => d.kind === 'exact').map((d) => d.article_id), ['n003']);
  assert.equal(copy.duplicates.length, MAX_DUPLICATE_REFS + 1);
});
