// The corpus step's token cache: verification and result building give the same links and results
// with it as without, each text is tokenised once, and a changed text is never served stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addSummarized } from '../../src/provenance/add-articles.js';
import { compareTexts } from '../../src/provenance/compare-texts.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { summarize } from '../../src/provenance/summarize.js';
import { TokenCache } from '../../src/provenance/token-cache.js';
import { article, articleText, paragraph } from '../provenance/fixtures.js';

/** Texts that give every kind of link: near copies, cut copies with boilerplate, partial reuse. */
function texts(): { id: string; text: string }[] {
  const base = articleText(3, 6).split('\n\n');
  return [
    { id: 'a', text: base.join('\n\n') },
    { id: 'b', text: [base[0].replace(/^\w+/, 'Meanwhile'), ...base.slice(1)].join('\n\n') },
    { id: 'c', text: [...base.slice(0, 4), 'Share this story', 'Sign up for our newsletter'].join('\n\n') },
    { id: 'd', text: [paragraph(901), base[2], base[3], paragraph(902), paragraph(903), paragraph(904)].join('\n\n') },
    { id: 'e', text: [paragraph(905), paragraph(906), base[5], paragraph(907)].join('\n\n') },
    { id: 'f', text: articleText(9, 5) },
  ];
}

test('compareTexts gives the same links with the cache as without, remembered pairs included', () => {
  const all = texts();
  const cache = new TokenCache();
  let linked = 0;
  for (let round = 0; round < 2; round++) {
    for (const x of all) {
      for (const y of all) {
        if (x.id >= y.id) continue;
        const plain = compareTexts(x.id, x.text, y.id, y.text);
        assert.deepEqual(compareTexts(x.id, x.text, y.id, y.text, cache), plain, `${x.id}-${y.id} round ${round}`);
        if (plain) linked++;
      }
    }
  }
  assert.ok(linked >= 8, `the fixture pairs link (${linked})`);
  assert.equal(cache.size, all.length, 'each text tokenised once');
});

test('a text that changed under the same id is compared afresh', () => {
  const [a, b] = texts();
  const cache = new TokenCache();
  assert.ok(compareTexts(a.id, a.text, b.id, b.text, cache), 'near copies link');
  const other = articleText(42, 6);
  assert.equal(compareTexts(a.id, a.text, b.id, other, cache), compareTexts(a.id, a.text, b.id, other));
  assert.equal(compareTexts(a.id, a.text, b.id, other, cache), null);
  assert.deepEqual(cache.forms(b.id, other).tokens, cache.forms('other', other).tokens);
});

test('results over an index built with the cache equal results built without', () => {
  const inputs = texts().map((t, i) => article(t.id, t.text, { published: `2024-05-0${i + 1}T08:00:00Z` }));
  inputs.push(article('a2', inputs[0].text, { published: '2024-05-09T08:00:00Z' })); // exact duplicate
  const plain = new MemoryProvenanceIndex();
  const cached = new MemoryProvenanceIndex();
  const cache = new TokenCache();
  const items = inputs.map((a) => ({ article: a, summary: summarize(a) }));
  const u1 = addSummarized(items, plain);
  const u2 = addSummarized(items, cached, cache);
  assert.deepEqual(u2, u1);
  let reuse = 0;
  for (const a of inputs) {
    const want = provenanceOf(a.id, plain);
    reuse += want.reuse.length;
    assert.deepEqual(provenanceOf(a.id, cached, cache), want, a.id);
  }
  assert.ok(reuse > 0, 'some results carry reuse passages');
});
