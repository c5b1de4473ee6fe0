import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addArticles } from '../../src/provenance/add-articles.js';
import { compareTexts } from '../../src/provenance/compare-texts.js';
import { extendsHeadline } from '../../src/provenance/headline.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { article, articleText, paragraph } from './fixtures.js';

// Written for these tests: news-like paragraphs with common words a rewriter replaces by rarer ones.
const PLAIN = [
  'The mayor said on Monday that people in the city would get a new bridge before the winter.',
  'Police told reporters that the big crowd outside the council had been calm all day and left at night.',
  'Officials said the plan was also the first step in a long project that people had asked for.',
  'The council said the new budget would be big enough to pay for the bridge and the road.',
  'A teacher told the crowd that people had waited for years and that the city should act now.',
  ...Array.from({ length: 6 }, (_, i) => paragraph(900 + i, 50)),
].join('\n\n');
const SPUN = PLAIN.replace('mayor said', 'mayor stated').replace('people in', 'individuals in').replace('told reporters', 'informed reporters')
  .replace('the big crowd', 'the large crowd').replace('that people had asked', 'that individuals had asked').replace('council said', 'council stated');

test('a rewrite that replaces common words with rarer ones is the copy', () => {
  const link = compareTexts('a', PLAIN, 'b', SPUN);
  assert.ok(link && link.kind === 'near');
  assert.ok((link.extraB.rarerWords ?? 0) >= 4, `rarer words in the rewrite: ${link.extraB.rarerWords}`);
  assert.equal(link.extraA.rarerWords, 0);
  const index = new MemoryProvenanceIndex();
  addArticles([article('x-spun', SPUN), article('y-plain', PLAIN)], index);
  const p = provenanceOf('x-spun', index);
  assert.equal(p.original?.article_id, 'y-plain');
  assert.match(p.original!.evidence, /rarer ones/);
  assert.equal(provenanceOf('y-plain', index).original, null);
});

test('a headline with a site name or a label added is the copy\'s', () => {
  assert.equal(extendsHeadline('Council passes the budget | Harbor Daily', 'Council passes the budget'), true);
  assert.equal(extendsHeadline('WATCH: council passes the budget', 'Council Passes The Budget'), true);
  assert.equal(extendsHeadline('Council passes the budget', 'Council passes the budget | Harbor Daily'), false);
  assert.equal(extendsHeadline('Council passes budget in late vote', 'Council passes the budget'), false);
  assert.equal(extendsHeadline('News | Site', null), false);
  const body = articleText(60, 5);
  const index = new MemoryProvenanceIndex();
  addArticles([article('a', body, { title: 'Storm hits the coast | Daily Hub' }), article('b', body, { title: 'Storm hits the coast' })], index);
  assert.equal(provenanceOf('a', index).original?.article_id, 'b');
  assert.match(provenanceOf('a', index).original!.evidence, /headline/);
});

test('with symmetric evidence the direction is left undetermined', () => {
  const paras = Array.from({ length: 6 }, (_, i) => paragraph(700 + i));
  const other = [...paras];
  other[2] = other[2].replace(/^(\S+ \S+ \S+) (\S+)/, '$1 harbor');
  const index = new MemoryProvenanceIndex();
  addArticles([article('a', paras.join('\n\n')), article('b', other.join('\n\n'))], index);
  assert.ok(provenanceOf('a', index).duplicates.some((d) => d.article_id === 'b'));
  assert.equal(provenanceOf('a', index).original, null);
  assert.equal(provenanceOf('b', index).original, null);
});

test('a copy of a copy names the root original, not its sibling', () => {
  const sibling = `${SPUN}\n\nShare this article`;
  // Cut from the rewrite: it shares the rewrite's words, so the rewrite holds more of it than the original.
  const cut = `${SPUN.split('\n\n').slice(0, 9).join('\n\n')}\n\nLeave a Reply`;
  const index = new MemoryProvenanceIndex();
  addArticles([article('o', PLAIN, { published: '2024-05-01' }), article('s', sibling, { published: '2024-05-02' }), article('c', cut, { published: '2024-05-03' })], index);
  const p = provenanceOf('c', index);
  assert.equal(p.original?.article_id, 'o');
  assert.equal(index.getLineage('c')?.parent, 's');
  assert.match(p.original!.evidence, /s is itself a copy of o/);
  assert.deepEqual(provenanceOf('o', index).copies, ['c', 's']);
});

test('the chain result does not depend on the order articles arrive in', () => {
  const sibling = `${SPUN}\n\nShare this article`;
  const cut = `${SPUN.split('\n\n').slice(0, 9).join('\n\n')}\n\nLeave a Reply`;
  const arts = [article('o', PLAIN, { published: '2024-05-01' }), article('s', sibling, { published: '2024-05-02' }), article('c', cut, { published: '2024-05-03' })];
  for (const order of [[2, 1, 0], [1, 2, 0], [0, 2, 1]]) {
    const index = new MemoryProvenanceIndex();
    for (const i of order) addArticles([arts[i]], index);
    assert.equal(provenanceOf('c', index).original?.article_id, 'o', `order ${order}`);
    assert.equal(provenanceOf('s', index).original?.article_id, 'o', `order ${order}`);
  }
});

test('a short paragraph missing between shared ones is not taken for boilerplate', () => {
  const paras = Array.from({ length: 6 }, (_, i) => paragraph(800 + i));
  const full = [...paras.slice(0, 3), 'Watch the video below', ...paras.slice(3)].join('\n\n');
  const link = compareTexts('a', full, 'b', paras.join('\n\n'));
  assert.equal(link?.extraA.boilerplateTokens, 0);
  assert.equal(link?.extraA.bodyTokens, 0);
  const framed = compareTexts('a', `${paras.join('\n\n')}\n\nTap here for more stories`, 'b', paras.join('\n\n'));
  assert.equal(framed?.extraA.boilerplateTokens, 5);
});
