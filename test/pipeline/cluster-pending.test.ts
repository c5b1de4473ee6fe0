// The stories step reads only articles without a clustering representation: the store lists them
// by id (new articles, or those a killed run stored but did not cluster), not by scanning documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import type { ArticleRep } from '../../src/stories/clustering/index.js';
import { makeArticle, makeWrite } from '../helpers/articles.js';

test('pendingArticleIds lists stored articles without a representation, in id order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-pending-'));
  const store = await openStore(join(dir, 'c.db'));
  try {
    await store.articles.saveMany(['c', 'a', 'b', 'd'].map((id) => makeWrite(makeArticle({ id }))));
    assert.deepEqual(await store.clusters.pendingArticleIds(), ['a', 'b', 'c', 'd']);
    const rep = (id: string) => ({ id }) as unknown as ArticleRep;
    await store.clusters.apply({ reps: [rep('b'), rep('d')], removedGroups: [], groups: [] });
    assert.deepEqual(await store.clusters.pendingArticleIds(), ['a', 'c']);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
