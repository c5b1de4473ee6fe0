// A batch recomputes the lineage of a group linked to it by partial reuse only when that link can give
// the group a source: a member's credit names the outlet of a member of the batch's group. Other
// reuse neighbours keep their records, and their own neighbours are not read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addArticles } from '../../src/provenance/add-articles.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import type { ProvenanceInput } from '../../src/provenance/types.js';
import { article, paragraph } from './fixtures.js';

const outlet = (name: string) => ({ name, domain: null });
const text = (...paras: string[]): string => paras.join('\n\n');
const shared = paragraph(9100, 60);
const others = [paragraph(9200, 60), paragraph(9300, 60), paragraph(9400, 60)];

/** 'o' credits Harbor Daily and reuses one paragraph with each of three neighbours; then 't' arrives. */
function corpus(tOutlet: string): { first: ProvenanceInput[]; second: ProvenanceInput[] } {
  const first = [
    article('o', text(paragraph(9001, 45), shared, ...others, paragraph(9002, 45), 'Originally published by Harbor Daily.'), { outlet: outlet('Copy Site'), published: '2024-03-02' }),
    ...others.map((p, i) => article(`p${i}`, text(paragraph(9500 + i, 50), p, paragraph(9600 + i, 50), paragraph(9700 + i, 50)), { outlet: outlet('Other Site'), published: '2024-03-01' })),
  ];
  const second = [article('t', text(paragraph(9800, 50), shared, paragraph(9801, 50), paragraph(9802, 50)), { outlet: outlet(tOutlet), published: '2024-03-01' })];
  return { first, second };
}

function runInTwoBatches(tOutlet: string) {
  const { first, second } = corpus(tOutlet);
  const index = new MemoryProvenanceIndex();
  addArticles(first, index);
  const read = new Set<string>();
  const getArticle = index.getArticle.bind(index);
  index.getArticle = (id) => { read.add(id); return getArticle(id); };
  const update = addArticles(second, index);
  index.getArticle = getArticle; // what the batch read, not what the checks below read
  const once = new MemoryProvenanceIndex();
  addArticles([...first, ...second], once);
  for (const id of ['o', 't', 'p0', 'p1', 'p2']) assert.deepEqual(provenanceOf(id, index), provenanceOf(id, once), `${id}: two batches equal one`);
  return { index, update, read };
}

test('the fixture links the neighbours by partial reuse', () => {
  const { index } = runInTwoBatches('Third Site');
  const kinds = index.linksOf('o').map((l) => l.kind);
  assert.equal(kinds.length, 4);
  assert.ok(kinds.every((k) => k === 'reuse'), kinds.join());
});

test('reuse from the outlet a neighbour credits recomputes that neighbour, which finds its source', () => {
  const { index, update } = runInTwoBatches('Harbor Daily');
  assert.ok(update.affected.includes('o'));
  assert.equal(provenanceOf('o', index).original?.article_id, 't');
});

test('reuse from another outlet leaves the crediting neighbour and its own neighbours unread', () => {
  const { index, update, read } = runInTwoBatches('Third Site');
  assert.deepEqual(update.affected, ['t']);
  assert.equal(provenanceOf('o', index).original?.article_id ?? null, null);
  assert.equal(provenanceOf('o', index).original?.outlet, 'Harbor Daily');
  for (const id of ['p0', 'p1', 'p2']) assert.ok(!read.has(id), `${id} was read`);
});
