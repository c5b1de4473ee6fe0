// Export records of events and stories: labels (who – what, when), parents, date spans and the
// shared-sentence summary, on the fictional fixture.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Story } from '../../src/model/export.js';
import { sharedSentences } from '../../src/stories/clustering/shared-sentences.js';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import { storyRecords } from '../../src/stories/clustering/story-records.js';
import { ARTICLES, TEST_MODEL } from './fixtures.js';

function records() {
  const c = new StoryClusterer(TEST_MODEL);
  c.add(ARTICLES);
  return { c, recs: storyRecords(c, new Map(ARTICLES.map((a) => [a.id, a.text]))) };
}

test('records parse as the export Story schema; every event has a story parent', () => {
  const { c, recs } = records();
  for (const r of recs) Story.parse(r);
  const events = recs.filter((r) => r.level === 'event'), stories = recs.filter((r) => r.level === 'story');
  assert.equal(events.length, c.eventGroups().length);
  assert.equal(stories.length, c.storyGroups().length);
  const storyIds = new Set(stories.map((s) => s.id));
  for (const e of events) {
    assert.ok(e.parent_id && storyIds.has(e.parent_id), `${e.id} has a story parent`);
    const parent = stories.find((s) => s.id === e.parent_id)!;
    for (const a of e.article_ids) assert.ok(parent.article_ids.includes(a));
  }
  for (const s of stories) assert.equal(s.parent_id, null);
});

test('event label names who, what and the modal day; dates span the members', () => {
  const { recs } = records();
  const call = recs.find((r) => r.level === 'event' && r.article_ids.includes('a01'))!;
  assert.deepEqual(call.article_ids, ['a01', 'a02', 'a03']);
  assert.equal(call.label, 'Sandoval – Varga call, 6 Mar 2025'); // tied names: by key
  assert.equal(call.first_date, '2025-03-06');
  assert.equal(call.last_date, '2025-03-07');
  const flood = recs.find((r) => r.level === 'event' && r.article_ids.includes('a06'))!;
  assert.match(flood.label, /^Ostrava flood/);
  assert.match(flood.label, /2 May 2026$/);
  const story = recs.find((r) => r.level === 'story' && r.article_ids.includes('a01'))!;
  assert.deepEqual(story.article_ids, ['a01', 'a02', 'a03', 'a04', 'a05']);
  assert.equal(story.first_date, '2025-03-06');
  assert.equal(story.last_date, '2028-09-15');
  assert.match(story.label, /6 Mar 2025 – 15 Sep 2028$/);
});

test('summary: the sentences most members share, none from a lone article', () => {
  const { recs } = records();
  const flood = recs.find((r) => r.level === 'event' && r.article_ids.includes('a06'))!;
  assert.ok(flood.summary.length > 0);
  assert.ok(flood.summary.every((s) => /rain flooded the river valley/.test(s)));
  const single = sharedSentences([{ id: 'x', text: 'One article alone says something long enough to count here.' }]);
  assert.deepEqual(single, []);
  const unrelated = sharedSentences([
    { id: 'x', text: 'Heavy rain flooded the river valley around the old mill town.' },
    { id: 'y', text: 'Leaders opened a summit on ocean plastic and shipping lanes today.' },
  ]);
  assert.deepEqual(unrelated, []);
});

test('a sealed clusterer gives the same records and representations, and takes no more articles', () => {
  const { recs } = records();
  const c = new StoryClusterer(TEST_MODEL);
  c.add(ARTICLES);
  const reps = ARTICLES.map((a) => c.rep(a.id));
  c.seal();
  assert.deepEqual(storyRecords(c, new Map(ARTICLES.map((a) => [a.id, a.text]))), recs);
  assert.deepEqual(ARTICLES.map((a) => c.rep(a.id)), reps);
  assert.deepEqual(ARTICLES.map((a) => c.storyOf(a.id)), ARTICLES.map((a) => records().c.storyOf(a.id)));
  assert.throws(() => c.add(ARTICLES.slice(0, 1)), /sealed/);
  assert.throws(() => c.commit(), /sealed/);
  assert.throws(() => c.relink(() => null), /sealed/);
});

test('finish gives the records and representations of commit and seal, staged in chunks or not', () => {
  const { recs } = records();
  const c = new StoryClusterer(TEST_MODEL);
  c.stage(ARTICLES.slice(0, 3).map((a) => c.represent(a)));
  c.stage(ARTICLES.slice(3).map((a) => c.represent(a)));
  const change = c.finish();
  const plain = new StoryClusterer(TEST_MODEL);
  assert.deepEqual(change, plain.add(ARTICLES));
  assert.deepEqual(storyRecords(c, new Map(ARTICLES.map((a) => [a.id, a.text]))), recs);
  assert.deepEqual(ARTICLES.map((a) => c.rep(a.id)), ARTICLES.map((a) => plain.rep(a.id)));
  assert.throws(() => c.commit(), /sealed/);
});
