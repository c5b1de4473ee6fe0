import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCoverage, coverageContract } from '../../src/compare/coverage.js';
import { clauses, splitClaims } from '../../src/compare/claims.js';
import { beacon, harbor, ledger, story, article } from './fixture.js';

const cov = buildCoverage(story, { groupsOf: (name) => (name === 'Morning Ledger' ? ['us-left'] : []) });
const groupWith = (articleId: string, fragment: string) => cov.groups.find((g) => g.claims.some((c) => c.articleId === articleId && c.text.includes(fragment)))!;

test('paraphrased claims align across outlets (troops/forces, officials in Norlund/Norlund officials)', () => {
  const g = groupWith('hp', 'crossed into the Lake Orin region');
  assert.deepEqual([...g.articleIds].sort(), ['hp', 'ml']);
  assert.equal(g.cells.ml, 'differs');
  assert.equal(g.cells.db, 'absent');
});

test('the parliament claim is reported by all three; wording that differs only in function words is "reported"', () => {
  const g = groupWith('hp', 'parliament will meet');
  assert.deepEqual([...g.articleIds].sort(), ['db', 'hp', 'ml']);
  assert.equal(g.cells.hp, 'reported');
  assert.equal(g.cells.ml, 'reported');
  assert.equal(g.cells.db, 'reported');
});

test('unrelated claims do not align', () => {
  const g = groupWith('db', 'so-called crisis');
  assert.deepEqual(g.articleIds, ['db']);
  assert.ok(cov.unique.db.includes(g.id));
});

test('omissions: a claim two others report is omitted by the third', () => {
  const markets = groupWith('hp', 'Markets in Norlund');
  assert.deepEqual([...markets.articleIds].sort(), ['hp', 'ml']);
  assert.ok(cov.omitted.db.includes(markets.id));
  assert.ok(!cov.omitted.hp.includes(markets.id));
});

test('per outlet and per outlet group (article groups and groupsOf)', () => {
  assert.deepEqual(Object.keys(cov.byOutlet).sort(), ['Daily Beacon', 'Harbor Post', 'Morning Ledger']);
  assert.ok(cov.byGroup['state-media'].unique.length > 0);
  assert.deepEqual(cov.byGroup['us-left'].articleIds, ['ml']);
  const markets = groupWith('hp', 'Markets in Norlund');
  assert.ok(cov.byGroup['state-media'].omitted.includes(markets.id));
});

test('contract shape: claims with article ids and variants, unique per article', () => {
  const c = coverageContract(cov);
  const parl = c.claims.find((x) => x.text.includes('parliament'))!;
  assert.equal(parl.variants.length, 3);
  assert.deepEqual(Object.keys(c.unique).sort(), ['db', 'hp', 'ml']);
});

test('compound sentences split at ", while" outside quotes only', () => {
  const text = 'Russia said it supports the plan of the island government, while China favors further expansion of the alliance. He said “we talk, while they fight in the hills” to the press.';
  const a = article('x', 'X', text);
  const claims = splitClaims(a).map((c) => c.text);
  assert.ok(claims.includes('China favors further expansion of the alliance.'));
  assert.equal(claims.length, 3);
  assert.equal(clauses(text, { start: 0, end: 20 }, []).length, 1);
});

test('a large story aligns through the term index (no claim left out of its repeated group)', () => {
  const many = Array.from({ length: 120 }, (_, i) => ({ ...[harbor, beacon, ledger][i % 3], id: `a${i}` }));
  const big = buildCoverage(many);
  const parl = big.groups.find((g) => g.text.includes('parliament'))!;
  assert.ok(parl.articleIds.length >= 100);
});

test('paraphrase tier: independently worded reports of one fact align; a shared name and weekday alone do not', () => {
  const a = article('pa', 'Paper A', 'The Norlund parliament approved the new border budget on Tuesday after a long debate about the fishing quotas. Anna Berg spoke about the harbour on Tuesday.');
  const b = article('pb', 'Paper B', 'After hours of arguing over fishing quotas, lawmakers in Norlund passed the border budget, which the parliament had delayed twice. Anna Berg visited a school in Vespar on Tuesday.');
  const cov = buildCoverage([a, b]);
  const budget = cov.groups.find((g) => g.text.includes('budget'))!;
  assert.deepEqual([...budget.articleIds].sort(), ['pa', 'pb']);
  assert.ok(cov.cosine(budget.claims[0], budget.claims[1]) < 0.4, 'below the copy threshold: aligned by the paraphrase tier');
  const berg = cov.groups.find((g) => g.text.includes('harbour'))!;
  assert.deepEqual(berg.articleIds, ['pa']);
});
