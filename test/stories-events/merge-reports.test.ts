// The events step's columnar merge (EventReports, MergedReports) gives what mergeEvents then
// toExportEvent give on the same reports: the same documents, byte for byte, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EventReports } from '../../src/stories/events/event-reports.js';
import { MergedReports } from '../../src/stories/events/merge-reports.js';
import { mergeEvents } from '../../src/stories/events/merge-events.js';
import { toExportEvent } from '../../src/stories/events/to-export-event.js';
import type { ArticleEvent, ArticleEvents, DateSource, EventParty } from '../../src/stories/events/types.js';
import { events } from './helpers.js';

// Small pools, so that reports match, dates nest, ids collide and offsets tie. 'force' is no kind
// of the taxonomy but the family of 'fight' and 'assault'; 'rumour' is neither.
const KINDS = ['consult', 'fight', 'assault', 'force', 'support', 'rumour'];
const DATES = [null, '', 'soon', '2024-03-03', '2024-03-03', '2024-03-03', '2024-03-04', '2024-03-10', '2024-03', '2024-03', '2024-02', '2024', '2024-W09'];
const SOURCES: DateSource[] = ['stated', 'stated', 'published', 'none'];
const TEXTS = ['Ruiz met Vos.', 'Valdora struck Norland.', 'Talks “went well”.', ''];

const party = fc.record({ key: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5'), name: fc.constantFrom('Ana', 'Piet'), type: fc.constantFrom('PERSON', 'GPE') })
  .chain((p) => fc.option(fc.record({ start: fc.nat(40), end: fc.nat(40) }), { nil: undefined }).map((mention) => (mention ? { ...p, mention } : p)));

const event: fc.Arbitrary<ArticleEvent> = fc.record({
  kind: fc.constantFrom(...KINDS),
  score: fc.constantFrom(0, 1, -2.5, 3.5),
  trigger: fc.record({ text: fc.constant('met'), start: fc.nat(30), end: fc.nat(40) }),
  actor: fc.option(party, { nil: null }),
  target: fc.option(party, { nil: null }),
  participants: fc.array(party, { maxLength: 4 }),
  place: fc.option(party, { nil: null }),
  date: fc.constantFrom(...DATES),
  date_source: fc.constantFrom(...SOURCES),
  evidence: fc.record({ text: fc.constantFrom(...TEXTS), start: fc.nat(3), end: fc.nat(90) }),
}).map((e) => ({ ...e, cameo: null, date_expression: null, reported: false, irrealis: false }));

// Article ids where one is a prefix of another; an id may come twice (as two inputs of mergeEvents).
const articles = fc.array(fc.record({ article_id: fc.constantFrom('a', 'ab', 'b', 'b0', 'c'), events: fc.array(event, { maxLength: 6 }) }), { maxLength: 8 });

/** Local keys as the entity linker maps them: k1..k4 to entities (two may share one), the others to none (they keep their key). */
const entityOf = (articleId: string, key: string): string | null => (/^k[1-4]$/.test(key) ? `E${(key.charCodeAt(1) + articleId.length) % 3}` : null);

/** The events step before the columns: parties mapped to entities, mergeEvents, toExportEvent. */
function reference(input: ArticleEvents[], storyOf?: ReadonlyMap<string, string>): string {
  const mapped = input.map((a) => {
    const map = (p: EventParty | null): EventParty | null => {
      if (!p) return null;
      const id = entityOf(a.article_id, p.key);
      return id ? { ...p, key: id, name: `name of ${id}` } : p;
    };
    return { article_id: a.article_id, events: a.events.map((e) => ({ ...e, actor: map(e.actor), target: map(e.target), place: map(e.place), participants: e.participants.map((p) => map(p)!) })) };
  });
  return JSON.stringify(mergeEvents(mapped).map((e) => toExportEvent(e, storyOf)));
}

function columnar(input: ArticleEvents[], storyOf?: ReadonlyMap<string, string>): string {
  const reports = new EventReports();
  for (const a of input) reports.add(a.article_id, a.events, (p) => entityOf(a.article_id, p.key) ?? p.key);
  return JSON.stringify([...new MergedReports(reports).exportEvents(storyOf)]);
}

test('the columnar merge exports what mergeEvents and toExportEvent export', () => {
  const stories = fc.option(fc.dictionary(fc.constantFrom('a', 'ab', 'b', 'b0', 'c'), fc.constantFrom('s1', 's2')).map((d) => new Map(Object.entries(d))), { nil: undefined });
  fc.assert(fc.property(articles, stories, (input, storyOf) => {
    assert.equal(columnar(input, storyOf), reference(input, storyOf));
  }), { numRuns: 1000 });
});

test('the columnar merge exports what mergeEvents exports on extracted events', () => {
  const people: [string, string, string?][] = [['Ana Ruiz', 'PERSON'], ['Ruiz', 'PERSON', 'Ana Ruiz'], ['Piet Vos', 'PERSON'], ['Vos', 'PERSON', 'Piet Vos']];
  const input = [
    { article_id: 'a1', events: events('Ana Ruiz met Piet Vos on March 3 in Arvika.', people, [['March 3', '2024-03-03']]) },
    { article_id: 'b2', events: events('Foreign ministers Ana Ruiz and Piet Vos held talks on Sunday.', people, [['Sunday', '2024-03-03']]) },
    { article_id: 'c3', events: events('In a meeting with Vos this month, Ana Ruiz raised trade.', people, [['this month', '2024-03']]) },
  ];
  const storyOf = new Map([['a1', 'st']]);
  const got = columnar(input, storyOf);
  assert.equal(got, reference(input, storyOf));
  assert.equal((JSON.parse(got) as { article_ids: string[] }[]).filter((e) => e.article_ids.length === 3).length, 1);
});
