import assert from 'node:assert/strict';
import { test } from 'node:test';
import { garbledFlag } from '../../src/provenance/quality/garbled.js';

// Written for this test in the manner of a machine "spun" rewrite: cut sentences, stray fragments,
// a doubled closing quote and punctuation stranded after a quote.
const SPUN = [
  'The mayor on Tuesday called the bridge project the city’s “most urgent priority” as the council refused to delay the vote. Despite growing pressure to postpone the decision for. On.',
  'The council said the plan would cost less than expected. “We will build it this year,” the mayor said. Reporters Tuesday.',
  'Critics said the plan ignored the river. “It is a mistake for the town.” I am speaking too quickly.” ,',
  'The vote is expected next week, officials said.',
].join('\n\n');

const CLEAN = [
  'The mayor on Tuesday called the bridge project the city’s “most urgent priority” as the council prepared to vote.',
  '“We will build it this year,” she said. “No.” Then she added: “Not before the summer.”',
  'Asked what the delay was for, the engineer shrugged. Nobody knew. The council will vote next week.',
  '“This is the moment,” said Ana Ruiz, a teacher. “We have waited long enough.',
  '“Now the city has to act.”',
  'Mr. Smith, of St. Louis, paid $2.5 million to the U.S. Treasury, according to Dr. Jones.',
].join('\n\n');

test('garbled text is flagged with quoted evidence', () => {
  const flag = garbledFlag(SPUN);
  assert.equal(flag?.flag, 'garbled');
  assert.match(flag!.evidence, /for\. On\./);
  assert.match(flag!.evidence, /Reporters Tuesday\./);
});

test('clean prose with short sentences, multi-paragraph quotes and abbreviations is not flagged', () => {
  assert.equal(garbledFlag(CLEAN), null);
  assert.equal(garbledFlag(''), null);
  assert.equal(garbledFlag('One.'), null);
});

test('a single slip is not enough', () => {
  assert.equal(garbledFlag('The council met on Monday. Reporters Tuesday. It voted to approve the plan.'), null);
});

test('words that do not belong together are signs, each quoted; clean look-alikes are not', async () => {
  const { oddWords } = await import('../../src/provenance/quality/odd-words.js');
  const { splitSentences } = await import('../../src/provenance/quality/sentences.js');
  const odd = (s: string) => oddWords(splitSentences(s));
  assert.deepEqual(odd('The meeting lasted around 25 mins of minutes, the council said.'), ['The meeting lasted around 25 mins of minutes, the council said.']);
  assert.deepEqual(odd('The mayor instructed reporters after the vote that the bridge would open.'), ['The mayor instructed reporters after the vote that the bridge would open.']);
  assert.deepEqual(odd('The storm moved north. Quietly the harbor. Boats stayed in.'), ['Quietly the harbor.']);
  for (const clean of ['The talks took 25 minutes of the hour.', 'Only the brave. Finally the vote.', '“Quietly the harbor.”', 'He told reporters the bridge would open.']) {
    assert.deepEqual(odd(clean), [], clean);
  }
  const spun = [
    'The council met for around 25 mins of minutes on Tuesday. Despite growing pressure to delay the vote for. On.',
    'The mayor instructed reporters that the bridge would open in the spring, officials said.',
    'Quietly the harbor. The vote is expected next week.',
  ].join('\n\n');
  const flag = garbledFlag(spun);
  assert.equal(flag?.flag, 'garbled');
  assert.match(flag!.evidence, /mins of minutes/);
});
