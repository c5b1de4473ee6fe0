// The fast paths added for corpora of a million articles give the same results as the plain ones:
// resumed probes in the key table, per-key lookups, credits read on worker threads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addSummarized } from '../../src/provenance/add-articles.js';
import { KeyMultimap } from '../../src/provenance/key-multimap.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { summarize } from '../../src/provenance/summarize.js';
import { tokenize } from '../../src/provenance/tokens.js';
import type { ProvenanceIndex, ProvenanceInput } from '../../src/provenance/types.js';
import { article, articleText, paragraph } from './fixtures.js';

test('addAt resumes a probe from a slot taken before other inserts and across growth', () => {
  const plain = new KeyMultimap(8);
  const resumed = new KeyMultimap(8);
  const keys = Array.from({ length: 3000 }, (_, i) => (i % 700) * 104729 + (i % 3) * 2 ** 52 - (i % 3 ? 1 : 0));
  for (let i = 0; i < keys.length; i += 10) {
    const batch = keys.slice(i, i + 10);
    const slots = batch.map((k) => resumed.slotOf(k));
    const generation = resumed.generation;
    batch.forEach((k, j) => {
      plain.add(k, i + j);
      resumed.addAt(slots[j], generation, k, i + j);
    });
  }
  assert.ok(resumed.generation > 0, 'the table grew');
  assert.equal(resumed.size, plain.size);
  for (const k of new Set(keys)) {
    const a: number[] = [];
    const b: number[] = [];
    plain.forEach(k, (v) => void a.push(v));
    resumed.forEach(k, (v) => void b.push(v));
    assert.deepEqual(b, a);
    const out = new Int32Array(3);
    const n = resumed.collectSlot(resumed.slotOf(k), out, 3);
    assert.deepEqual([...out.subarray(0, n)], a.slice(0, 3));
  }
  assert.equal(resumed.collectSlot(resumed.slotOf(2 ** 51 + 5), new Int32Array(4), 4), 0);
});

test('the key table reads back keys near 2^53 exactly', () => {
  const m = new KeyMultimap(4);
  const big = [2 ** 53 - 1, 2 ** 52, 2 ** 52 + 2 ** 32, 2 ** 32 - 1, 0];
  big.forEach((k, i) => m.add(k, i));
  big.forEach((k, i) => assert.deepEqual(collect(m, k), [i], String(k)));
  assert.equal(m.count(2 ** 53 - 2), 0);
});

function collect(m: KeyMultimap, key: number): number[] {
  const out: number[] = [];
  m.collect(key, out, 10);
  return out;
}

test('per-key lookups give the same ids as lookup() key by key', () => {
  const index = new MemoryProvenanceIndex();
  const texts = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? articleText(60, 4) + `\n\n${paragraph(900 + i)}` : articleText(61 + i, 4)));
  texts.forEach((t, i) => {
    const a = article(`x${i}`, t);
    const s = summarize(a);
    index.putArticle(a, s);
    index.addKeys(a.id, s.keys);
  });
  const keys = summarize(article('q', texts[0])).keys;
  const each = index.lookupEach(keys);
  assert.equal(each.length, keys.length);
  keys.forEach((k, i) => assert.deepEqual([...each[i]].sort(), index.lookup(Float64Array.of(k)).sort()));
  assert.deepEqual([...new Set(each.flat())].sort(), [...new Set(index.lookup(keys))].sort());
  assert.ok(each.flat().includes('x3'), 'a text sharing four paragraphs is found');
});

/** A ProvenanceIndex without lookupEach (like the SQL stores): the generic candidate search. */
function withoutLookupEach(index: MemoryProvenanceIndex): ProvenanceIndex {
  return new Proxy(index, {
    get(target, prop) {
      if (prop === 'lookupEach') return undefined;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

test('the candidate search finds the same links with and without per-key lookups', () => {
  const base = Array.from({ length: 6 }, (_, i) => paragraph(700 + i));
  const inputs: ProvenanceInput[] = [
    article('a', base.join('\n\n')),
    article('b', [...base.slice(0, 5), 'Share this article'].join('\n\n')),
    article('c', [paragraph(800), base[2], paragraph(801), paragraph(802)].join('\n\n')),
    article('d', articleText(90, 5)),
  ];
  const run = (index: ProvenanceIndex): unknown => {
    addSummarized(inputs.map((a) => ({ article: a, summary: summarize(a) })), index);
    return inputs.map((a) => provenanceOf(a.id, index));
  };
  const fast = run(new MemoryProvenanceIndex());
  assert.deepEqual(run(withoutLookupEach(new MemoryProvenanceIndex())), fast);
  assert.equal((fast as { duplicates: unknown[] }[])[0].duplicates.length, 1);
});

test('a credit found with the summary is kept by the index and used by lineage without the text', () => {
  const body = articleText(40, 5);
  const copyText = `${body}\n\nOriginally published by Harbor Daily.`;
  assert.equal(summarize({ id: 'a', text: copyText, dateline: null }).credit?.outlet, 'Harbor Daily');
  assert.equal(summarize({ id: 'a', text: body, dateline: null }).credit, null);
  assert.equal(summarize({ id: 'a', text: body }).credit, undefined, 'not computed without the dateline');
  const run = (withCredit: boolean) => {
    const index = new MemoryProvenanceIndex({ lean: true });
    const orig = article('z', body, { outlet: { name: 'Harbor Daily', domain: null } });
    let reads = 0;
    const copy: ProvenanceInput = { ...article('a', ''), outlet: { name: 'Copy Site', domain: null }, get text() { reads++; return copyText; } };
    const summary = summarize(withCredit ? { id: 'a', text: copyText, dateline: null } : { id: 'a', text: copyText });
    addSummarized([{ article: orig, summary: summarize(orig) }, { article: copy, summary }], index);
    return { index, reads };
  };
  const fast = run(true);
  const slow = run(false);
  assert.equal(fast.index.getSummary('a')?.credit?.outlet, 'Harbor Daily');
  assert.equal(fast.index.getSummary('z')?.credit, null);
  assert.equal(slow.index.getSummary('a')?.credit, undefined);
  assert.deepEqual(provenanceOf('a', fast.index), provenanceOf('a', slow.index));
  assert.equal(provenanceOf('a', fast.index).original?.article_id, 'z');
  assert.ok(fast.reads < slow.reads, `text reads ${fast.reads} < ${slow.reads}`);
});

test('the word scanner splits texts exactly as the word regex does', () => {
  const word = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
  const pieces = ['a', 'Zb', '9', '42', "'", '’', ' ', '\n\n', '.', '-', 'é', 'Ünï', '\u0301', '٣', 'ß', 'İ', '—', '"', "don't", 'rock’n3roll', 'x’', '\u00a0'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
    const text = parts.join('');
    const t = tokenize(text);
    const expected = [...text.matchAll(word)].map((m) => [m.index, m.index + m[0].length]);
    assert.deepEqual(Array.from({ length: t.count }, (_, i) => [t.starts[i], t.ends[i]]), expected);
  }), { numRuns: 3000 });
  // Astral characters take the regex path: same tokens.
  const astral = 'a𝐀b c😀d 𝟙2';
  assert.deepEqual(Array.from({ length: tokenize(astral).count }, (_, i) => astral.slice(tokenize(astral).starts[i], tokenize(astral).ends[i])), astral.match(word));
});
