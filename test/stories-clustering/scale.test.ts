// Pieces the clusterer relies on at scale: average-link's result does not depend on which slot
// survives a merge (the one with more neighbours is kept, so long chains stay near-linear), and
// representing articles up front (`represent` + `addReps`, as a stream would) equals `add`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averageLink, type ScoredPair } from '../../src/stories/clustering/average-link.js';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import { ARTICLES, TEST_MODEL, shuffled } from './fixtures.js';

/** Brute-force average-link over a dense similarity table (missing pairs 0), same tie order. */
function reference(n: number, pairs: readonly ScoredPair[], threshold: number): number[][] {
  const sim = (a: number, b: number) => pairs.filter((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a)).reduce((s, p) => s + p.s, 0);
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best: { x: number; y: number; avg: number; tie: number } | null = null;
    for (let x = 0; x < clusters.length; x++) for (let y = x + 1; y < clusters.length; y++) {
      let sum = 0, any = false;
      for (const a of clusters[x]) for (const b of clusters[y]) { const s = sim(a, b); if (s !== 0) any = true; sum += s; }
      if (!any) continue;
      const avg = sum / (clusters[x].length * clusters[y].length);
      const kx = Math.min(...clusters[x]), ky = Math.min(...clusters[y]);
      const tie = Math.min(kx, ky) * 0x100000 + Math.max(kx, ky);
      if (avg >= threshold && (!best || avg > best.avg || (avg === best.avg && tie < best.tie))) best = { x, y, avg, tie };
    }
    if (!best) break;
    const merged = [...clusters[best.x], ...clusters[best.y]];
    clusters = clusters.filter((_, i) => i !== best!.x && i !== best!.y).concat([merged]);
  }
  return clusters.map((c) => c.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}

test('average-link: a hub with many neighbours merges into the same groups as a brute-force reference', () => {
  // Node 7 is a hub (many neighbours); 0–1 a strong pair; scores chosen so merges cascade.
  const pairs: ScoredPair[] = [
    { a: 0, b: 1, s: 0.9 }, { a: 1, b: 7, s: 0.5 }, { a: 2, b: 7, s: 0.6 }, { a: 3, b: 7, s: 0.55 }, { a: 4, b: 7, s: 0.3 },
    { a: 5, b: 7, s: 0.2 }, { a: 6, b: 7, s: 0.7 }, { a: 2, b: 3, s: 0.4 }, { a: 5, b: 6, s: 0.45 }, { a: 8, b: 9, s: 0.15 },
  ];
  for (const threshold of [0.1, 0.2, 0.3, 0.45]) {
    assert.deepEqual(averageLink(10, pairs, threshold), reference(10, pairs, threshold), `threshold ${threshold}`);
  }
});

test('average-link: groups come in order of their smallest member, members ascending', () => {
  const groups = averageLink(6, [{ a: 5, b: 0, s: 0.5 }, { a: 4, b: 1, s: 0.5 }, { a: 1, b: 3, s: 0.4 }], 0.1);
  assert.deepEqual(groups, [[0, 5], [1, 3, 4], [2]]);
});

test('represent + addReps gives exactly what add gives, in any order', () => {
  const whole = new StoryClusterer(TEST_MODEL);
  whole.add(ARTICLES);
  const streamed = new StoryClusterer(TEST_MODEL);
  streamed.addReps(shuffled(ARTICLES, 5).map((a) => streamed.represent(a)));
  assert.deepEqual(streamed.eventGroups(), whole.eventGroups());
  assert.deepEqual(streamed.storyGroups(), whole.storyGroups());
});

test('staging chunks as they stream and committing once gives what one batch gives; the batch is consumed lazily', () => {
  const whole = new StoryClusterer(TEST_MODEL);
  whole.add(ARTICLES);
  const staged = new StoryClusterer(TEST_MODEL);
  const order = shuffled(ARTICLES, 3);
  let taken = 0;
  function* stream(from: number, to: number) { for (const a of order.slice(from, to)) { taken++; yield staged.represent(a); } }
  staged.stage(stream(0, 4));
  assert.equal(taken, 4);
  assert.deepEqual(staged.eventGroups(), [], 'no groups before the commit');
  staged.stage(stream(4, 7));
  staged.stage(stream(7, order.length));
  staged.stage(stream(0, 2)); // known ids are ignored
  staged.commit();
  assert.deepEqual(staged.eventGroups(), whole.eventGroups());
  assert.deepEqual(staged.storyGroups(), whole.storyGroups());
  for (const a of ARTICLES) assert.deepEqual(staged.rep(a.id), whole.rep(a.id));
});
