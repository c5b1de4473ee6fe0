import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadModel } from '../../src/language/ner/model-io.js';
import { numericEntities } from '../../src/language/ner/numeric-entities.js';
import { recognizeEntities } from '../../src/language/ner/recognize-entities.js';
import { EntityTagger } from '../../src/language/ner/tagger.js';
import { parallaxType } from '../../src/language/ner/entity-types.js';

const has = (text: string, surface: string, type: string) =>
  recognizeEntities(text).some((e) => e.text === surface && e.type === type && text.slice(e.start, e.end) === surface);

test('the shipped model loads', () => {
  const { weights, header } = loadModel();
  assert.ok(header.rows > 10_000);
  assert.equal(header.tags.length, 9);
  assert.ok(weights.rows.length === header.rows * 9);
});

test('people with titles, organisations, places', () => {
  const t = 'Foreign Minister Helga Brandt of Norway met Prime Minister Arturo Vidal in Madrid, the United Nations said.';
  assert.ok(has(t, 'Helga Brandt', 'PERSON'));
  assert.ok(has(t, 'Arturo Vidal', 'PERSON'));
  assert.ok(has(t, 'Norway', 'GPE'));
  assert.ok(has(t, 'Madrid', 'GPE'));
  assert.ok(has(t, 'United Nations', 'ORG'));
  const org = 'Shares of Northwind Holdings Inc. fell after the company warned of weak demand.';
  assert.ok(recognizeEntities(org).some((e) => e.type === 'ORG' && e.text.startsWith('Northwind')));
});

test('nationalities, regions and events', () => {
  const t = 'Chinese and German officials flew over the Black Sea before the Winter Olympics.';
  assert.ok(has(t, 'Chinese', 'NORP'));
  assert.ok(has(t, 'German', 'NORP'));
  assert.ok(has(t, 'Black Sea', 'LOC'));
  assert.ok(has(t, 'Winter Olympics', 'EVENT'));
});

test('type mapping rules', () => {
  assert.equal(parallaxType('LOC', 'France'), 'GPE');
  assert.equal(parallaxType('LOC', 'Middle East'), 'LOC');
  assert.equal(parallaxType('LOC', 'Amu River'), 'LOC');
  assert.equal(parallaxType('LOC', 'Smallville'), 'GPE');
  assert.equal(parallaxType('MISC', 'Republicans'), 'NORP');
  assert.equal(parallaxType('MISC', 'World War II'), 'EVENT');
  assert.equal(parallaxType('MISC', 'Windows'), 'MISC');
  assert.equal(parallaxType('PER', 'Ann Lee'), 'PERSON');
});

const NUMERIC: [string, string, string][] = [
  ['It cost $6 yesterday.', '$6', 'MONEY'],
  ['Aid of €3 billion was pledged.', '€3 billion', 'MONEY'],
  ['He paid 6 dollars.', '6 dollars', 'MONEY'],
  ['Support fell 30 percent.', '30 percent', 'PERCENT'],
  ['A rise of 345% was seen.', '345%', 'PERCENT'],
  ['The road is 5 km long.', '5 km', 'QUANTITY'],
  ['They moved 3 tons of grain.', '3 tons', 'QUANTITY'],
  ['It happened on Jan. 5, 2022 at night.', 'Jan. 5, 2022', 'DATE'],
  ['Talks resume in mid-December.', 'mid-December', 'DATE'],
];

test('numeric and temporal expressions', () => {
  for (const [text, surface, type] of NUMERIC) {
    const found = numericEntities(text).map((s) => [text.slice(s.start, s.end), s.type]);
    assert.ok(found.some(([s, t]) => s === surface && t === type), `${text} → ${JSON.stringify(found)}`);
  }
  assert.deepEqual(numericEntities('106,000 troops gathered'), []); // a count without a unit is no QUANTITY
  assert.deepEqual(numericEntities('No numbers here at all.'), []);
});

test('bare years count only after a preposition, found in text order with the other dates', () => {
  const spans = (text: string): string[][] => numericEntities(text).map((s) => [text.slice(s.start, s.end), s.type]);
  assert.deepEqual(spans('Prices fell in 1998, rose since 2004 and again between 1999 and 2001.'),
    [['1998', 'DATE'], ['2004', 'DATE'], ['1999', 'DATE'], ['2001', 'DATE']]);
  // Case-sensitive cue, a cue ending another word ("within"), a year alone, a decade, an ISO day.
  assert.deepEqual(spans('In 1998 nothing; within 2003 odd; 1998 alone; the 1990s; from 2019-05-01 to 2020.'),
    [['2003', 'DATE'], ['the 1990s', 'DATE'], ['2019-05-01', 'DATE'], ['2020', 'DATE']]);
  assert.deepEqual(spans('The plant opened 12 years ago in 2011 and closed on March 3, 2015 after 2014.'),
    [['12 years ago', 'DATE'], ['2011', 'DATE'], ['March 3, 2015', 'DATE'], ['2014', 'DATE']]);
  assert.deepEqual(spans('Until 18999 or 2020s or of 20201 and x2019, to 1901.'), [['2020s', 'DATE'], ['1901', 'DATE']]);
});

test('all-caps, CJK and RTL input: no crash, few false positives', () => {
  const caps = recognizeEntities('NORWAY BEATS SPAIN IN OSLO FINAL');
  assert.ok(caps.some((e) => e.text === 'NORWAY'));
  assert.deepEqual(recognizeEntities('北京欢迎你。我们今天去公园。').filter((e) => e.type !== 'DATE'), []);
  assert.deepEqual(recognizeEntities('مرحبا بالعالم. كيف حالك؟'), []);
  assert.deepEqual(recognizeEntities(''), []);
});

test('long unpunctuated paragraph: offsets valid, completes', () => {
  const para = Array.from({ length: 10_000 }, (_, i) => (i % 50 === 0 ? 'Oslo' : 'word')).join(' ');
  const ents = recognizeEntities(para);
  for (const e of ents) assert.equal(para.slice(e.start, e.end), e.text);
});

test('deterministic across calls and fresh taggers', () => {
  const t = 'Maria Lindqvist of Harbor Bank said in Lima on Tuesday that profits rose 4 percent.';
  const a = recognizeEntities(t);
  assert.deepEqual(recognizeEntities(t), a);
  assert.deepEqual(recognizeEntities(t, undefined, new EntityTagger(loadModel().weights)), a);
});
