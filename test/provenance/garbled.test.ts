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
