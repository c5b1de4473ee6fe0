// The corpus steps' worker pool gives exactly what the inline path gives: a story group's comparison
// and provenance candidate pairs verified on worker threads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCorpusPool } from '../../src/pipeline/corpus/corpus-pool.js';
import { compareGroup } from '../../src/pipeline/corpus/compare-task.js';
import { compareTexts } from '../../src/provenance/compare-texts.js';
import { story } from '../compare/fixture.js';
import { articleText } from '../provenance/fixtures.js';

test('comparisons and pair verification on worker threads equal the inline results', { timeout: 120_000 }, async () => {
  const groupsOf = (): string[] => [];
  const pool = createCorpusPool({ threads: 2, outletFiles: [], groupsOf });
  const inline = createCorpusPool({ threads: 1, groupsOf });
  try {
    assert.equal(pool.parallel, true);
    assert.equal(inline.parallel, false);
    const expected = compareGroup(story, groupsOf);
    assert.ok(expected.coverage, 'the fixture story is compared');
    assert.deepEqual(await pool.compare(story), expected);
    assert.deepEqual(await inline.compare(story), expected);

    const base = articleText(5, 6);
    const texts = { a: base, b: `${base}\n\nSource: Wire`, c: base.split('\n\n').slice(1, 3).join('\n\n'), d: articleText(6, 4) };
    const pairs: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'c'], ['a', 'd']];
    const links = await pool.verify({ texts, pairs });
    assert.deepEqual(links, pairs.map(([x, y]) => compareTexts(x, texts[x as keyof typeof texts], y, texts[y as keyof typeof texts])));
    assert.ok(links.some((l) => l !== null) && links.some((l) => l === null), 'both linked and unrelated pairs');
  } finally {
    await pool.close();
    await inline.close();
  }
});
