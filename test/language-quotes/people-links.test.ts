// A surname alone takes the full name of the nearest earlier person holding it (else the first
// one): the same answer whether the article is short (pairwise look) or long (token index).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { People } from '../../src/language/quotes/people.js';
import type { EntityInput } from '../../src/language/quotes/types.js';

const FIRST = ['Ana', 'Bo', 'Cyra', 'Dov', 'Ezra'];
const LAST = ['Okafor', 'Ruiz', 'Berg', 'Tamm', 'Quist', 'Vela'];

/** An article of mentions separated by ". ", each a full name or a surname alone. */
function article(picks: [number, number, boolean, boolean][]): { text: string; entities: EntityInput[] } {
  let text = '';
  const entities: EntityInput[] = [];
  for (const [f, l, full, misc] of picks) {
    const name = full ? `${FIRST[f % FIRST.length]} ${LAST[l % LAST.length]}` : LAST[l % LAST.length];
    entities.push({ text: name, type: !full && misc ? 'MISC' : 'PERSON', start: text.length, end: text.length + name.length });
    text += `${name}. `;
  }
  return { text, entities };
}

function expected(entities: EntityInput[]): string[] {
  const multi = entities.filter((e) => e.type === 'PERSON' && e.text.includes(' '));
  return entities.map((e) => {
    if (e.text.includes(' ')) return e.text;
    const holding = multi.filter((h) => h.text.split(' ').includes(e.text));
    const before = holding.filter((h) => h.start < e.start);
    return (before[before.length - 1] ?? holding[0])?.text ?? e.text;
  });
}

const picks = (max: number) => fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.boolean(), fc.boolean()), { maxLength: max });

test('short articles: surnames get the nearest earlier full name', () => {
  fc.assert(fc.property(picks(12), (p) => {
    const { text, entities } = article(p);
    const people = new People(text, entities, [{ start: 0, end: text.length }]);
    assert.deepEqual(people.mentions.map((m) => m.full), expected(entities));
  }), { numRuns: 500 });
});

test('long articles (token index) answer as short ones do', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.boolean(), fc.boolean()), { minLength: 150, maxLength: 200 }), (p) => {
    const { text, entities } = article(p);
    const people = new People(text, entities, [{ start: 0, end: text.length }]);
    assert.deepEqual(people.mentions.map((m) => m.full), expected(entities));
  }), { numRuns: 30 });
});
