import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addArticles } from '../../src/provenance/add-articles.js';
import { diffTexts } from '../../src/provenance/diff.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { article, articleText, paragraph } from './fixtures.js';

const outlet = (name: string) => ({ name, domain: null });

test('a credit naming the other article\'s outlet decides the direction', () => {
  const body = articleText(30, 6);
  const index = new MemoryProvenanceIndex();
  addArticles([
    article('z-orig', body, { outlet: outlet('Harbor Daily'), published: '2024-03-02' }),
    article('a-copy', `${body}\n\nOriginally published by Harbor Daily.`, { outlet: outlet('Copy Site'), published: '2024-03-01' }),
  ], index);
  const copy = provenanceOf('a-copy', index);
  assert.equal(copy.original?.article_id, 'z-orig');
  assert.equal(copy.original?.outlet, 'Harbor Daily');
  assert.match(copy.original!.evidence, /Originally published by Harbor Daily/);
  assert.deepEqual(provenanceOf('z-orig', index).copies, ['a-copy']);
  assert.equal(provenanceOf('z-orig', index).original, null);
});

test('without credits, a cut copy with boilerplate points to the full text', () => {
  const paras = Array.from({ length: 8 }, (_, i) => paragraph(400 + i));
  const index = new MemoryProvenanceIndex();
  addArticles([
    article('b-full', paras.join('\n\n'), { title: 'Council passes the budget' }),
    article('a-copy', [...paras.slice(0, 5), 'Share this article', 'Leave a Reply'].join('\n\n'), { title: 'Budget passes' }),
  ], index);
  const p = provenanceOf('a-copy', index);
  assert.equal(p.original?.article_id, 'b-full');
  assert.match(p.original!.evidence, /cut version/);
  assert.deepEqual(p.diff?.removed, paras.slice(5));
  assert.deepEqual(p.diff?.added, ['Share this article', 'Leave a Reply']);
  assert.equal(p.diff?.title_changed, true);
});

test('two copies of an outside original that both credit it are not made copies of each other', () => {
  const body = articleText(31, 6);
  const index = new MemoryProvenanceIndex();
  addArticles([
    article('a', `WASHINGTON (AP) — ${body}`, { outlet: outlet('Site One'), published: '2024-01-01' }),
    article('b', `WASHINGTON (AP) — ${body}`, { outlet: outlet('Site Two'), published: '2024-01-02' }),
  ], index);
  for (const id of ['a', 'b']) {
    const p = provenanceOf(id, index);
    assert.equal(p.original?.outlet, 'Associated Press');
    assert.equal(p.original?.article_id, null);
    assert.match(p.original!.evidence, /not in the corpus/);
  }
});

test('an article with no credit and no copy has no original', () => {
  const index = new MemoryProvenanceIndex();
  addArticles([article('solo', articleText(32, 5))], index);
  assert.equal(provenanceOf('solo', index).original, null);
  assert.equal(provenanceOf('solo', index).diff, null);
});

test('diff aligns paragraphs: added, removed, changed, title', () => {
  const [p1, p2, p3, p4] = [paragraph(1), paragraph(2), paragraph(3), paragraph(4)];
  const p3edited = p3.replace(/^(\S+ \S+ \S+)/, '$1 newly');
  const d = diffTexts({ text: [p1, p3edited, p4, 'Subscribe now'].join('\n\n'), title: 'A' }, { text: [p1, p2, p3, p4].join('\n\n'), title: 'A' });
  assert.deepEqual(d.added, ['Subscribe now']);
  assert.deepEqual(d.removed, [p2]);
  assert.deepEqual(d.changed, [{ from: p3, to: p3edited }]);
  assert.equal(d.title_changed, false);
});
