import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEvents } from '../../src/stories/events/merge-events.js';
import { buildTimeline } from '../../src/stories/events/timeline.js';
import { renderTimeline } from '../../src/stories/events/render-timeline.js';
import { toExportEvent } from '../../src/stories/events/to-export-event.js';
import { Event } from '../../src/model/export.js';
import type { ArticleEvents } from '../../src/stories/events/types.js';
import { events } from './helpers.js';

const P = 'PERSON', G = 'GPE';
const people: [string, string, string?][] = [['Ana Ruiz', P], ['Ruiz', P, 'Ana Ruiz'], ['Piet Vos', P], ['Vos', P, 'Piet Vos'], ['Lena Berg', P], ['Valdora', G], ['Norland', G]];

/** The same call told three ways, by three outlets. */
function threeOutlets(): ArticleEvents[] {
  return [
    { article_id: 'a1', events: events('Ana Ruiz met Piet Vos on March 3 in Arvika.', people, [['March 3', '2024-03-03']]) },
    { article_id: 'b2', events: events('Foreign ministers Ana Ruiz and Piet Vos held talks on Sunday.', people, [['Sunday', '2024-03-03']]) },
    { article_id: 'c3', events: events('In a meeting with Vos this month, Ana Ruiz raised trade.', people, [['this month', '2024-03']]) },
  ];
}

test('the same event from three outlets becomes one event with three mentions', () => {
  const merged = mergeEvents(threeOutlets()).filter((e) => e.kind === 'consult');
  assert.equal(merged.length, 1);
  const [e] = merged;
  assert.deepEqual(e.article_ids, ['a1', 'b2', 'c3']);
  assert.equal(e.mentions.length, 3);
  assert.equal(e.date, '2024-03-03');
  assert.deepEqual(e.participants.map((p) => p.name).sort(), ['Ana Ruiz', 'Piet Vos']);
});

test('merging is order- and batch-invariant, ids come from content', () => {
  const input = threeOutlets();
  const a = mergeEvents(input);
  const b = mergeEvents([...input].reverse());
  assert.deepEqual(a.map((e) => e.id), b.map((e) => e.id));
  assert.deepEqual(a, b);
  assert.match(a[0].id, /^ev_[0-9a-f]{16}$/);
});

test('different dates or different parties are different events', () => {
  const merged = mergeEvents([
    { article_id: 'a', events: events('Ana Ruiz met Piet Vos on March 3.', people, [['March 3', '2024-03-03']]) },
    { article_id: 'b', events: events('Ana Ruiz met Piet Vos on March 9.', people, [['March 9', '2024-03-09']]) },
    { article_id: 'c', events: events('Ana Ruiz met Lena Berg on March 3.', people, [['March 3', '2024-03-03']]) },
  ]);
  assert.equal(merged.length, 3);
  assert.deepEqual(merged.map((e) => e.date), ['2024-03-03', '2024-03-03', '2024-03-09']);
});

test('a coarse date that fits two different days joins neither', () => {
  const merged = mergeEvents([
    { article_id: 'a', events: events('Ana Ruiz met Piet Vos on March 3.', people, [['March 3', '2024-03-03']]) },
    { article_id: 'b', events: events('Ana Ruiz met Piet Vos on March 9.', people, [['March 9', '2024-03-09']]) },
    { article_id: 'c', events: events('Ana Ruiz met Piet Vos in March.', people, [['March', '2024-03']]) },
  ]);
  assert.equal(merged.length, 3);
  assert.ok(merged.every((e) => e.article_ids.length === 1));
});

test('different kinds of action are not merged', () => {
  const merged = mergeEvents([
    { article_id: 'a', events: events('Valdora attacked Norland on March 3.', people, [['March 3', '2024-03-03']]) },
    { article_id: 'b', events: events('Valdora condemned Norland on March 3.', people, [['March 3', '2024-03-03']]) },
  ]);
  assert.deepEqual(merged.map((e) => e.kind).sort(), ['criticise', 'fight']);
});

function relationship(): ArticleEvents[] {
  return [
    { article_id: 'x1', events: events('Valdora attacked Norland on May 2.', people, [['May 2', '2024-05-02']]) },
    { article_id: 'x2', events: events('Valdora praised Norland on January 5.', people, [['January 5', '2024-01-05']]) },
    { article_id: 'x3', events: events('Norland condemned Valdora on March 1.', people, [['March 1', '2024-03-01']]) },
    { article_id: 'x4', events: events('Valdora imposed sanctions on Norland on April 4.', people, [['April 4', '2024-04-04']]) },
  ];
}

test('a pair timeline keeps only that ordered pair, in date order, with running and rolling indexes', () => {
  const merged = mergeEvents(relationship());
  const line = buildTimeline(merged, { actors: ['Valdora', 'Norland'], window: 2 });
  assert.deepEqual(line.map((e) => [e.date, e.event.kind]), [['2024-01-05', 'support'], ['2024-04-04', 'sanction'], ['2024-05-02', 'fight']]);
  assert.deepEqual(line.map((e) => e.running), [3.5, -4.5, -14.5]);
  assert.deepEqual(line.map((e) => e.rolling), [3.5, -2.25, -9]);
  const back = buildTimeline(merged, { actors: ['norland', 'valdora'] });
  assert.deepEqual(back.map((e) => e.event.kind), ['criticise']);
});

test('a story timeline keeps the events of that story', () => {
  const merged = mergeEvents(relationship());
  const storyOf = new Map([['x1', 's1'], ['x2', 's2'], ['x3', 's1'], ['x4', 's2']]);
  const line = buildTimeline(merged, { story: 's1', storyOf });
  assert.deepEqual(line.map((e) => e.event.kind), ['criticise', 'fight']);
  const text = renderTimeline(line, 'Story s1');
  assert.match(text, /^Story s1/);
  assert.match(text, /2024-03-01 +criticise .*Norland → Valdora/);
  assert.match(text, /2024-05-02 +fight .*-10\.0/);
});

test('export events follow the contract', () => {
  const merged = mergeEvents(threeOutlets());
  const storyOf = new Map([['a1', 'st'], ['b2', 'st'], ['c3', 'st']]);
  for (const e of merged) {
    const out = Event.parse(toExportEvent(e, storyOf));
    assert.equal(out.story_id, 'st');
    assert.ok(out.evidence.length >= 1);
  }
});
