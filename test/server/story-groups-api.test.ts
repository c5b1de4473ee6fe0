// GET /api/stories/{id}/groups: a story's coverage, quote share and framing per outlet group, with
// groups from the server's outlet registry; outlets in no group fall under "(no group)".
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Quote, Story } from '../../src/model/export.js';
import { openStore } from '../../src/store/open-store.js';
import { buildServer } from '../../src/server/app.js';
import { StoryGroups } from '../../src/server/story-groups-schema.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

const GROUPS: Record<string, string[]> = { 'North Ledger': ['business'], 'Bay Times': ['regional', 'business'], 'Valley Post': ['regional'] };

function quote(id: string, articleId: string, speaker: string, text: string): Quote {
  return { id, article_id: articleId, text, kind: 'direct', speaker: { name: speaker, entity_id: null }, cue: 'said', start: 0, end: text.length };
}

async function fixture(options: { groupsOf?: (outlet: string) => string[]; outletFiles?: string[] } = {}) {
  const store = await openStore(':memory:');
  const outlets = ['North Ledger', 'Bay Times', 'Valley Post', 'Unlisted Weekly'];
  await store.articles.saveMany(outlets.map((o, i) => makeWrite(makeArticle({ id: `a${i}`, outlet: { name: o, domain: null }, text: `Body ${i}.` }))));
  const story: Story = {
    id: 's1', label: 'Harbour strike', level: 'story', parent_id: null, article_ids: ['a0', 'a1', 'a2', 'a3'], first_date: '2025-03-01', last_date: '2025-03-02',
    summary: [], quote_variants: [], conflicts: [],
    coverage: {
      claims: [
        { id: 'claim-1', text: 'Dockers walked out.', article_ids: ['a0', 'a1', 'a2', 'a3'], variants: [] },
        { id: 'claim-2', text: 'Shares fell 4%.', article_ids: ['a0', 'a1'], variants: [] },
        { id: 'claim-3', text: 'The mayor backed the strikers.', article_ids: ['a2'], variants: [] },
      ],
      unique: {},
    },
    framing: [{ referent: 'the strikers', labels: { a0: ['militants'], a2: ['workers'], a3: ['dockers'] } }],
  };
  await store.stories.replaceAll([story]);
  await store.entities.replaceDerived({
    newLocals: [], entities: [], links: [],
    quotes: [quote('q1', 'a0', 'Port Authority', 'losses mount every day'), quote('q2', 'a2', 'Mayor Ruiz', 'they deserve a fair wage and safe docks'), quote('q3', 'a1', 'Mayor Ruiz', 'talks resume')],
  });
  const app = await buildServer({ store, ...options });
  return { app, close: async () => { await app.close(); await store.close(); } };
}

test('per-group tables: coverage counts, quote share and framing for each outlet group', async () => {
  const { app, close } = await fixture({ groupsOf: (o) => GROUPS[o] ?? [] });
  const res = await app.inject('/api/stories/s1/groups');
  assert.equal(res.statusCode, 200);
  const body = StoryGroups.parse(res.json());
  assert.equal(body.story_id, 's1');
  assert.equal(body.grouped, true);
  const byName = new Map(body.groups.map((g) => [g.name, g]));
  assert.deepEqual(body.groups.map((g) => g.name), ['business', 'regional', '(no group)'], 'most articles first');
  assert.deepEqual(byName.get('business')!.article_ids, ['a0', 'a1']);
  assert.deepEqual(byName.get('regional')!.outlets, ['Bay Times', 'Valley Post']);
  assert.deepEqual(byName.get('(no group)')!.outlets, ['Unlisted Weekly']);
  assert.deepEqual(body.claims.find((c) => c.id === 'claim-2')!.counts, { business: 2, regional: 1, '(no group)': 0 });
  assert.ok(byName.get('business')!.coverage.reported.includes('claim-2'));
  assert.ok(!byName.get('(no group)')!.coverage.reported.includes('claim-2'));
  assert.deepEqual(byName.get('regional')!.coverage.unique, ['claim-3'], 'only the regional group reports the mayor');
  const regionalVoices = byName.get('regional')!.quote_share;
  assert.equal(regionalVoices[0].speaker, 'Mayor Ruiz');
  assert.equal(regionalVoices[0].quotes, 2);
  assert.deepEqual(byName.get('business')!.quote_share.map((v) => v.speaker).sort(), ['Mayor Ruiz', 'Port Authority']);
  assert.equal(byName.get('(no group)')!.quote_share.length, 0);
  const strikers = body.framing.find((f) => f.referent === 'the strikers')!;
  assert.deepEqual(strikers.labels.business, ['militants']);
  assert.deepEqual(strikers.labels.regional, ['workers']);
  assert.deepEqual(strikers.labels['(no group)'], ['dockers']);
  await close();
});

test('outlets the registry does not group fall under "(no group)", and grouped says so', async () => {
  const { app, close } = await fixture({ groupsOf: () => [] });
  const body = StoryGroups.parse((await app.inject('/api/stories/s1/groups')).json());
  assert.equal(body.grouped, false);
  assert.deepEqual(body.groups.map((g) => [g.name, g.article_ids.length]), [['(no group)', 4]]);
  await close();
});

test('by default the groups come from the outlet registry with the server\'s --outlets files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-groups-'));
  const file = join(dir, 'outlets.json');
  writeFileSync(file, JSON.stringify([{ name: 'Valley Post', domains: ['valleypost.example'], aliases: [], country: null, groups: ['hill-press'] }]));
  try {
    const { app, close } = await fixture({ outletFiles: [file] });
    const body = StoryGroups.parse((await app.inject('/api/stories/s1/groups')).json());
    assert.equal(body.grouped, true);
    assert.deepEqual(body.groups.find((g) => g.name === 'hill-press')?.article_ids, ['a2']);
    assert.deepEqual(body.groups.find((g) => g.name === '(no group)')?.outlets, ['North Ledger', 'Bay Times', 'Unlisted Weekly'], 'invented names are in no shipped group');
    const outlets = (await app.inject('/api/outlets')).json() as { items: { name: string; groups: string[] }[] };
    assert.deepEqual(outlets.items.find((o) => o.name === 'Valley Post')?.groups, ['hill-press'], 'outlet profiles carry the same groups');
    await close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing story is 404 and a malformed id 400, as problem details', async () => {
  const { app, close } = await fixture({ groupsOf: () => [] });
  const missing = await app.inject('/api/stories/nope/groups');
  assert.equal(missing.statusCode, 404);
  assert.match(missing.headers['content-type'] as string, /application\/problem\+json/);
  assert.equal((await app.inject('/api/stories/bad%20id/groups')).statusCode, 400);
  await close();
});
