import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/language/sentences/split-sentences.js';
import { sharedSentences, type SharedSentence } from '../../src/stories/clustering/shared-sentences.js';
import { contentTerms } from '../../src/stories/clustering/terms.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

/** The all-pairs definition the indexed version must reproduce exactly. */
function reference(articles: { id: string; text: string }[], limit = 3): SharedSentence[] {
  const sents = articles.map((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end).trim())
    .map((text) => ({ text, terms: new Set(contentTerms(text)) })).filter((s) => s.terms.size >= 5));
  const scored: SharedSentence[] = [];
  sents.forEach((list, ai) => list.forEach((s) => {
    let support = 0;
    sents.forEach((other, bi) => {
      if (bi !== ai && other.some((o) => { let n = 0; for (const t of s.terms) if (o.terms.has(t)) n++; return n / Math.min(s.terms.size, o.terms.size) >= 0.5; })) support++;
    });
    if (support > 0) scored.push({ article_id: articles[ai].id, text: s.text, support });
  }));
  return scored.sort((a, b) => b.support - a.support).slice(0, limit);
}

// Made-up words, a skewed draw: some sentences overlap a lot, most little.
const SYL = ['ka', 'lo', 'mi', 'ru', 'te', 'vo', 'zan', 'pel', 'dor', 'fis'];
const WORDS = Array.from({ length: 150 }, (_, i) => SYL[i % 10] + SYL[Math.floor(i / 10) % 10] + (i >= 100 ? 'ber' : 'x'));

function randomArticles(seed: number, n: number): { id: string; text: string }[] {
  const r = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const sentences = Array.from({ length: 3 + Math.floor(r() * 6) }, () => {
      const len = 5 + Math.floor(r() * 10);
      const words = Array.from({ length: len }, () => WORDS[Math.floor(r() * r() * WORDS.length)]);
      return words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
    });
    return { id: `a${i}`, text: sentences.join(' ') };
  });
}

test('shared sentences: the indexed search equals the all-pairs definition', () => {
  const supports = new Set<number>();
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const articles = randomArticles(seed, 2 + seed * 2);
    const all = sharedSentences(articles, 50);
    assert.deepEqual(all, reference(articles, 50), `seed ${seed}`);
    for (const s of all) supports.add(s.support);
    assert.deepEqual(sharedSentences(articles), reference(articles), `seed ${seed}, default limit`);
  }
  assert.ok(supports.size >= 4, 'the data must tell supports apart');
});

test('shared sentences: a sentence repeated by three outlets ranks first', () => {
  const core = 'The harbour pilots walked out at dawn over night shift wages and cargo delays.';
  const articles = [
    { id: 'x', text: `${core} Ferries kept running.` },
    { id: 'y', text: `Ferry crews watched. ${core.replace('dawn', 'sunrise')}` },
    { id: 'z', text: `${core.replace('walked out', 'struck')} The mayor called for talks with the union and the port authority.` },
  ];
  const top = sharedSentences(articles)[0];
  assert.equal(top.article_id, 'x');
  assert.equal(top.support, 2);
  assert.deepEqual(sharedSentences([articles[0]]), []);
});
