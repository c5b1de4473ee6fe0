// The story page payload: a page of the story's articles (fields the page shows, in story order),
// outlet counts over the whole story, its events; the story list reads summary columns only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Story } from '../../src/model/export.js';
import { openStore } from '../../src/store/open-store.js';
import { buildServer } from '../../src/server/app.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

function story(over: Partial<Story> & { id: string; article_ids: string[] }): Story {
  return {
    label: `Story ${over.id}`, level: 'story', parent_id: null, first_date: '2025-03-01', last_date: '2025-03-02',
    summary: [], coverage: null, quote_variants: [], framing: [], conflicts: [], ...over,
  };
}

async function fixture() {
  const store = await openStore(':memory:');
  const outlets = ['North Ledger', 'North Ledger', 'Bay Times', null];
  await store.articles.saveMany(outlets.map((o, i) => makeWrite(makeArticle({
    id: `a${i}`, outlet: o ? { name: o, domain: null } : null, text: `Body ${i} `.repeat(50), removed: [{ text: 'Subscribe now', reason: 'share_prompt' }],
  }))));
  await store.stories.replaceAll([
    story({ id: 's1', article_ids: ['a0', 'a1', 'a2', 'a3'] }),
    story({ id: 'e1', level: 'event', parent_id: 's1', article_ids: ['a0', 'a2'] }),
    story({ id: 's2', article_ids: ['a3'], last_date: '2025-04-01' }),
  ]);
  const app = await buildServer({ store });
  return { app, close: async () => { await app.close(); await store.close(); } };
}

test('the story page returns one page of article texts, whole-story outlet counts and events', async () => {
  const { app, close } = await fixture();
  const d = (await app.inject('/api/stories/s1?limit=2')).json();
  assert.equal(d.story.id, 's1');
  assert.deepEqual(d.articles.map((a: { id: string }) => a.id), ['a0', 'a1'], 'story order, first page');
  assert.equal(d.articles_total, 4);
  assert.ok(d.articles[0].text.startsWith('Body 0'));
  assert.equal(d.articles[0].removed, undefined, 'boilerplate and provenance details stay on the article page');
  assert.deepEqual(d.outlets, [{ name: 'North Ledger', articles: 2 }, { name: 'Bay Times', articles: 1 }, { name: 'unknown', articles: 1 }]);
  assert.deepEqual(d.children.map((c: { id: string }) => c.id), ['e1']);
  assert.equal(d.quotes, undefined);
  const next = (await app.inject('/api/stories/s1?limit=2&offset=2')).json();
  assert.deepEqual(next.articles.map((a: { id: string }) => a.id), ['a2', 'a3']);
  const all = (await app.inject('/api/stories/s1')).json();
  assert.equal(all.articles.length, 4, 'the default page holds every compared article');
  assert.deepEqual(all.outlets, d.outlets, 'counted from a page that holds every article: the same counts');
  const row = (await app.inject('/api/stories?level=story')).json().items.find((s: { id: string }) => s.id === 's1');
  assert.deepEqual(all.outlets, row.outlets, 'as the story list counts them');
  assert.equal((await app.inject('/api/stories/s1?limit=500')).statusCode, 400);
  assert.equal((await app.inject('/api/stories/nope')).statusCode, 404);
  await close();
});

test('the story list gives counts from the link table, largest story first', async () => {
  const { app, close } = await fixture();
  const list = (await app.inject('/api/stories?level=story')).json();
  assert.deepEqual(list.items.map((s: { id: string; article_count: number }) => [s.id, s.article_count]), [['s1', 4], ['s2', 1]]);
  assert.equal(list.items[0].outlets.length, 3);
  const events = (await app.inject('/api/stories?level=event')).json();
  assert.equal(events.items[0].parent_id, 's1');
  await close();
});
