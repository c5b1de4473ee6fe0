import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EntityLookup, type LocalLink } from '../../src/language/entities/entity-lookup.js';

/** The plain version the typed columns replace: one Map entry per (article, key). */
function plain(links: LocalLink[]): Map<string, LocalLink> {
  const m = new Map<string, LocalLink>();
  for (const l of links) m.set(`${l.article_id}\u0000${l.key}`, l);
  return m;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('EntityLookup', () => {
  it('answers as a Map of (article, key) → entity would, links in the Map order', () => {
    for (const seed of [1, 2, 3]) {
      const rnd = random(seed);
      const links: LocalLink[] = [];
      // Articles interleaved and repeated pairs (the last entity wins, the first place stays).
      for (let i = 0; i < 3000; i++) {
        links.push({ article_id: `a${Math.floor(rnd() * 200)}`, key: `PERSON:k${Math.floor(rnd() * 60)}`, entity_id: `e${Math.floor(rnd() * 40)}` });
      }
      const lookup = new EntityLookup(links, [['e1', 'One']]);
      const m = plain(links);
      assert.equal(lookup.size, m.size);
      for (let a = 0; a < 210; a++) {
        for (let k = 0; k < 65; k++) {
          const l = m.get(`a${a}\u0000PERSON:k${k}`);
          assert.equal(lookup.idOfLocal(`a${a}`, `PERSON:k${k}`), l?.entity_id ?? null);
        }
      }
      // By article in the order articles first came, within an article in the Map's order.
      const byArticle = new Map<string, LocalLink[]>();
      for (const l of m.values()) byArticle.set(l.article_id, [...(byArticle.get(l.article_id) ?? []), { ...l }]);
      assert.deepEqual([...lookup.links()], [...byArticle.values()].flat());
      const odd = [...lookup.links((s) => s % 2 === 1)];
      assert.deepEqual(odd, [...byArticle.values()].flat().filter((_, i) => i % 2 === 1));
      assert.equal(lookup.names.get('e1'), 'One');
    }
  });
  it('is empty without links', () => {
    const lookup = new EntityLookup([], []);
    assert.equal(lookup.size, 0);
    assert.equal(lookup.idOfLocal('a', 'k'), null);
    assert.deepEqual([...lookup.links()], []);
  });
});
