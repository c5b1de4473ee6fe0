// plannedPairs names exactly the pairs addSummarized verifies, so results computed ahead (on worker
// threads) and handed over through the token cache replace every comparison of the run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addSummarized, plannedPairs } from '../../src/provenance/add-articles.js';
import { compareTexts } from '../../src/provenance/compare-texts.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { summarize } from '../../src/provenance/summarize.js';
import { TokenCache } from '../../src/provenance/token-cache.js';
import type { CopyLink, ProvenanceInput } from '../../src/provenance/types.js';
import { verifyPairs } from '../../src/provenance/verify-pairs.js';
import { article, articleText } from './fixtures.js';

function corpus(): ProvenanceInput[] {
  const out: ProvenanceInput[] = [];
  for (let s = 0; s < 5; s++) {
    const base = articleText(20 + s, 7);
    const paras = base.split('\n\n');
    out.push(article(`o${s}`, base, { outlet: { name: `Outlet ${s}`, domain: null }, published: '2024-02-01' }));
    out.push(article(`c${s}a`, `${base}\n\nSource: Outlet ${s}`, { published: '2024-02-02' }));
    out.push(article(`c${s}b`, paras.slice(0, 4).join('\n\n')));
    out.push(article(`c${s}c`, base));
    out.push(article(`r${s}`, `${paras[1]}\n\n${paras[2]}\n\n${articleText(70 + s, 3)}`));
  }
  out.push(article('empty', ''));
  return out;
}

const items = (batch: ProvenanceInput[]) => batch.map((a) => ({ article: a, summary: summarize(a) }));

test('the planned pairs are the pairs the run verifies, and results handed over replace its comparisons', () => {
  const all = corpus();
  const first = all.filter((_, i) => i % 3 === 0);
  const second = all.filter((_, i) => i % 3 !== 0);
  // Three indexes in the same state: one for a plain run, one for planning (its writes are thrown
  // away), one for the run fed with the results verified ahead.
  const [plain, planning, ahead] = [0, 1, 2].map(() => new MemoryProvenanceIndex());
  for (const index of [plain, planning, ahead]) addSummarized(items(first), index);

  const verified: string[] = [];
  const counting = new TokenCache();
  const pair = counting.pair.bind(counting);
  counting.pair = (a, ta, b, tb) => { verified.push(`${a}|${b}`); return pair(a, ta, b, tb); };
  addSummarized(items(second), plain, counting);

  const planned = plannedPairs(items(second), planning);
  assert.deepEqual(planned.map(([a, b]) => `${a.id}|${b.id}`), verified);
  assert.ok(verified.length > 3, 'the batch verifies several pairs');

  const texts = Object.fromEntries(planned.flatMap(([a, b]) => [[a.id, a.text], [b.id, b.text]]));
  const links = verifyPairs({ texts, pairs: planned.map(([a, b]) => [a.id, b.id]) }, new TokenCache());
  planned.forEach(([a, b], i) => assert.deepEqual(links[i], compareTexts(a.id, a.text, b.id, b.text)));
  const handed = new TokenCache();
  planned.forEach(([a, b], i) => handed.rememberPair(a.id, a.text, b.id, b.text, links[i] as CopyLink | null));
  let computed = 0;
  const remember = handed.rememberPair.bind(handed);
  handed.rememberPair = (...args) => { computed++; remember(...args); };
  addSummarized(items(second), ahead, handed);
  assert.equal(computed, 0, 'every comparison came from the results verified ahead');
  for (const a of all) assert.deepEqual(provenanceOf(a.id, ahead), provenanceOf(a.id, plain), a.id);
});
