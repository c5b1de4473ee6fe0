// The paragraph-anchored token diff: its runs cover both texts exactly, unchanged paragraphs are
// equal runs, an edited word is a substitution, and it gives up past the edit cap like jsdiff.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyTokens } from '../../src/provenance/body-tokens.js';
import { EDIT_MAX_DIFF } from '../../src/provenance/config.js';
import { tokenChanges } from '../../src/provenance/token-changes.js';

const para = (n: number, word = 'alpha'): string => Array.from({ length: 24 }, (_, i) => `${word}${n}x${i}`).join(' ') + '.';

function covers(changes: { count: number; added: boolean; removed: boolean }[], na: number, nb: number): void {
  const a = changes.filter((c) => !c.added).reduce((s, c) => s + c.count, 0);
  const b = changes.filter((c) => !c.removed).reduce((s, c) => s + c.count, 0);
  assert.equal(a, na);
  assert.equal(b, nb);
}

test('an edited word inside one paragraph is a one-word substitution between equal runs', () => {
  const paras = [0, 1, 2, 3].map((n) => para(n));
  const edited = [...paras];
  edited[2] = edited[2].replace('alpha2x5', 'replaced');
  const a = bodyTokens(paras.join('\n\n'));
  const b = bodyTokens(edited.join('\n\n'));
  const changes = tokenChanges(a, b)!;
  covers(changes, a.count, b.count);
  const kinds = changes.map((c) => (c.added ? '+' : c.removed ? '-' : '=') + c.count);
  assert.deepEqual(kinds, [`=${24 * 2 + 5}`, '-1', '+1', `=${24 * 2 - 6}`]);
});

test('an added paragraph and a dropped one are whole-paragraph runs', () => {
  const a = bodyTokens([para(0), para(1), para(2)].join('\n\n'));
  const b = bodyTokens([para(0), para(2), para(9, 'beta')].join('\n\n'));
  const changes = tokenChanges(a, b)!;
  covers(changes, a.count, b.count);
  assert.deepEqual(changes.map((c) => (c.added ? '+' : c.removed ? '-' : '=') + c.count), ['=24', '-24', '=24', '+24']);
});

test('past the edit cap there is no diff', () => {
  const n = Math.ceil(EDIT_MAX_DIFF / 24) + 2;
  const a = bodyTokens(Array.from({ length: n }, (_, i) => para(i)).join('\n\n'));
  const b = bodyTokens(Array.from({ length: n }, (_, i) => para(i, 'gamma')).join('\n\n'));
  assert.equal(tokenChanges(a, b), undefined);
  assert.ok(tokenChanges(a, a));
});
