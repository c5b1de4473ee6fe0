// Cross-article entity linking depends on the corpus: an article's entity may get another linked
// id once later articles arrive. Without `relink` the earlier articles keep stale keys and the
// partition depends on arrival order; with it, batches give exactly what one batch gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import type { ArticleSummary } from '../../src/stories/clustering/types.js';
import { ARTICLES, TEST_MODEL, shuffled } from './fixtures.js';

type Resolve = (articleId: string, local: string) => string | null;

/** A toy linker: a name links to the earliest article (by id) of the corpus that names it. */
function linker(known: readonly ArticleSummary[]): Resolve {
  const first = new Map<string, string>();
  for (const a of [...known].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    for (const e of a.entities) if (!first.has(e.key)) first.set(e.key, a.id);
  }
  return (id, local) => {
    const name = local.slice(local.indexOf(':') + 1);
    return first.has(name) ? `${first.get(name)}/${name}` : null;
  };
}

/** The summary as the pipeline hands it over: local key kept, key linked with the current corpus. */
const linked = (a: ArticleSummary, resolve: Resolve): ArticleSummary => ({
  ...a,
  entities: a.entities.map((e) => ({ ...e, local: `${a.id}:${e.key}`, key: resolve(a.id, `${a.id}:${e.key}`) ?? `${a.id}:${e.key}` })),
});

const events = (c: StoryClusterer) => c.eventGroups().map((g) => `${g.id}:${g.members.join(',')}`);
const stories = (c: StoryClusterer) => c.storyGroups().map((g) => `${g.id}:${g.events.join(',')}`);
const entityKeys = (c: StoryClusterer) => ARTICLES.map((a) => c.rep(a.id)!.entities.keys.join(' '));

/** Entities weigh most: a stale key then splits what one batch groups. */
const ENTITY_HEAVY = { ...TEST_MODEL, event: { ...TEST_MODEL.event, full: { ...TEST_MODEL.event.full, entityWeight: 0.9 } } };

function incremental(order: readonly ArticleSummary[], relink: boolean, model = TEST_MODEL): StoryClusterer {
  const c = new StoryClusterer(model);
  const known: ArticleSummary[] = [];
  for (const batch of [order.slice(0, 3), order.slice(3, 7), order.slice(7)]) {
    known.push(...batch);
    const resolve = linker(known);
    if (relink) c.relink(resolve);
    c.add(batch.map((a) => linked(a, resolve)));
  }
  return c;
}

function oneBatch(model = TEST_MODEL): StoryClusterer {
  const c = new StoryClusterer(model);
  c.add(ARTICLES.map((a) => linked(a, linker(ARTICLES))));
  return c;
}
const whole = oneBatch();

test('relink: batches in any order give the keys, partition and ids of one batch', () => {
  for (const seed of [1, 7, 42, 99]) {
    const c = incremental(shuffled(ARTICLES, seed), true);
    assert.deepEqual(entityKeys(c), entityKeys(whole), `seed ${seed}`);
    assert.deepEqual(events(c), events(whole), `seed ${seed}`);
    assert.deepEqual(stories(c), stories(whole), `seed ${seed}`);
  }
});

test('without relink, stale entity keys make the partition depend on arrival order', () => {
  const heavy = oneBatch(ENTITY_HEAVY);
  const stale = incremental([...ARTICLES].reverse(), false, ENTITY_HEAVY);
  assert.notDeepEqual(entityKeys(stale), entityKeys(heavy));
  assert.notDeepEqual(events(stale), events(heavy));
  const fresh = incremental([...ARTICLES].reverse(), true, ENTITY_HEAVY);
  assert.deepEqual(events(fresh), events(heavy));
  assert.deepEqual(stories(fresh), stories(heavy));
});

test('relink with an unchanged linking touches nothing', () => {
  const change = whole.relink(linker(ARTICLES));
  assert.deepEqual(change.events, { removed: [], added: [] });
  assert.deepEqual(change.stories, { removed: [], added: [] });
});
