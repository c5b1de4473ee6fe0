// The corpus linker (columns) against the incremental EntityIndex (objects): the same rows must give
// the same entities, in the same order, and the same link for every (article, key).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EntityIndex, toExportEntities, type LocalEntityRow } from '../../src/language/entities/index.js';
import { linkLocalRows } from '../../src/language/entities/corpus-links.js';
import { LocalRowTable } from '../../src/language/entities/local-row-table.js';

// Families with spelling variants, a surname alone and given names too short to vary; roles and
// co-occurring keys that make contexts agree or conflict.
const PEOPLE = ['Kang Weiming', 'Kang Weimeng', 'Kang Weimang', 'Kang', 'Kang Lu', 'Kang Le', 'Dmitri Orlov', 'Dmitry Orlov', 'Orlov', 'Ilse Varga', 'Varga', 'Wang Yi', 'Wang Wenbin', 'Wang Wengbin'];
const OTHERS: [string, LocalEntityRow['type']][] = [['PLACE:veldria', 'GPE'], ['PLACE:ostmark', 'GPE'], ['NAME:northern alliance', 'ORG'], ['NAME:kastrov', 'ORG']];
const ROLES = ['Foreign Ministry spokesperson', 'ministry spokesman', 'Veldrian spokesman', 'Foreign Minister', 'football coach', 'envoy', 'Ostmark envoy', 'foreign minister'];
const RELATED = ['PLACE:veldria', 'PLACE:ostmark', 'NAME:northern alliance', 'PLACE:lisbon', 'NAME:benfica', 'GPE:united states', 'PERSON:kang weiming'];

const personKey = (name: string) => `PERSON:${name.toLowerCase()}`;

const entityArb = fc.oneof(
  fc.record({
    name: fc.constantFrom(...PEOPLE),
    roles: fc.subarray(ROLES, { maxLength: 2 }),
    related: fc.subarray(RELATED, { maxLength: 4 }),
    aliases: fc.subarray(['Kang', 'Mr Orlov', 'Minister Varga'], { maxLength: 1 }),
    mentions: fc.integer({ min: 1, max: 5 }),
  }).map((e) => ({ ...e, key: personKey(e.name), type: 'PERSON' as const })),
  fc.record({ other: fc.constantFrom(...OTHERS), mentions: fc.integer({ min: 1, max: 5 }), spelled: fc.constantFrom('Veldria', 'veldria', 'Ostmark', 'Kastrov Group') })
    .map((e) => ({ key: e.other[0], name: e.spelled, type: e.other[1], roles: [], related: [], aliases: [], mentions: e.mentions })),
);

/** Articles with their rows, one row per key (as an article's linking gives them). */
const corpusArb = fc.array(fc.uniqueArray(entityArb, { selector: (e) => e.key, maxLength: 6 }), { minLength: 1, maxLength: 25 }).map((articles) =>
  articles.map((list, a) => list.map((e): LocalEntityRow => ({ article_id: `a${String(a).padStart(3, '0')}`, key: e.key, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, mentions: e.mentions, related: e.related }))),
);

function viaTable(rows: readonly LocalEntityRow[]) {
  const table = new LocalRowTable(4);
  for (const r of rows) table.add(r);
  return linkLocalRows(table);
}

describe('corpus linker', () => {
  it('gives the EntityIndex\'s entities and links for the same rows', () => {
    fc.assert(fc.property(corpusArb, fc.integer({ min: 0, max: 25 }), (articles, split) => {
      const rows = articles.flat();
      // The entities step's shape: stored rows first, then the fresh articles' rows.
      const index = EntityIndex.fromState({ locals: articles.slice(0, split).flat(), entities: [], aliases: [], links: [] });
      index.addRows(articles.slice(split).flat(), articles.slice(split).map((list, i) => list[0]?.article_id ?? `empty${i}`));
      const { entities, lookup } = viaTable(rows);
      assert.deepEqual(entities, toExportEntities(index));
      for (const r of rows) assert.equal(lookup.idOfLocal(r.article_id, r.key), index.idOfLocal(r.article_id, r.key));
      assert.equal(lookup.size, rows.length);
      assert.deepEqual(new Map(entities.map((e) => [e.id, e.name])), lookup.names);
    }), { numRuns: 400 });
  });

  it('merges a misspelling whose context agrees and keeps apart one whose context conflicts', () => {
    const row = (article_id: string, name: string, roles: string[], related: string[]): LocalEntityRow =>
      ({ article_id, key: personKey(name), name, type: 'PERSON', aliases: [], roles, mentions: 1, related });
    const context = ['PLACE:veldria', 'NAME:northern alliance'];
    const { entities, lookup } = viaTable([
      row('a1', 'Wang Wenbin', ['Foreign Ministry spokesperson'], context), row('a2', 'Wang Wenbin', ['ministry spokesman'], context),
      row('a3', 'Wang Wengbin', ['Foreign Ministry spokesperson'], context), row('a4', 'Wang Wenbim', ['football coach'], ['PLACE:lisbon']),
    ]);
    assert.equal(lookup.idOfLocal('a3', personKey('Wang Wengbin')), lookup.idOfLocal('a1', personKey('Wang Wenbin')));
    assert.equal(entities.find((e) => e.name === 'Wang Wenbin')?.article_ids.join(), 'a1,a2,a3');
    assert.ok(entities.some((e) => e.name === 'Wang Wenbim'), 'a variant in another context stays apart');
  });
});

describe('local row table', () => {
  const row = (article_id: string, key: string, mentions: number): LocalEntityRow =>
    ({ article_id, key, name: 'Ilse Varga', type: 'PERSON', aliases: ['Varga'], roles: ['minister'], mentions, related: [] });

  it('gives rows back with the stored JSON\'s property order', () => {
    const table = new LocalRowTable();
    const r = row('a1', 'PERSON:ilse varga', 3);
    table.add(r);
    assert.equal(JSON.stringify(table.row(0)), JSON.stringify(r));
  });

  it('replaces a key repeated within an article, as the store\'s primary key does', () => {
    const table = new LocalRowTable();
    table.add(row('a1', 'PERSON:ilse varga', 1));
    table.add(row('a1', 'PERSON:ilse varga', 4));
    table.add(row('a2', 'PERSON:ilse varga', 2));
    assert.deepEqual([...table.rows()].map((r) => [r.article_id, r.mentions]), [['a1', 4], ['a2', 2]]);
  });

  it('shares equal lists and freezes them, so a push into one row cannot reach the others', () => {
    const table = new LocalRowTable();
    table.add(row('a1', 'k', 1));
    table.add(row('a2', 'k', 1));
    assert.equal(table.row(0).aliases, table.row(1).aliases);
    assert.throws(() => table.row(0).roles.push('x'));
    assert.deepEqual([...table.rows()].map((r) => r.aliases), [['Varga'], ['Varga']]);
  });
});
