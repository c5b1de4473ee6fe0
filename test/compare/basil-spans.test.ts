import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../src/compare/index.js';
import { emptyTally, spanEcho } from '../../eval/compare/basil-spans.js';
import type { BasilArticle } from '../../eval/compare/basil-data.js';
import { article } from './fixture.js';

const spanOf = (text: string, phrase: string) => ({ bias: 'inf', quote: false, speaker: '', start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

test('span echo: a span whose words another outlet carries is echoed, one nobody else reports is not', () => {
  const a = article('a', 'Harbor Post', 'Vespar troops crossed into the Lake Orin region on Monday. Fishermen said the harbour cranes were painted green last winter. The Norlund parliament will meet on Tuesday.');
  const b = article('b', 'Morning Ledger', 'Vespar soldiers crossed into the Lake Orin region on Monday, officials said. The Norlund parliament will meet on Tuesday.');
  const list: BasilArticle[] = [
    { article: a, spans: [spanOf(a.text, 'crossed into the Lake Orin region'), spanOf(a.text, 'harbour cranes were painted green')] },
    { article: b, spans: [] },
  ];
  const inf = emptyTally();
  const random = emptyTally();
  let draws = 0;
  spanEcho(list, compareStory(list.map((x) => x.article)), () => (draws++ % 7) / 7, inf, random);
  assert.equal(inf.spans, 2);
  assert.equal(inf.echoed, 1);
  assert.ok(inf.aligned > 0.9 && inf.aligned <= 1, `aligned share sum ${inf.aligned}`);
  // Random spans come from the sentence holding no annotated span ("The Norlund parliament …"), which b reports.
  assert.ok(random.spans > 0);
  assert.equal(random.echoed, random.spans);
});
