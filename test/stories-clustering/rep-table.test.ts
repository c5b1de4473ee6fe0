// The clusterer's compact representation table gives back exactly the representation put (values,
// property order, absent and null fields), and a replaced article's shorter lists do not keep the
// old entries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RepTable } from '../../src/stories/clustering/rep-table.js';
import { KeyIds } from '../../src/stories/clustering/scatter-dot.js';
import type { ArticleRep } from '../../src/stories/clustering/types.js';

const keys = new KeyIds();
const idsOf = (r: ArticleRep) => ({ t: keys.of(r.terms.keys), e: keys.of(r.entities.keys) });

const FULL: ArticleRep = {
  id: 'a1',
  terms: { keys: ['call', 'grain', 'tariff'], values: [3, 1, 0.5] },
  entities: { keys: ['q42', 'sandoval'], values: [2, 4] },
  // Integer-like keys enumerate first: the rebuilt record must enumerate in the same order.
  names: { sandoval: 'Sandoval', q42: 'Maren Holt', 7: 'Seven' },
  day: 20_000,
  eventDays: [19_990, 20_000],
  year: 2024,
  monthDays: [127, 1231],
  length: 412,
  mentions: [{ key: 'q42', name: 'Holt', type: 'PERSON', local: 'holt' }, { key: 'sandoval', name: 'Sandoval', type: 'PERSON' }],
};

const BARE: ArticleRep = { id: 'a2', terms: { keys: [], values: [] }, entities: { keys: [], values: [] }, names: {}, day: null, eventDays: [], year: null, monthDays: [], length: 0 };

test('rep table: an article comes back equal to what was put, down to its JSON', () => {
  const t = new RepTable(keys, new KeyIds());
  for (const r of [FULL, BARE]) { const ids = idsOf(r); t.put(r, ids.t, ids.e); }
  assert.equal(t.size, 2);
  for (const r of [FULL, BARE]) {
    const n = t.number(r.id)!;
    assert.deepEqual(t.rep(n), r);
    assert.equal(JSON.stringify(t.rep(n)), JSON.stringify(r));
  }
  assert.equal(t.keepsMentions(t.number('a1')!), true);
  assert.equal(t.mentionsOf(t.number('a2')!), undefined);
  assert.deepEqual(t.termVector(0), { ids: keys.of(FULL.terms.keys), values: FULL.terms.values });
});

test('rep table: putting an article again replaces it in place (same number, shorter lists, no mentions)', () => {
  const t = new RepTable(keys, new KeyIds());
  let ids = idsOf(FULL);
  t.put(FULL, ids.t, ids.e);
  const smaller: ArticleRep = { ...BARE, id: 'a1', terms: { keys: ['grain'], values: [2] }, day: 5 };
  ids = idsOf(smaller);
  assert.equal(t.put(smaller, ids.t, ids.e), 0);
  assert.equal(t.size, 1);
  assert.deepEqual(t.rep(0), smaller);
  assert.equal(t.keepsMentions(0), false);
});

test('rep table: mentions come back in order with their local keys, string id 0 and many strings included', () => {
  const t = new RepTable(keys, new KeyIds());
  // The first string the table sees is a key that is also a local key (string id 0).
  const first: ArticleRep = { ...BARE, id: 'm1', mentions: [{ key: 'holt', name: 'Holt', type: 'PERSON', local: 'holt' }, { key: 'q1', name: 'Q', type: 'ORG' }] };
  const many: ArticleRep = {
    ...BARE, id: 'm2',
    mentions: Array.from({ length: 3000 }, (_, i) => ({ key: `k${i % 700}`, name: `name ${i}`, type: i % 3 ? 'ORG' : 'GPE', ...(i % 4 ? { local: `local ${i}` } : {}) })),
  };
  for (const r of [first, many]) { const ids = idsOf(r); t.put(r, ids.t, ids.e); }
  for (const r of [first, many]) {
    assert.deepEqual(t.mentionsOf(t.number(r.id)!), r.mentions);
    assert.equal(JSON.stringify(t.rep(t.number(r.id)!)), JSON.stringify(r));
  }
});
