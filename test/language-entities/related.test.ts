// Co-occurrence lists of people: entities in the same or an adjacent sentence, most frequent first,
// ties by key; other entities keep an empty list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relatedKeys } from '../../src/language/entities/related.js';
import type { LocalEntity, MentionRef } from '../../src/language/entities/types.js';

function entity(key: string, type: LocalEntity['type']): LocalEntity {
  return { key, name: key, type, aliases: [], roles: [], mentions: [], related: [] };
}

test('related keys: counted per sentence within one sentence of each mention, ordered by count then key', () => {
  const entities = [entity('PERSON:ana', 'PERSON'), entity('PLACE:lima', 'GPE'), entity('NAME:bank', 'ORG'), entity('PERSON:piet', 'PERSON'), entity('NAME:agency', 'ORG')];
  // Sentences start at 0, 100, 200, 300, 400.
  const starts = [0, 100, 200, 300, 400];
  const at = (sentence: number, entity: number, k = 0): MentionRef => ({ start: starts[sentence] + 10 * k, end: starts[sentence] + 10 * k + 5, entity });
  const spans = [
    at(0, 0), at(0, 1, 1), at(0, 1, 2), // Lima twice in Ana's sentence: counted once for that sentence
    at(1, 2), at(1, 4, 1),
    at(3, 3), at(3, 2, 1),
    at(4, 0),
  ].sort((a, b) => a.start - b.start);
  relatedKeys(entities, spans, starts);
  // Ana: sentence 0 sees 0..1 (Lima, bank, agency), sentence 4 sees 3..4 (Piet, bank). Bank twice.
  assert.deepEqual(entities[0].related, ['NAME:bank', 'NAME:agency', 'PERSON:piet', 'PLACE:lima']);
  // Piet: sentence 3 sees 2..4: bank, Ana (sentence 4).
  assert.deepEqual(entities[3].related, ['NAME:bank', 'PERSON:ana']);
  assert.deepEqual(entities[1].related, []);
});

test('related keys: no people, nothing to do', () => {
  const entities = [entity('PLACE:lima', 'GPE'), entity('NAME:bank', 'ORG')];
  relatedKeys(entities, [{ start: 0, end: 4, entity: 0 }, { start: 5, end: 9, entity: 1 }], [0]);
  assert.deepEqual(entities.map((e) => e.related), [[], []]);
});
