// The stories step's in-memory cluster store: it hands the loaded representations to the clusterer
// once, keeps only digests of them, and reports as changed exactly the representations put that
// differ from the stored ones (taken from the clusterer), plus changed group rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterOverlay } from '../../src/store/cluster-overlay.js';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import { ARTICLES, TEST_MODEL } from '../stories-clustering/fixtures.js';

test('cluster overlay: reopening stored state changes nothing; new articles and their groups are the changes', () => {
  const first = new ClusterOverlay({ reps: [], groups: [] });
  const c1 = StoryClusterer.open(first, TEST_MODEL);
  c1.add(ARTICLES.slice(0, 6));
  const written = first.changes((id) => c1.rep(id)!);
  assert.deepEqual([...written.reps].map((r) => r.id), ARTICLES.slice(0, 6).map((a) => a.id));
  assert.ok(written.groups.length > 0);

  const stored = { reps: [...written.reps], groups: written.groups };
  const again = new ClusterOverlay(stored);
  const c2 = StoryClusterer.open(again, TEST_MODEL);
  const unchanged = again.changes((id) => c2.rep(id)!);
  assert.deepEqual({ ...unchanged, reps: [...unchanged.reps] }, { reps: [], removedGroups: [], groups: [] });
  assert.throws(() => again.articles(), /already handed/);

  c2.add(ARTICLES.slice(6));
  const next = again.changes((id) => c2.rep(id)!);
  assert.deepEqual([...next.reps].map((r) => r.id), ARTICLES.slice(6).map((a) => a.id));
  const whole = new StoryClusterer(TEST_MODEL);
  whole.add(ARTICLES);
  for (const r of next.reps) assert.deepEqual(r, whole.rep(r.id));
});
