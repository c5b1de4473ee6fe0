import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteVariants, quoteVariantsContract } from '../../src/compare/quote-variants.js';
import { shareOfVoice } from '../../src/compare/share-of-voice.js';
import { compareFraming, framingContract } from '../../src/compare/framing.js';
import { buildCoverage } from '../../src/compare/coverage.js';
import { findConflicts } from '../../src/compare/conflicts.js';
import { findQuantities, valuesDisagree } from '../../src/compare/quantities.js';
import { words } from '../../src/compare/terms.js';
import { compareStory, storyContract, outletProfileParts } from '../../src/compare/index.js';
import type { CompareArticle } from '../../src/compare/types.js';
import { story } from './fixture.js';

function quoted(id: string, published: string, quote: string, speaker = 'Anna Berg'): CompareArticle {
  const text = `“${quote},” ${speaker} said.`;
  return {
    id, outlet: { name: id }, outletGroups: [], title: null, text, published, flags: [], sentences: [{ start: 0, end: text.length }], entities: [],
    quotes: [{ id: `${id}#q0`, text: quote, kind: 'direct', start: 1, end: 1 + quote.length, cue: 'said', speaker: { name: speaker, entity_id: null } }],
  };
}

test('quote variants: identical and extended renderings of one statement, with a word diff', () => {
  const groups = findQuoteVariants(story);
  const g = groups.find((x) => x.speaker === 'Anna Berg')!;
  assert.ok(g);
  assert.equal(g.label, 'extended');
  const db = g.renderings.find((r) => r.articleId === 'db')!;
  assert.equal(db.label, 'extended');
  assert.ok(db.diff.some((d) => d.op === '+' && d.text.includes('Never')));
  const c = quoteVariantsContract(groups);
  assert.ok(c[0].renderings.every((r) => r.quote_id.includes('#q')));
});

test('quote variant labels: trimmed, reworded (translation-like paraphrase), contradictory, and no match for other statements', () => {
  const ref = 'No matter how dangerous the regional situation, we will keep our strategic focus on the partnership';
  const trimmed = findQuoteVariants([quoted('a', '2025-01-01', ref), quoted('b', '2025-01-02', 'we will keep our strategic focus')]);
  assert.equal(trimmed[0].label, 'trimmed');
  const reworded = findQuoteVariants([quoted('a', '2025-01-01', ref), quoted('b', '2025-01-02', 'However sinister the regional scenario is, both sides will keep their strategic determination on the partnership')]);
  assert.equal(reworded[0].label, 'reworded');
  const contra = findQuoteVariants([quoted('a', '2025-01-01', 'We will never accept foreign troops on our soil'), quoted('b', '2025-01-02', 'We will accept foreign troops on our soil')]);
  assert.equal(contra[0].label, 'contradictory');
  assert.equal(findQuoteVariants([quoted('a', '2025-01-01', ref), quoted('b', '2025-01-02', 'The harvest this year was the best in a decade')]).length, 0);
  assert.equal(findQuoteVariants([quoted('a', '2025-01-01', ref), quoted('b', '2025-01-02', ref, 'Carl Mott')]).length, 0);
});

test('share of voice counts quotes and words per speaker, per article and outlet', () => {
  const sov = shareOfVoice(story);
  const hp = sov.byArticle.hp.find((s) => s.speaker === 'Anna Berg')!;
  assert.ok(hp.quotes >= 2);
  assert.ok(hp.words >= 9);
  assert.ok(sov.byOutlet['Daily Beacon'].some((s) => s.key === 'anna berg'));
});

test('framing: labels in narration by referent, quoted labels listed apart, hedges and attribution verbs', () => {
  const f = compareFraming(story);
  const conflict = f.referents.find((r) => r.referent === 'the conflict in Lake Orin')!;
  assert.ok(conflict);
  assert.ok(conflict.labels.ml.some((l) => l.toLowerCase().includes('invasion of lake orin')));
  assert.ok(!(conflict.labels.hp ?? []).some((l) => l.includes('invasion')), 'the Harbor Post only quotes "invasion"');
  assert.ok(conflict.sourceLabels.hp.some((l) => l.includes('invasion of Lake Orin')));
  assert.ok(conflict.labels.db.some((l) => l.includes('so-called crisis') || l === 'crisis'));
  const gov = f.referents.find((r) => r.referent === 'the government of Norlund')!;
  assert.ok(gov.labels.db.includes('Norlund regime'));
  const db = f.articles.find((a) => a.articleId === 'db')!;
  assert.equal(db.hedges['so-called'], 1);
  assert.equal(db.attribution.assertive, 1);
  assert.ok(db.loaded.negative >= 1);
  const finding = db.findings.find((x) => x.kind === 'hedge')!;
  assert.ok(story[1].text.slice(finding.sentence.start, finding.sentence.end).includes('so-called crisis'));
  assert.ok(framingContract(f).some((x) => x.referent === 'the conflict in Lake Orin'));
});

test('quantities: value, counted noun (synonyms folded) and qualifier', () => {
  const s = 'Russia has amassed more than 106,000 troops and 4,000 servicemen; shares rose 6.4 per cent.';
  const q = findQuantities(s, words(s));
  assert.deepEqual(q.map((x) => [x.value, x.unit, x.bound]), [[106000, 'troop', 'min'], [4000, 'troop', 'exact'], [6.4, 'percent', 'exact']]);
  assert.equal(valuesDisagree(q[0], { ...q[0], value: 110000, bound: 'exact' }), false);
  assert.equal(valuesDisagree(q[0], q[1]), true);
});

test('conflicts: troop counts disagree; the garbled rewrite contradicts the quote and carries the flag', () => {
  const cov = buildCoverage(story);
  const conflicts = findConflicts(story, cov);
  const troops = conflicts.find((c) => c.kind === 'number' && c.reason === 'troop')!;
  assert.ok(troops);
  assert.deepEqual([...new Set(troops.claims.map((c) => c.articleId))].sort(), ['db', 'hp', 'ml']);
  const claim = conflicts.find((c) => c.kind === 'claim')!;
  assert.ok(claim);
  assert.ok(claim.claims.some((c) => c.articleId === 'ml' && c.text.includes('welcome foreign troops')));
  assert.ok(claim.flags.some((f) => f.article_id === 'ml' && f.flag === 'garbled'));
  assert.ok(!conflicts.some((c) => c.claims.some((x) => x.text.includes('parliament'))));
});

test('compareStory fills the export contract and outlet profile parts', () => {
  const cmp = compareStory(story);
  const c = storyContract(cmp);
  assert.ok(c.coverage.claims.length > 0 && c.quote_variants.length > 0 && c.framing.length > 0 && c.conflicts.length > 0);
  const parts = outletProfileParts('Daily Beacon', [cmp]);
  assert.ok(parts.quoted.some((q) => q.entity_id === 'anna berg'));
  assert.ok(Object.keys(parts.labels).length > 0);
});
