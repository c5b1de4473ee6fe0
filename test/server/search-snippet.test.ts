// Search snippets made in JS (src/store/search-snippet.ts): the words FTS5 matched, marked, in a
// fragment of about 16 words around the best hits; case and accents folded as unicode61 does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUserQuery } from '../../src/store/fts-query.js';
import { foldWord, makeSnippet } from '../../src/store/search-snippet.js';

const TEXT = 'Talks between the two sides will resume next week in Valdora, the minister said. '
  + 'Ilse Varga, the Minister of Trade, said the summit was a success. Café owners in Zürich disagreed.';
const snip = (q: string, text = TEXT) => makeSnippet(text, parseUserQuery(q));

test('words are marked where they occur, whatever their case', () => {
  assert.equal(snip('varga talks'), '⟦Talks⟧ between the two sides will resume next week in Valdora, the minister said. Ilse ⟦Varga⟧…');
});

test('a phrase is marked as one span, each occurrence', () => {
  const s = snip('"the minister"');
  assert.equal(s.match(/⟦the minister⟧|⟦the Minister⟧/g)?.length, 2);
  assert.ok(s.startsWith('…'), 'a fragment from the middle says so');
  assert.ok(!s.includes('⟦the⟧'), 'the phrase words are not marked alone');
});

test('prefixes, accents and case fold as in the full-text index', () => {
  assert.match(snip('summ*'), /⟦summit⟧/);
  assert.match(snip('cafe zurich'), /⟦Café⟧ owners in ⟦Zürich⟧/);
  assert.equal(foldWord('ÉCOLE'), 'ecole');
  assert.equal(foldWord('Straße'), 'straße');
});

test('the fragment holds the most distinct words of the query', () => {
  const s = snip('trade success');
  assert.match(s, /⟦Trade⟧.*⟦success⟧/);
});

test('no hit in the text (a title match): the start of the text; empty text: empty snippet', () => {
  assert.equal(snip('nowhere'), 'Talks between the two sides will resume next week in Valdora, the minister said. Ilse Varga…');
  assert.equal(snip('x', ''), '');
  assert.equal(snip('short', 'A short text.'), 'A ⟦short⟧ text');
});

test('words with non-ASCII letters stay whole', () => {
  assert.equal(snip('zurich', 'Zürich'), '⟦Zürich⟧');
  assert.equal(snip('rich', 'Zürich'), 'Zürich', 'no match inside a word');
});
