import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareStory, storyContract } from '../../src/compare/index.js';
import { groupTables, UNGROUPED } from '../../src/compare/group-tables.js';
import type { Quote, Story } from '../../src/model/export.js';
import { buildStoryReport } from '../../src/report/story-report.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderCsvTables } from '../../src/report/render-csv.js';
import { storyGroups } from '../../src/services/story-groups.js';
import { openStore } from '../../src/store/open-store.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';
import { parallax } from '../helpers/cli.js';
import { story as articles } from './fixture.js';

// Harbor Post is a wire, Daily Beacon state media and a broadcaster, Morning Ledger in no group.
const GROUPS: Record<string, string[]> = { 'Harbor Post': ['wire'], 'Daily Beacon': ['state-media', 'broadcaster'] };
const groupsOf = (name: string) => GROUPS[name] ?? [];

const storyRecord: Story = {
  id: 'ev_orin', label: 'Vespar – Norlund crossing', level: 'event', parent_id: null, article_ids: articles.map((a) => a.id),
  first_date: '2025-05-05', last_date: '2025-05-06', summary: [], ...storyContract(compareStory(articles)),
};
const quotes: Quote[] = articles.flatMap((a) => a.quotes.map((q) => ({ ...q, article_id: a.id, kind: q.kind as Quote['kind'] })));
const refs = articles.map((a) => ({ id: a.id, outlet: a.outlet!.name }));

test('group tables: groups with their outlets, articles without a group under their own heading', () => {
  const t = groupTables(storyRecord, refs, quotes, groupsOf);
  const byName = Object.fromEntries(t.groups.map((g) => [g.name, g]));
  assert.deepEqual(Object.keys(byName).sort(), [UNGROUPED, 'broadcaster', 'state-media', 'wire'].sort());
  assert.deepEqual(byName.wire.articleIds, ['hp']);
  assert.deepEqual(byName['state-media'].outlets, ['Daily Beacon']);
  assert.deepEqual(byName[UNGROUPED].articleIds, ['ml']);
});

test('group tables: the matrix counts each group\'s articles per claim; coverage says what a group alone reports and leaves out', () => {
  const t = groupTables(storyRecord, refs, quotes, groupsOf);
  const row = (fragment: string) => t.matrix.find((r) => r.text.includes(fragment))!;
  const parliament = row('parliament');
  assert.deepEqual(parliament.counts, { wire: 1, 'state-media': 1, broadcaster: 1, [UNGROUPED]: 1 });
  const markets = row('Markets in Norlund');
  assert.equal(markets.counts['state-media'], 0);
  assert.ok(t.coverage['state-media'].omitted.includes(markets.claimId));
  const crisis = row('so-called crisis');
  assert.ok(t.coverage['state-media'].unique.includes(crisis.claimId));
  assert.ok(!t.coverage.wire.unique.includes(crisis.claimId));
  assert.ok(!t.coverage.wire.reported.includes(crisis.claimId));
});

test('group tables: quote share and framing labels per group', () => {
  const t = groupTables(storyRecord, refs, quotes, groupsOf);
  const wireVoices = t.quoteShare.wire ?? [];
  assert.ok(wireVoices.some((v) => /Berg/u.test(v.speaker)), JSON.stringify(wireVoices));
  assert.ok(Math.abs(wireVoices.reduce((s, v) => s + v.share, 0) - 1) < 1e-9);
  const invasion = t.framing.find((f) => Object.values(f.labels).some((l) => l.some((x) => /invasion/iu.test(x))));
  assert.ok(invasion, JSON.stringify(storyRecord.framing));
  for (const f of t.framing) {
    for (const g of t.groups) {
      const expected = new Set(g.articleIds.flatMap((id) => storyRecord.framing.find((x) => x.referent === f.referent)!.labels[id] ?? []));
      assert.deepEqual(new Set(f.labels[g.name]), expected);
    }
  }
});

async function seededStore(path: string) {
  const store = await openStore(path);
  await store.articles.saveMany(articles.map((a) => makeWrite(makeArticle({ id: a.id, title: a.title, text: a.text, published: a.published, outlet: { name: a.outlet!.name, domain: null } }))));
  await store.entities.replaceDerived({ newLocals: [], entities: [], links: [], quotes });
  await store.stories.replaceAll([storyRecord]);
  return store;
}

test('storyGroups builds the tables from the store; reports render per-group sections only when asked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-groups-'));
  try {
    const store = await seededStore(join(dir, 'p.db'));
    const t = await storyGroups(store, 'ev_orin', groupsOf);
    assert.ok(t);
    assert.deepEqual(t, groupTables(storyRecord, refs, quotes, groupsOf));
    assert.equal(await storyGroups(store, 'nope', groupsOf), null);
    const plain = await buildStoryReport(store, 'ev_orin');
    assert.equal(plain!.groups, null);
    assert.doesNotMatch(renderMarkdown(plain!), /By outlet group/u);
    assert.equal(Object.keys(renderCsvTables(plain!, quotes)).length, 3);
    const grouped = await buildStoryReport(store, 'ev_orin', { groupsOf });
    const md = renderMarkdown(grouped!);
    assert.match(md, /## By outlet group/u);
    assert.match(md, /\| claim \| .*state-media/u);
    assert.match(renderHtml(grouped!), /<h2>By outlet group<\/h2>/u);
    const csv = renderCsvTables(grouped!, quotes);
    assert.match(csv['group_matrix.csv'], /^claim_id,claim,/u);
    assert.match(csv['groups.csv'], /state-media,Daily Beacon,db,/u);
    assert.match(csv['group_quote_share.csv'], /wire,.*Berg/u);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: story and report take --groups FILE', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-groups-cli-'));
  try {
    const db = join(dir, 'p.db');
    await (await seededStore(db)).close();
    const file = join(dir, 'groups.json');
    writeFileSync(file, JSON.stringify(Object.entries(GROUPS).map(([name, groups]) => ({ name, domains: [], aliases: [], country: null, groups }))));
    const story = parallax(['story', 'ev_orin', '--db', db, '--groups', file]);
    assert.equal(story.status, 0, story.stderr);
    assert.match(story.stdout, /by outlet group:/u);
    assert.match(story.stdout, /state-media: 1 article \(Daily Beacon\)/u);
    const json = parallax(['story', 'ev_orin', '--db', db, '--groups', file, '--json']);
    assert.deepEqual(JSON.parse(json.stdout).groups.groups.map((g: { name: string }) => g.name).sort(), [UNGROUPED, 'broadcaster', 'state-media', 'wire'].sort());
    const out = join(dir, 'csv');
    const report = parallax(['report', 'ev_orin', '--db', db, '--groups', file, '--format', 'csv', '--out', out]);
    assert.equal(report.status, 0, report.stderr);
    assert.match(readFileSync(join(out, 'group_framing.csv'), 'utf8'), /^referent,group,labels/u);
    const md = parallax(['report', 'ev_orin', '--db', db, '--groups', file]);
    assert.match(md.stdout, /### Coverage matrix by group/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
