import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EntityIndex, MemoryEntityStore, entityId, toExportEntities, type LocalEntity } from '../../src/language/entities/index.js';

/** A local entity as linking would produce it (mention count n). */
function local(name: string, opts: { type?: LocalEntity['type']; roles?: string[]; related?: string[]; aliases?: string[]; n?: number; key?: string } = {}): LocalEntity {
  const type = opts.type ?? 'PERSON';
  const cls = type === 'PERSON' ? 'PERSON' : type === 'GPE' || type === 'LOC' ? 'PLACE' : 'NAME';
  const n = opts.n ?? 1;
  return {
    key: opts.key ?? `${cls}:${name.toLowerCase()}`, name, type, aliases: opts.aliases ?? [], roles: opts.roles ?? [],
    mentions: Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + name.length, text: name })), related: opts.related ?? [],
  };
}

const CONTEXT = ['PLACE:veldria', 'PLACE:ostmark', 'NAME:northern alliance'];
const ARTICLES: [string, LocalEntity[]][] = [
  ['a1', [local('Kang Weiming', { roles: ['Foreign Ministry spokesperson'], related: CONTEXT, aliases: ['Kang'], n: 3 }), local('Veldria', { type: 'GPE', n: 2 }), local('Kang Lu', { roles: ['Foreign Minister'], related: CONTEXT })]],
  ['a2', [local('Kang Weiming', { roles: ['Veldrian spokesman'], related: CONTEXT }), local('Ostmark', { type: 'GPE' })]],
  ['a3', [local('Kang Weimeng', { roles: ['ministry spokesman'], related: CONTEXT })]],
  ['a4', [local('Kang Weimang', { roles: ['football coach'], related: ['PLACE:lisbon', 'NAME:benfica'] })]],
  ['a5', [local('Kang Lu', { roles: ['Foreign Minister'], related: CONTEXT }), local('Kang Le', { roles: ['Foreign Minister'], related: CONTEXT })]],
  ['a6', [local('Zhao Lijun', { roles: ['spokesman'], related: CONTEXT }), local('Zhao Mingde', { roles: ['spokesman'], related: CONTEXT })]],
  ['a7', [local('Orlov', { related: ['PLACE:ostmark', 'NAME:northern alliance'], n: 2 }), local('Dmitri Orlov', { roles: ['envoy'], related: CONTEXT })]],
];

const byName = (index: EntityIndex) => new Map(toExportEntities(index).map((e) => [e.name, e]));
const idOfName = (index: EntityIndex, articleId: string, name: string) => index.idOfLocal(articleId, ARTICLES.find(([a]) => a === articleId)![1].find((e) => e.name === name)!.key);

describe('EntityIndex: merging across articles', () => {
  const index = new EntityIndex();
  index.addArticles(ARTICLES);
  it('merges exact keys and a misspelling whose context agrees', () => {
    const kang = byName(index).get('Kang Weiming')!;
    assert.deepEqual(kang.article_ids, ['a1', 'a2', 'a3']);
    assert.ok(kang.aliases.includes('Kang Weimeng'));
    assert.ok(kang.aliases.includes('Kang'));
    assert.deepEqual(kang.roles.sort(), ['Foreign Ministry spokesperson', 'Veldrian spokesman', 'ministry spokesman'].sort());
    assert.equal(kang.mentions, 5);
  });
  it('keeps the same misspelling apart when its context disagrees', () => {
    assert.notEqual(idOfName(index, 'a4', 'Kang Weimang'), idOfName(index, 'a1', 'Kang Weiming'));
  });
  it('never merges different given names or names too short to vary', () => {
    assert.notEqual(idOfName(index, 'a6', 'Zhao Lijun'), idOfName(index, 'a6', 'Zhao Mingde'));
    assert.notEqual(idOfName(index, 'a5', 'Kang Lu'), idOfName(index, 'a5', 'Kang Le'));
    assert.notEqual(idOfName(index, 'a1', 'Kang Lu'), idOfName(index, 'a1', 'Kang Weiming'));
  });
  it('attaches a surname-only name to the single full name of its family when the context agrees', () => {
    assert.equal(idOfName(index, 'a7', 'Orlov'), idOfName(index, 'a7', 'Dmitri Orlov'));
  });
  it('does not attach a surname-only name when the family has several people', () => {
    const ix = new EntityIndex();
    ix.addArticles([...ARTICLES, ['a8', [local('Kang', { related: CONTEXT, roles: ['spokesman'] })]]]);
    const kang = toExportEntities(ix).find((e) => e.name === 'Kang')!;
    assert.deepEqual(kang.article_ids, ['a8']);
  });
  it('derives ids from the anchor key', () => {
    assert.equal(idOfName(index, 'a1', 'Veldria'), entityId('PLACE:veldria'));
    assert.equal(idOfName(index, 'a3', 'Kang Weimeng'), entityId('PERSON:kang weiming'));
  });
});

describe('EntityIndex: batch invariance, determinism, persistence', () => {
  const oneBatch = new EntityIndex();
  oneBatch.addArticles(ARTICLES);
  const expected = toExportEntities(oneBatch);
  it('gives the same entities and ids in three batches', () => {
    const ix = new EntityIndex();
    ix.addArticles(ARTICLES.slice(0, 2));
    ix.addArticles(ARTICLES.slice(2, 5));
    ix.addArticles(ARTICLES.slice(5));
    assert.deepEqual(toExportEntities(ix), expected);
  });
  it('gives the same result one article at a time in reverse order', () => {
    const ix = new EntityIndex();
    for (const [id, ents] of [...ARTICLES].reverse()) ix.addArticle(id, ents);
    assert.deepEqual(toExportEntities(ix), expected);
    assert.deepEqual(ix.state(), oneBatch.state());
  });
  it('replaces an article added twice', () => {
    const ix = new EntityIndex();
    ix.addArticles(ARTICLES);
    ix.addArticle('a4', [local('Someone Else')]);
    ix.addArticle('a4', ARTICLES[3][1]);
    assert.deepEqual(toExportEntities(ix), expected);
  });
  it('saves to a store and reloads to the same index', () => {
    const store = new MemoryEntityStore();
    store.save(oneBatch.state());
    const state = store.load()!;
    assert.ok(state.links.length > 0 && state.aliases.length > 0 && state.entities.length === expected.length);
    const reloaded = EntityIndex.fromState(state);
    assert.deepEqual(toExportEntities(reloaded), expected);
    assert.deepEqual(reloaded.state(), state);
    assert.equal(new MemoryEntityStore().load(), null);
  });
  it('reports an id change when a merge changes the anchor', () => {
    const ix = new EntityIndex();
    ix.addArticle('b1', [local('Kang Weimeng', { roles: ['spokesman'], related: CONTEXT })]);
    const before = ix.idOf('PERSON:kang weimeng')!;
    const res = ix.addArticles([['b2', [local('Kang Weiming', { roles: ['spokesman'], related: CONTEXT })]], ['b3', [local('Kang Weiming', { roles: ['spokesman'], related: CONTEXT })]]]);
    const after = ix.idOf('PERSON:kang weimeng')!;
    assert.equal(after, entityId('PERSON:kang weiming'));
    assert.deepEqual(res.renamed, [{ from: before, to: after }]);
    assert.equal(res.links.get('b2')!.get('PERSON:kang weiming'), after);
  });
});

describe('EntityLookup: what the later corpus steps keep of the index', () => {
  const index = new EntityIndex();
  index.addArticles(ARTICLES);
  const lookup = index.lookup();
  it('gives the index\'s id for every local key of every article, and null for a key the article lacks', () => {
    const keys = [...new Set(ARTICLES.flatMap(([, es]) => es.map((e) => e.key)))];
    let linked = 0;
    for (const [articleId] of [...ARTICLES, ['a-unknown', []] as [string, LocalEntity[]]]) {
      for (const key of [...keys, 'PERSON:nobody']) {
        assert.equal(lookup.idOfLocal(articleId, key), index.idOfLocal(articleId, key), `${articleId} ${key}`);
        if (lookup.idOfLocal(articleId, key)) linked++;
      }
    }
    assert.equal(linked, ARTICLES.reduce((n, [, es]) => n + es.length, 0));
    assert.equal(lookup.idOfLocal('a4', 'PERSON:kang weiming'), null, 'a key of other articles only');
  });
  it('names every entity as the export does', () => {
    for (const e of toExportEntities(index)) assert.equal(lookup.names.get(e.id), e.name);
  });
});
