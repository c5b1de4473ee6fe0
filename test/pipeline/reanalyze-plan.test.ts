// The stage list as data: dependencies, and what `reanalyze` plans from a store's stamps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusStamps, downstreamOf, STAGES, stageVersion } from '../../src/pipeline/stages.js';
import type { StageInfo } from '../../src/pipeline/stages.js';
import { effectsOfChange, planReanalyze } from '../../src/pipeline/reanalyze-plan.js';
import type { StageStamp } from '../../src/store/repository.js';

const current = (): StageStamp[] => corpusStamps().map((s) => ({ ...s, state: 'current' }));
const bump = (name: string, version: string): StageInfo[] => STAGES.map((s) => (s.name === name ? { ...s, version } : s));

test('stages are listed after what they depend on, and downstream follows dependencies', () => {
  const seen = new Set<string>();
  for (const s of STAGES) {
    for (const d of s.dependsOn) assert.ok(seen.has(d), `${s.name} depends on ${d}, listed later`);
    seen.add(s.name);
    assert.equal(s.kind === 'corpus', s.onChange !== undefined, `${s.name}: corpus stages say how they follow changes`);
  }
  assert.deepEqual(downstreamOf(['extract']), ['language', 'provenance', 'entities', 'stories', 'compare', 'events']);
  assert.deepEqual(downstreamOf(['stories']), ['events']);
  assert.deepEqual(downstreamOf(['entities']), ['stories', 'compare', 'events']);
});

test('a store stamped with the current versions has nothing to plan', () => {
  const plan = planReanalyze(STAGES, current(), {});
  assert.deepEqual(plan.reset, []);
  assert.deepEqual(plan.unfinished, []);
  assert.deepEqual(plan.articles, { extract: stageVersion('extract'), language: stageVersion('language') });
});

test('an older clustering stamp rebuilds clustering and re-runs events, not the comparisons', () => {
  const stamps = current().map((s) => (s.stage === 'stories' ? { ...s, version: '1' } : s));
  const plan = planReanalyze(bump('stories', '2'), stamps, {});
  assert.deepEqual(plan.reset.map((a) => [a.stage, a.why, a.from, a.to]), [['stories', 'version', '1', '2'], ['events', 'upstream', '1', '1']]);
});

test('forcing a per-article stage selects every article; --all every stage', () => {
  const plan = planReanalyze(STAGES, current(), { force: ['language'] });
  assert.deepEqual(plan.articles, { extract: stageVersion('extract'), language: '*' });
  assert.deepEqual(plan.reset, []);
  const all = planReanalyze(STAGES, current(), { all: true });
  assert.deepEqual(all.articles, { extract: '*', language: '*' });
  assert.deepEqual(all.reset.map((a) => a.stage), ['provenance', 'entities', 'stories', 'compare', 'events']);
  assert.throws(() => planReanalyze(STAGES, current(), { force: ['nope'] }), /unknown stage nope/);
});

test('dirty and half-done stages from an interrupted run are planned; an empty store plans nothing', () => {
  const stamps = current().map((s) => (s.stage === 'provenance' ? { ...s, state: 'dirty' as const } : s.stage === 'entities' ? { ...s, state: 'rebuilding' as const } : s));
  const plan = planReanalyze(STAGES, stamps, {});
  assert.deepEqual(plan.reset.map((a) => [a.stage, a.why]), [['provenance', 'dirty']]);
  assert.deepEqual(plan.unfinished.map((a) => a.stage), ['entities']);
  assert.deepEqual(planReanalyze(STAGES, [], { all: true }).reset, []);
});

test('changed articles drop per-article records downstream and mark rebuilds', () => {
  const e = effectsOfChange(STAGES, ['language']);
  assert.deepEqual(e.drop, ['entities', 'compare']);
  assert.deepEqual(e.mark, [
    { stage: 'entities', state: 'rebuilding' }, { stage: 'stories', state: 'dirty' },
    { stage: 'compare', state: 'rebuilding' }, { stage: 'events', state: 'rebuilding' },
  ]);
  assert.deepEqual(effectsOfChange(STAGES, []), { drop: [], mark: [] });
  assert.ok(effectsOfChange(STAGES, ['extract']).mark.some((m) => m.stage === 'provenance' && m.state === 'dirty'));
});
