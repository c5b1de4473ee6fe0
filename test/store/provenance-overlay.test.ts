// The provenance step's overlay answers copiesOf from the stored copies and this step's lineage
// writes together: a copy whose written record moved to another original leaves the old one's list
// and joins the new one's, however often its record is rewritten within the step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LineageRecord } from '../../src/provenance/types.js';
import { ProvenanceOverlay } from '../../src/store/provenance-overlay.js';
import type { ProvenanceFetch, ProvenanceRows } from '../../src/store/provenance-rows.js';

const record = (id: string, original: string | null): LineageRecord => ({
  id,
  original: original ? { outlet: 'Wire', published: '2024-01-02', evidence: 'test', article_id: original } : null,
  diff: null,
  parent: original,
});

/** A store holding the lineage of c1 and c2, both copies of o1. */
function storeSource(): (request: ProvenanceFetch) => ProvenanceRows {
  const lineage = [record('c1', 'o1'), record('c2', 'o1')];
  return (request) => ({
    articles: [], summaries: [], groups: [], keys: [], links: [],
    lineage: lineage.filter((r) => request.lineage.includes(r.id)),
    copies: request.copies.includes('o1') ? [{ id: 'o1', ids: ['c1', 'c2'] }] : [],
  });
}

test('provenance overlay: copiesOf follows lineage records written in the step', () => {
  const overlay = new ProvenanceOverlay(storeSource());
  assert.deepEqual(overlay.copiesOf('o1'), ['c1', 'c2']);
  overlay.putLineage(record('c2', 'o2')); // moved to another original
  overlay.putLineage(record('c3', 'o1')); // a new copy
  assert.deepEqual(overlay.copiesOf('o1'), ['c1', 'c3']);
  assert.deepEqual(overlay.copiesOf('o2'), ['c2']);
  overlay.putLineage(record('c2', 'o1')); // and back, within the same step
  overlay.putLineage(record('c3', null)); // no in-corpus original any more
  assert.deepEqual(overlay.copiesOf('o1'), ['c1', 'c2']);
  assert.deepEqual(overlay.copiesOf('o2'), []);
  overlay.reset(); // a re-run drops the step's writes
  assert.deepEqual(overlay.copiesOf('o1'), ['c1', 'c2']);
  assert.deepEqual(overlay.changes().lineage, []);
});
