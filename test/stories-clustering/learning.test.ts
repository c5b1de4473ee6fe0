// Learning re-groups the clusterer's own candidate pairs with its own grouping code: for any
// parameters, the estimate must equal what the clusterer does. Plus the scoring details learning
// relies on (undated pairs, link below merge, numbers and lead terms).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventTables, groupTable } from '../../eval/clustering/learn.js';
import type { LabelledDoc } from '../../eval/clustering/datasets.js';
import { representArticle } from '../../src/stories/clustering/represent.js';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import type { ClusteringModel, LevelParams } from '../../src/stories/clustering/types.js';
import { dateAdjustment, type Unit } from '../../src/stories/clustering/unit.js';
import { ARTICLES, TEST_MODEL } from './fixtures.js';

const docs: LabelledDoc[] = ARTICLES.map((a) => ({ summary: a, gold: a.id, family: a.id, fold: 'f' }));

function partition(labels: ArrayLike<number>, ids: readonly string[]): string[] {
  const m = new Map<number, string[]>();
  ids.forEach((id, i) => m.set(labels[i], [...(m.get(labels[i]) ?? []), id]));
  return [...m.values()].map((g) => g.sort().join(',')).sort();
}

test('learning estimate equals the real clusterer for several parameter settings', () => {
  const { tables } = eventTables(docs, TEST_MODEL);
  const t = tables[0];
  const settings: Partial<LevelParams>[] = [
    {}, { linkThreshold: 0.1, mergeThreshold: 0.1 }, { linkThreshold: 0.6, mergeThreshold: 0.2, entityWeight: 0 },
    { datePenalty: 0, yearPenalty: 0, mergeThreshold: 0.05, linkThreshold: 0.05 }, { mergeThreshold: 0.9, linkThreshold: 0.9 },
  ];
  for (const s of settings) {
    const model: ClusteringModel = { ...TEST_MODEL, event: { ...TEST_MODEL.event, full: { ...TEST_MODEL.event.full, ...s } } };
    const c = new StoryClusterer(model);
    c.add(ARTICLES);
    const real = c.eventGroups().map((g) => g.members.join(',')).sort();
    const estimate = partition(groupTable(t, (a, b) => (a.short || b.short ? model.event.short : model.event.full)), t.units.map((u) => u.id));
    assert.deepEqual(estimate, real, JSON.stringify(s));
  }
});

test('a link threshold below the merge threshold gives the same events as link = merge', () => {
  const run = (link: number) => {
    const c = new StoryClusterer({ ...TEST_MODEL, event: { ...TEST_MODEL.event, full: { ...TEST_MODEL.event.full, linkThreshold: link, mergeThreshold: 0.25 } } });
    c.add(ARTICLES);
    return c.eventGroups().map((g) => g.members.join(','));
  };
  assert.deepEqual(run(0.05), run(0.25));
});

test('date evidence: no penalty when a side states no day; a gap beyond the limit is penalised', () => {
  const p: LevelParams = { entityWeight: 0, linkThreshold: 0.3, mergeThreshold: 0.3, dateGapDays: 3, datePenalty: 0.2, yearPenalty: 0, yearGap: 2, sameDayBonus: 0 };
  const unit = (day: number | null, eventDays: number[]): Unit => ({ id: 'x', day, anchor: day ?? eventDays.at(-1) ?? null, terms: { keys: [], values: [] }, entities: { keys: [], values: [] }, eventDays, year: null, monthDays: [], short: false });
  assert.equal(dateAdjustment(unit(null, []), unit(100, [100]), p), 0);
  assert.equal(dateAdjustment(unit(100, [100]), unit(102, [102]), p), 0);
  assert.equal(dateAdjustment(unit(100, [100]), unit(110, [110]), p), -0.2);
});

test('representation: numbers and, without a title, the lead sentence count as terms', () => {
  const a = { id: 'n', title: null, text: 'Quake of magnitude 6.1 kills 22 in Valdor. Rescuers search the rubble.', published: null, outlet: null, entities: [] };
  const plain = representArticle(a);
  const rich = representArticle(a, { numbers: true, leadBoost: 2 });
  assert.ok(!plain.terms.keys.includes('#22'));
  assert.ok(rich.terms.keys.includes('#22') && rich.terms.keys.includes('#6.1'));
  const count = (r: typeof plain, k: string) => r.terms.values[r.terms.keys.indexOf(k)];
  assert.equal(count(rich, 'valdor'), 3);
  assert.equal(count(rich, 'rubble'), 1);
  assert.equal(count(plain, 'valdor'), 1);
});
