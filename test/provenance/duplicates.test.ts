import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addArticles } from '../../src/provenance/add-articles.js';
import { compareTexts } from '../../src/provenance/compare-texts.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { article, articleText, paragraph } from './fixtures.js';

function run(...arts: ReturnType<typeof article>[]) {
  const index = new MemoryProvenanceIndex();
  const update = addArticles(arts, index);
  return { index, update, p: (id: string) => provenanceOf(id, index) };
}

test('exact, near and contained copies are found both ways; unrelated texts are not', () => {
  const base = articleText(1, 8);
  const near = base.replace(/harbor/g, 'port').replace(/vote/, 'ballot');
  const contained = `${paragraph(999, 30)}\n\n${base}\n\n${paragraph(998, 50)}\n\n${paragraph(997, 50)}\n\n${paragraph(996, 50)}\n\n${paragraph(995, 50)}`;
  const { p } = run(article('a', base), article('b', base), article('c', near), article('d', contained), article('e', articleText(2, 8)));
  const kinds = (id: string) => Object.fromEntries(p(id).duplicates.map((d) => [d.article_id, d.kind]));
  assert.deepEqual(kinds('a'), { b: 'exact', c: 'near', d: 'contained' });
  assert.equal(kinds('b').a, 'exact');
  assert.equal(kinds('c').a, 'near');
  assert.equal(kinds('d').a, 'contained');
  assert.deepEqual(p('e').duplicates, []);
});

test('a text sharing under 80% of its 5-grams is reuse with passages, not a copy', () => {
  const shared = [paragraph(10), paragraph(11)].join('\n\n');
  const a = `${shared}\n\n${articleText(3, 4)}`;
  const b = `${articleText(4, 3)}\n\n${shared}\n\n${articleText(5, 2)}`;
  const { p } = run(article('a', a), article('b', b));
  assert.deepEqual(p('a').duplicates, []);
  const r = p('a').reuse[0];
  assert.equal(r.article_id, 'b');
  const first = r.passages[0];
  assert.equal(a.slice(first.start, first.end), b.slice(first.other_start, first.other_end));
  assert.ok(a.slice(first.start, first.end).startsWith(paragraph(10).slice(0, 30)));
});

test('reuse passages survive a light edit and an inserted caption', () => {
  const p1 = paragraph(20, 60);
  const edited = p1.replace(/ (\w+) /, ' CHANGED ');
  const a = `${p1}\n\n${articleText(6, 5)}`;
  const b = `${articleText(7, 5)}\n\n${edited.slice(0, 150)}\n\n(Photo caption here, via AP)\n\n${edited.slice(150)}`;
  // Verified directly: one shared paragraph in six is below what the LSH buckets promise to find.
  const link = compareTexts('a', a, 'b', b);
  assert.equal(link?.kind, 'reuse');
  const words = link!.passages.reduce((n, x) => n + (x.a1 - x.a0), 0);
  assert.ok(words >= 50, `aligned ${words} of 60 words`);
  assert.ok(link!.passages.length <= 2);
});

test('empty, one-word and all-boilerplate articles give empty results without errors', () => {
  const { p } = run(article('e1', ''), article('e2', ''), article('w1', 'Hello'), article('w2', 'Hello'), article('bp', 'Share this\n\nSource link'));
  assert.deepEqual(p('e1').duplicates, []);
  assert.deepEqual(p('w1').duplicates.map((d) => d.article_id), ['w2']);
  assert.deepEqual(p('bp').duplicates, []);
});

test('Chinese and Thai texts are shingled by characters', () => {
  const zh = '中国外交部长周一表示俄罗斯是中国最重要的战略伙伴北京拒绝谴责入侵行为并呼吁各方保持冷静通过谈判解决危机';
  const th = 'รัฐมนตรีต่างประเทศจีนกล่าวในวันจันทร์ว่ารัสเซียเป็นหุ้นส่วนทางยุทธศาสตร์ที่สำคัญที่สุดของประเทศ';
  const { p } = run(article('z1', zh), article('z2', `${zh}。更多新闻请关注我们`), article('z3', '今天天气很好我们去公园散步然后吃午饭晚上看电影'), article('t1', th), article('t2', `${th} แชร์`));
  assert.deepEqual(p('z1').duplicates.map((d) => d.article_id), ['z2']);
  assert.deepEqual(p('t1').duplicates.map((d) => d.article_id), ['t2']);
});

test('thousands of exact copies are grouped without pairwise verification', () => {
  const text = articleText(9, 4);
  const arts = Array.from({ length: 3000 }, (_, i) => article(`x${String(i).padStart(4, '0')}`, text));
  const { update, p } = run(...arts);
  assert.equal(update.stats.exactDuplicates, 2999);
  assert.equal(update.stats.verified, 0);
  assert.equal(p('x0042').duplicates.length, 2999);
});
