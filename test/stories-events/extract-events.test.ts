import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/language/dates/index.js';
import { splitSentences } from '../../src/language/sentences/split-sentences.js';
import { tokenize } from '../../src/language/tokens/tokenize.js';
import { extractEvents } from '../../src/stories/events/extract-events.js';
import { brief, entities, events } from './helpers.js';

const P = 'PERSON', G = 'GPE', O = 'ORG';

test('every taxonomy kind is recognised from a plain sentence', () => {
  const cases: [string, string][] = [
    ['Valdora announced new rules for its ports.', 'statement'],
    ['Valdora urged Norland to lift the blockade.', 'appeal'],
    ['Valdora pledged closer trade ties with Norland.', 'intent_to_cooperate'],
    ['Valdora met Norland in the capital.', 'consult'],
    ['Valdora offered mediation between Norland and Ostria.', 'mediate'],
    ['Valdora endorsed Norland in the dispute.', 'support'],
    ['Valdora sent humanitarian aid to Norland.', 'provide_aid'],
    ['Valdora condemned Norland over the incident.', 'criticise'],
    ['Valdora demanded compensation from Norland.', 'demand'],
    ['Valdora threatened Norland with retaliation.', 'threaten'],
    ['Valdora expelled diplomats from Norland.', 'reduce_relations'],
    ['Valdora imposed sanctions on Norland.', 'sanction'],
    ['Valdora held joint naval exercises with Norland.', 'military_posture'],
    ['Valdora arrested three Norland nationals.', 'coerce'],
    ['Valdora bombed a depot near Norland.', 'assault'],
    ['Valdora invaded Norland at dawn.', 'fight'],
    ['Valdora abstained in the vote on Norland.', 'vote'],
  ];
  for (const [text, kind] of cases) {
    const found = events(text, [['Valdora', G], ['Norland', G], ['Ostria', G]]);
    assert.ok(found.some((e) => e.kind === kind && e.actor?.name === 'Valdora'), `${kind}: ${JSON.stringify(found.map(brief))}`);
  }
});

test('actor and target in the active voice', () => {
  const [e] = events('Norland attacked Valdora on Tuesday.', [['Norland', G], ['Valdora', G]]);
  assert.deepEqual(brief(e), { kind: 'fight', actor: 'Norland', target: 'Valdora', participants: ['Norland', 'Valdora'] });
});

test('actor and target in the passive voice', () => {
  const [e] = events('Valdora was attacked by Norland on Tuesday.', [['Norland', G], ['Valdora', G]]);
  assert.deepEqual(brief(e), { kind: 'fight', actor: 'Norland', target: 'Valdora', participants: ['Norland', 'Valdora'] });
  const [f] = events('Valdora was attacked overnight.', [['Valdora', G]]);
  assert.equal(f.actor, null);
  assert.equal(f.target?.name, 'Valdora');
});

test('a call between two people, with titles before the names', () => {
  const text = 'There was a phone call between Valdoran Foreign Minister Ana Ruiz and Norland Prime Minister Piet Vos.';
  const found = events(text, [['Ana Ruiz', P], ['Piet Vos', P], ['Norland', G]]);
  const call = found.find((e) => e.kind === 'consult')!;
  assert.deepEqual(call.participants.map((p) => p.name).slice(0, 2), ['Ana Ruiz', 'Piet Vos']);
});

test('talks with someone: the title phrase is headed by the person', () => {
  const [e] = events('Ana Ruiz held talks with Norland Defence Minister Piet Vos in Arvika.', [['Ana Ruiz', P], ['Piet Vos', P], ['Norland', G], ['Arvika', G]]);
  assert.deepEqual(brief(e), { kind: 'consult', actor: 'Ana Ruiz', target: 'Piet Vos', participants: ['Ana Ruiz', 'Piet Vos'] });
  assert.equal(e.place?.name, 'Arvika');
});

test('a list of participants', () => {
  const [e] = events('Valdora, Norland and Ostria held joint naval exercises in the gulf.', [['Valdora', G], ['Norland', G], ['Ostria', G]]);
  assert.equal(e.kind, 'military_posture');
  assert.deepEqual(e.participants.map((p) => p.name), ['Valdora', 'Norland', 'Ostria']);
});

test('an opening phrase takes the subject after the comma, and "he" the last person', () => {
  const text = 'Defence Minister Ana Ruiz spoke at length. In a video conference with her counterpart, Piet Vos, she said ties were strong.';
  const found = events(text, [['Ana Ruiz', P], ['Piet Vos', P]]);
  const call = found.find((e) => e.kind === 'consult')!;
  assert.equal(call.actor?.name, 'Ana Ruiz');
  assert.equal(call.target?.name, 'Piet Vos');
});

test('speaker of an inverted statement', () => {
  const text = '“We will not give in,” said Piet Vos.';
  const found = events(text, [['Piet Vos', P]]);
  assert.equal(found.find((e) => e.kind === 'statement')?.actor?.name, 'Piet Vos');
});

test('relative dates resolve against a fixed publication date; unstated ones take it', () => {
  const text = 'Ana Ruiz met Piet Vos last Thursday. Ana Ruiz criticised Norland.';
  const sentences = splitSentences(text);
  const found = extractEvents(text, {
    published: '2022-01-31', sentences,
    entities: entities(text, [['Ana Ruiz', P], ['Piet Vos', P], ['Norland', G]]),
    dates: findDates(text, { published: '2022-01-31' }),
  });
  const meet = found.find((e) => e.kind === 'consult')!;
  assert.equal(meet.date, '2022-01-27');
  assert.equal(meet.date_source, 'stated');
  assert.equal(meet.date_expression?.text, 'last Thursday');
  const crit = found.find((e) => e.kind === 'criticise')!;
  assert.equal(crit.date, '2022-01-31');
  assert.equal(crit.date_source, 'published');
});

test('an opening date governs the clause; "since 1991" does not', () => {
  const text = 'Starting on January 21, Valdora and Norland held joint exercises. Since 1991, Valdora has criticised Norland.';
  const found = events(text, [['Valdora', G], ['Norland', G]], [['January 21', '2024-01-21'], ['1991', '1991']]);
  assert.equal(found.find((e) => e.kind === 'military_posture')?.date, '2024-01-21');
  const crit = found.find((e) => e.kind === 'criticise')!;
  assert.equal(crit.date_source, 'published');
});

test('future and intended events have no date unless one is stated', () => {
  const found = events('Ana Ruiz will meet Piet Vos.', [['Ana Ruiz', P], ['Piet Vos', P]]);
  assert.equal(found[0].irrealis, true);
  assert.equal(found[0].date, null);
  assert.equal(found[0].date_source, 'none');
});

test('reported events are kept apart from narrated ones', () => {
  const text = 'Norland attacked Valdora. “Norland invaded our land,” Ana Ruiz said. Ana Ruiz said Norland shelled Arvika.';
  const found = events(text, [['Norland', G], ['Valdora', G], ['Ana Ruiz', P], ['Arvika', G]]);
  const fights = found.filter((e) => e.kind === 'fight');
  assert.equal(fights.length, 3);
  assert.deepEqual(fights.map((e) => e.reported), [false, true, true]);
  assert.ok(found.filter((e) => e.kind === 'statement').every((e) => !e.reported));
});

test('negative cases: a trigger word used as a plain noun, negation, "talks" as a verb', () => {
  assert.deepEqual(events('The attack dog barked at the gate.', []), []);
  assert.deepEqual(events('Valdora did not attack Norland.', [['Valdora', G], ['Norland', G]]), []);
  assert.deepEqual(events('Valdora refused to condemn Norland.', [['Valdora', G], ['Norland', G]]), []);
  assert.deepEqual(events('Ana Ruiz talks a lot about football.', [['Ana Ruiz', P]]), []);
  const [held] = events('Ana Ruiz held talks with Piet Vos.', [['Ana Ruiz', P], ['Piet Vos', P]]);
  assert.equal(held.kind, 'consult');
  assert.deepEqual(events('Secretary of State Ana Ruiz arrived.', [['Ana Ruiz', P]]), []);
});

test('an event noun needs an argument, a light verb or a possessor', () => {
  assert.deepEqual(events('Sanctions are a blunt tool.', []), []);
  const [e] = events("Norland's invasion of Valdora shocked many.", [['Norland', G], ['Valdora', G]]);
  assert.deepEqual(brief(e), { kind: 'fight', actor: 'Norland', target: 'Valdora', participants: ['Norland', 'Valdora'] });
});

test('evidence is the sentence with offsets', () => {
  const text = 'First line here. Ana Ruiz met Piet Vos.';
  const [e] = events(text, [['Ana Ruiz', P], ['Piet Vos', P]]);
  assert.equal(e.evidence.text, 'Ana Ruiz met Piet Vos.');
  assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
  assert.equal(text.slice(e.trigger.start, e.trigger.end), 'met');
});

test('organisations act too', () => {
  const [e] = events('The Arvika Council sanctioned Norland.', [['Arvika Council', O], ['Norland', G]]);
  assert.equal(e.actor?.name, 'Arvika Council');
  assert.equal(e.target?.name, 'Norland');
});

test('shared tokens and lower-case forms give the same events as tokenising here', () => {
  // Written for this test: several sentences, quotes, a pronoun and a multi-word trigger.
  const text = 'Ana Ruiz met Piet Vos in Lima on Monday. “We will not give in,” said Piet Vos. '
    + 'She criticised Norland and held talks with Valdora. Talks between Norland and Valdora broke down.';
  const names: [string, string][] = [['Ana Ruiz', P], ['Piet Vos', P], ['Lima', G], ['Norland', G], ['Valdora', G]];
  const base = { published: '2024-03-15', sentences: splitSentences(text), entities: entities(text, names), dates: [] };
  const plain = extractEvents(text, base);
  assert.ok(plain.length >= 3, 'the fixture has events');
  const tokens = tokenize(text);
  assert.deepEqual(extractEvents(text, { ...base, tokens }), plain);
  assert.deepEqual(extractEvents(text, { ...base, tokens, lower: tokens.map((t) => t.text.toLowerCase()) }), plain);
  // A lower-case list that does not match the tokens is ignored rather than misread.
  assert.deepEqual(extractEvents(text, { ...base, tokens, lower: ['x'] }), plain);
});
