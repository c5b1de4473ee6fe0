import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import { MemoryClusterStore } from '../../src/stories/clustering/store.js';
import { ARTICLES, TEST_MODEL, shuffled } from './fixtures.js';

const events = (c: StoryClusterer) => c.eventGroups().map((g) => `${g.id}:${g.members.join(',')}`);
const stories = (c: StoryClusterer) => c.storyGroups().map((g) => `${g.id}:${g.events.join(',')}`);

function oneBatch(articles = ARTICLES): StoryClusterer {
  const c = new StoryClusterer(TEST_MODEL);
  c.add(articles);
  return c;
}

test('events: same happening together, near miss years apart separate', () => {
  const c = oneBatch();
  const groups = c.eventGroups().map((g) => g.members.join(','));
  assert.deepEqual(groups.sort(), ['a01,a02,a03', 'a04,a05', 'a06,a07,a08', 'a09,a10']);
});

test('stories: the two calls years apart share a story; the flood is its own', () => {
  const c = oneBatch();
  assert.equal(c.storyOf('a01'), c.storyOf('a05'));
  assert.notEqual(c.storyOf('a01'), c.storyOf('a06'));
  assert.notEqual(c.eventOf('a01'), c.eventOf('a05'));
});

test('three batches give exactly the partition and ids of one batch', () => {
  const whole = oneBatch();
  for (const seed of [1, 7, 42]) {
    const order = shuffled(ARTICLES, seed);
    const c = new StoryClusterer(TEST_MODEL);
    c.add(order.slice(0, 3));
    c.add(order.slice(3, 7));
    c.add(order.slice(7));
    assert.deepEqual(events(c), events(whole), `seed ${seed}`);
    assert.deepEqual(stories(c), stories(whole), `seed ${seed}`);
  }
});

test('determinism: input order and re-runs do not change groups or ids', () => {
  const a = oneBatch(), b = oneBatch(shuffled(ARTICLES, 3)), again = oneBatch();
  assert.deepEqual(events(a), events(b));
  assert.deepEqual(events(a), events(again));
  assert.deepEqual(stories(a), stories(b));
});

test('stable ids: a group that grows keeps its id; a merge keeps the older id', () => {
  const c = new StoryClusterer(TEST_MODEL);
  c.add(ARTICLES.filter((a) => a.id !== 'a03'));
  const before = c.eventOf('a01');
  const change = c.add(ARTICLES.filter((a) => a.id === 'a03'));
  assert.equal(c.eventOf('a03'), before);
  assert.equal(c.eventOf('a01'), before);
  assert.ok(change.events.added.some((g) => g.id === before));
  // a01 alone and a03 alone: the bridge a02 merges them under a01's (older) id
  const m = new StoryClusterer(TEST_MODEL);
  m.add(ARTICLES.filter((a) => a.id === 'a01' || a.id === 'a03'));
  const older = m.eventOf('a01');
  m.add(ARTICLES.filter((a) => a.id === 'a02'));
  assert.equal(m.eventOf('a03'), older);
});

test('a new batch only rebuilds the neighbourhood it links to', () => {
  const c = new StoryClusterer(TEST_MODEL);
  c.add(ARTICLES.filter((a) => a.id !== 'a10'));
  const flood = c.eventOf('a06');
  const change = c.add(ARTICLES.filter((a) => a.id === 'a10'));
  assert.ok(!change.events.added.some((g) => g.id === flood), 'the flood event was not touched');
  assert.ok(change.events.added.some((g) => g.members.includes('a10')));
});

test('persisted rows reopen to the same groups', () => {
  const store = new MemoryClusterStore();
  const c = new StoryClusterer(TEST_MODEL, store);
  c.add(ARTICLES.slice(0, 5));
  c.add(ARTICLES.slice(5));
  assert.deepEqual(store.groups('event').map((g) => `${g.id}:${g.members.join(',')}`), events(c));
  const reopened = StoryClusterer.open(store, TEST_MODEL);
  assert.deepEqual(events(reopened), events(c));
  assert.deepEqual(stories(reopened), stories(c));
});
