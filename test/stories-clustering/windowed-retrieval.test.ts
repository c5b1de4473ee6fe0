// Retrieval within the event span cap: a dated unit retrieves only units dated within the cap (or
// undated ones), and the groups equal those of retrieval across all days; scatter dot products are
// bit-identical to the sparse merge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articles } from '../../bench/clustering.js';
import { LinkGraph } from '../../src/stories/clustering/link-graph.js';
import { KeyIds, ScatterDot } from '../../src/stories/clustering/scatter-dot.js';
import { dot } from '../../src/stories/clustering/sparse.js';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import type { LevelParams } from '../../src/stories/clustering/types.js';
import type { Unit } from '../../src/stories/clustering/unit.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

const PARAMS: LevelParams = { entityWeight: 0, linkThreshold: 0.2, mergeThreshold: 0.2, dateGapDays: null, datePenalty: 0, yearPenalty: 0, yearGap: 2, sameDayBonus: 0 };
const RETRIEVAL = { termKeys: 4, entityKeys: 0, postingCap: 50, minPartial: 0.02 };

function unit(id: string, words: string[], day: number | null): Unit {
  const keys = [...new Set(words)].sort();
  const n = Math.sqrt(keys.length);
  return { id, day, anchor: day, terms: { keys, values: keys.map(() => 1 / n) }, entities: { keys: [], values: [] }, eventDays: day === null ? [] : [day], year: 2025, monthDays: [], short: false };
}

test('windowed retrieval: only units within the span cap (and undated ones) are candidates', () => {
  const units = [unit('a', ['flood', 'river'], 100), unit('b', ['flood', 'river'], 110), unit('c', ['flood', 'river'], 140), unit('d', ['flood', 'river'], null)];
  const g = new LinkGraph('ev_', () => PARAMS, RETRIEVAL, { maxSpanDays: 21 });
  g.upsert(units);
  g.flush();
  assert.deepEqual(g.candidates('a'), ['b', 'd']);
  assert.deepEqual(g.candidates('c'), ['d']);
  assert.deepEqual(g.candidates('d'), ['a', 'b', 'c']); // undated: every day
  const full = new LinkGraph('ev_', () => PARAMS, RETRIEVAL, { maxSpanDays: 21, fullRetrieval: true });
  full.upsert(units);
  full.flush();
  assert.deepEqual(full.candidates('a'), ['b', 'c', 'd']);
});

test('windowed retrieval: the same events and stories as retrieval across all days', () => {
  const summaries = [...articles(3000, 7)];
  const groups = (c: StoryClusterer) => ({ events: c.eventGroups(), stories: c.storyGroups() });
  const windowed = new StoryClusterer();
  windowed.add(summaries);
  const full = new StoryClusterer(undefined, undefined, { fullRetrieval: true });
  full.add(summaries);
  assert.ok(windowed.model.eventSpanDays !== null && windowed.model.eventSpanDays !== undefined);
  assert.deepEqual(groups(windowed), groups(full));
  assert.ok(windowed.events.edgeCount() < full.events.edgeCount()); // pairs across the cap are not even scored
});

test('scatter dot products equal the sparse merge bit for bit', () => {
  const r = mulberry32(3);
  const vocab = Array.from({ length: 200 }, (_, i) => `w${i}`);
  const vector = () => {
    const keys = [...new Set(Array.from({ length: 1 + Math.floor(r() * 60) }, () => vocab[Math.floor(r() * vocab.length)]))].sort();
    return { keys, values: keys.map(() => r() / 3) };
  };
  const ids = new KeyIds(), sd = new ScatterDot();
  for (let t = 0; t < 200; t++) {
    const a = vector(), b = vector();
    const ia = ids.of(a.keys), ib = ids.of(b.keys);
    // At an offset, as vectors sit in the index's arena.
    const pad = [7, 7, 7];
    sd.loadAt([...pad, ...ia], [...pad, ...a.values], 3, 3 + ia.length, ids.size);
    assert.equal(sd.dotAt([...ib, ...pad], [...b.values, ...pad], 0, ib.length), dot(a, b));
    sd.unloadAt([...pad, ...ia], 3, 3 + ia.length);
  }
});
