import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addArticles } from '../../src/provenance/add-articles.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import type { ProvenanceInput } from '../../src/provenance/types.js';
import { article, articleText, paragraph } from './fixtures.js';

function corpus(): ProvenanceInput[] {
  const out: ProvenanceInput[] = [];
  for (let s = 0; s < 6; s++) {
    const base = articleText(50 + s, 7);
    const paras = base.split('\n\n');
    out.push(article(`o${s}`, base, { outlet: { name: `Outlet ${s}`, domain: null }, published: '2024-02-01' }));
    out.push(article(`c${s}a`, `${base}\n\nSource: Outlet ${s}`, { published: '2024-02-02' }));
    out.push(article(`c${s}b`, paras.slice(0, 4).join('\n\n'), { published: null }));
    out.push(article(`c${s}c`, base));
    out.push(article(`r${s}`, `${paras[1]}\n\n${paras[2]}\n\n${articleText(90 + s, 3)}`));
  }
  out.push(article('empty', ''), article('short', paragraph(7, 3)));
  return out;
}

const snapshot = (index: MemoryProvenanceIndex, ids: string[]) => Object.fromEntries(ids.map((id) => [id, provenanceOf(id, index)]));

test('adding in batches gives exactly the result of adding everything at once', () => {
  const all = corpus();
  const ids = all.map((a) => a.id).sort();
  const once = new MemoryProvenanceIndex();
  addArticles(all, once);
  const shuffled = [...all].sort((a, b) => (a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1));
  const inc = new MemoryProvenanceIndex();
  for (let i = 0; i < shuffled.length; i += 7) addArticles(shuffled.slice(i, i + 7), inc);
  assert.deepEqual(snapshot(inc, ids), snapshot(once, ids));
  assert.ok(provenanceOf('o0', once).duplicates.length >= 3);
});

test('a batch reports the new articles and the old ones it changed, not the whole corpus', () => {
  const all = corpus();
  const index = new MemoryProvenanceIndex();
  addArticles(all, index);
  const base = all.find((a) => a.id === 'o2')!.text;
  const update = addArticles([article('new', `${base}\n\nShare this article`)], index);
  assert.ok(update.affected.includes('new') && update.affected.includes('o2'));
  assert.ok(!update.affected.includes('o3'));
  assert.equal(provenanceOf('new', index).original?.article_id, 'o2');
});
