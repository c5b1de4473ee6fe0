import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addArticles } from '../../src/provenance/add-articles.js';
import { MAX_VERIFIED, PASSAGE_COMMON_BUCKET } from '../../src/provenance/config.js';
import { isPassageKey } from '../../src/provenance/lsh-keys.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import { summarize } from '../../src/provenance/summarize.js';
import type { ProvenanceInput } from '../../src/provenance/types.js';
import { Reuse } from '../../src/model/article.js';
import { article, articleText, paragraph } from './fixtures.js';

function run(arts: ProvenanceInput[]) {
  const index = new MemoryProvenanceIndex();
  const update = addArticles(arts, index);
  return { index, update, p: (id: string) => provenanceOf(id, index) };
}

/** Replaces the word at each of the given word positions (light edits of a reused paragraph). */
function edit(text: string, positions: number[]): string {
  const words = text.split(' ');
  for (const i of positions) words[i] = `edited${i}`;
  return words.join(' ');
}

const sharedDocKeys = (a: string, b: string): number => {
  const ka = new Set([...summarize({ id: 'a', text: a }).keys].filter((k) => !isPassageKey(k)));
  return [...summarize({ id: 'b', text: b }).keys].filter((k) => !isPassageKey(k) && ka.has(k)).length;
};

test('one paragraph reused with light edits inside otherwise different text is found, with its passage', () => {
  let found = 0;
  const seeds = 20;
  for (let s = 0; s < seeds; s++) {
    const reused = paragraph(5000 + s, 60);
    const a = [paragraph(6000 + s, 45), paragraph(6100 + s, 45), reused, paragraph(6200 + s, 45), paragraph(6300 + s, 45)].join('\n\n');
    const copy = edit(reused, [11, 37]);
    const b = [paragraph(7000 + s, 50), paragraph(7100 + s, 50), copy, paragraph(7200 + s, 50), paragraph(7300 + s, 50)].join('\n\n');
    // The whole-text, lead/tail and exact-paragraph keys of the two texts do not meet: only passage keys can.
    if (s < 3) assert.equal(sharedDocKeys(a, b), 0);
    const { p } = run([article(`a${s}`, a), article(`b${s}`, b)]);
    const r = p(`b${s}`).reuse.find((x) => x.article_id === `a${s}`);
    if (!r) continue;
    found++;
    assert.deepEqual(p(`b${s}`).duplicates, []);
    Reuse.parse(r);
    const words = r.passages.reduce((n, x) => n + b.slice(x.start, x.end).split(' ').length, 0);
    assert.ok(words >= 50, `aligned ${words} of 60 words`);
    // Passages lie in the reused paragraph of each text (a chance 5-gram may extend one a word further).
    const inside = (s0: number, s1: number, text: string, para: string): number => {
      const p0 = text.indexOf(para);
      return (Math.min(s1, p0 + para.length) - Math.max(s0, p0)) / (s1 - s0);
    };
    for (const x of r.passages) {
      assert.ok(inside(x.start, x.end, b, copy) >= 0.95, 'the passage lies in the reused paragraph of the copy');
      assert.ok(inside(x.other_start, x.other_end, a, reused) >= 0.95, 'and in the paragraph of the source');
    }
    assert.equal(p(`a${s}`).reuse[0]?.article_id, `b${s}`);
  }
  assert.ok(found >= seeds - 1, `found ${found} of ${seeds}`);
});

const STOCK_PHRASES = ['officials said in a statement on Monday', 'according to people familiar with the matter', 'it was not immediately clear'];
const BOILERPLATE = ['Share this article', 'Sign up for our newsletter to get the latest news every morning', 'Copyright 2024 Harbor Gazette. All rights reserved.', 'Photo: Harbor Gazette staff'];

test('unrelated articles with common boilerplate, sign-offs and stock phrases are not flagged', () => {
  const arts: ProvenanceInput[] = [];
  for (let s = 0; s < 40; s++) {
    const body = articleText(300 + s, 5).split('\n\n').map((p, i) => `${p.slice(0, -1)}, ${STOCK_PHRASES[(s + i) % STOCK_PHRASES.length]}.`);
    arts.push(article(`u${String(s).padStart(2, '0')}`, [...body, 'Reporting by the Harbor Gazette news desk.', ...BOILERPLATE].join('\n\n')));
  }
  const { p, update } = run(arts);
  assert.equal(update.stats.links, 0);
  for (const a of arts) {
    assert.deepEqual(p(a.id).reuse, [], a.id);
    assert.deepEqual(p(a.id).duplicates, [], a.id);
  }
});

test('a stock paragraph carried by many texts stops retrieving candidates (document-frequency cut-off)', () => {
  const stock = paragraph(4242, 30);
  const arts = Array.from({ length: 120 }, (_, s) => article(`k${String(s).padStart(3, '0')}`, `${articleText(500 + s, 2)}\n\n${stock}\n\n${articleText(700 + s, 2)}`));
  // The stock paragraph is 30 of ~190 words of each text: reuse by the 10% rule, retrieved through its
  // passage and paragraph keys only until those buckets hold PASSAGE_COMMON_BUCKET texts; without the
  // cut-off each text would be compared with the MAX_VERIFIED most recent ones (~4,600 comparisons).
  const { update, p } = run(arts);
  assert.ok(update.stats.candidates <= PASSAGE_COMMON_BUCKET ** 2, `${update.stats.candidates} candidates`);
  assert.deepEqual(p('k119').reuse, []);
});

test('thousands of near copies of one text stay bounded: verification per article is capped', () => {
  const base = articleText(11, 4);
  const words = base.split(' ');
  const arts = Array.from({ length: 1500 }, (_, i) => {
    const w = [...words];
    w[(i * 7) % w.length] = `variant${i}`;
    return article(`n${String(i).padStart(4, '0')}`, w.join(' '));
  });
  const { update, p } = run(arts);
  assert.ok(update.stats.verified <= 1500 * MAX_VERIFIED);
  assert.ok(update.stats.verified < (1500 * 1499) / 2 / 10);
  assert.ok(p('n0500').duplicates.length >= 1);
});

const HAN = '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持音职装';
const THAI = 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋';

function hanParagraph(seed: number, n: number, alphabet = HAN): string {
  let x = seed * 2654435761 + 7;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return `${out}。`;
}

test('Chinese and Thai text without spaces: one reused paragraph is found, thousands of copies are grouped', () => {
  for (const [name, alphabet] of [['zh', HAN], ['th', THAI]] as const) {
    const reused = hanParagraph(1, 120, alphabet);
    const a = [hanParagraph(2, 100, alphabet), reused, hanParagraph(3, 100, alphabet), hanParagraph(4, 100, alphabet)].join('\n\n');
    const copy = `${reused.slice(0, 40)}${alphabet[0]}${alphabet[1]}${reused.slice(42)}`;
    const b = [hanParagraph(5, 110, alphabet), copy, hanParagraph(6, 110, alphabet), hanParagraph(7, 110, alphabet)].join('\n\n');
    const copies = Array.from({ length: 2000 }, (_, i) => article(`${name}c${String(i).padStart(4, '0')}`, b));
    const { p, update } = run([article(`${name}a`, a), ...copies]);
    assert.equal(update.stats.exactDuplicates, 1999);
    assert.ok(update.stats.verified <= 2, `${update.stats.verified} verified`);
    const r = p(`${name}c0000`).reuse.find((x) => x.article_id === `${name}a`);
    assert.ok(r, `${name}: reuse found`);
    assert.ok(r.passages.some((x) => x.end - x.start >= 80), `${name}: a long aligned passage`);
  }
});
