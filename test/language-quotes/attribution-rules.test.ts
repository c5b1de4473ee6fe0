// One case per attribution rule learned from PolNeAR train, on the default path (project NER and
// sentence splitter). Fixture texts are written for these tests (fictional people and outlets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/language/quotes/index.js';
import { completeNames } from '../../src/language/quotes/complete-names.js';
import { genderOf } from '../../src/language/quotes/people.js';

interface Case {
  rule: string;
  text: string;
  find: string;
  speaker: string;
  cue?: string;
  /** The whole statement the quote must cover (interrupted quotes). */
  content?: string;
}

const cases: Case[] = [
  {
    rule: 'the object of "told" is the addressee, not the speaker',
    text: 'Author Lena Marsh spoke in Denver on Sunday.\n\n“We never expected this,” Marsh, 61, told Channel Nine on Monday.',
    find: 'never expected',
    speaker: 'Lena Marsh',
    cue: 'told',
  },
  {
    rule: 'a long appositive between the name and the cue is skipped',
    text: '“The numbers are clear,” Tomas Green, the county’s chief budget officer and a former auditor for three neighbouring districts, said on Friday.',
    find: 'numbers are clear',
    speaker: 'Tomas Green',
    cue: 'said',
  },
  {
    rule: 'a whole quote inside an "according to" frame goes to the outer source',
    text: '“We will not raise taxes,” Mayor Dana Pruitt said, according to the Valley Ledger.',
    find: 'raise taxes',
    speaker: 'Valley Ledger',
  },
  {
    rule: 'a partial quote in a reported clause keeps its own speaker',
    text: 'Mayor Dana Pruitt urged residents to “stay calm and keep their patience”, according to the Valley Ledger.',
    find: 'stay calm',
    speaker: 'Dana Pruitt',
  },
  {
    rule: 'a label after a dash and before a colon names the source',
    text: 'Turnout predictions held up - PollWatch: “Turnout rose in every county this year, as the surveys showed.”',
    find: 'Turnout rose',
    speaker: 'PollWatch',
  },
  {
    rule: 'a round-up heading in capitals is the source of the excerpt after it',
    text: 'STATE BUDGET STALLS AGAIN “Lawmakers spent the whole night trading offers across the aisle.”',
    find: 'trading offers',
    speaker: 'STATE BUDGET STALLS AGAIN',
  },
  {
    rule: 'two-word cues learned from train ("shot back")',
    text: 'Senator Ruth Okafor was asked about the delay.\n\n“That is simply false,” Okafor shot back.',
    find: 'simply false',
    speaker: 'Ruth Okafor',
    cue: 'shot back',
  },
  {
    rule: 'she skips a male antecedent',
    text: 'Karen Lowe introduced Peter Vance at the rally. Vance spoke about roads for an hour.\n\n“Our city deserves better,” she said.',
    find: 'deserves better',
    speaker: 'Karen Lowe',
  },
  {
    rule: 'an interrupted quote around a long attribution is one statement',
    text: '“This used to be a quiet town,” said Omar Reyes, director of the Lakeside Institute in Hull, “but it is growing fast.”',
    find: 'quiet town',
    speaker: 'Omar Reyes',
    content: 'This used to be a quiet town,” said Omar Reyes, director of the Lakeside Institute in Hull, “but it is growing fast.',
  },
  {
    rule: 'a party label in parentheses between the name and the cue is skipped',
    text: '“We have the votes,” Sen. Alma Ruiz (D-Ore.) said Tuesday.',
    find: 'have the votes',
    speaker: 'Alma Ruiz',
  },
];

for (const c of cases) {
  test(c.rule, () => {
    const q = findQuotes(c.text).find((m) => m.text.includes(c.find) && (m.kind === 'direct' || m.kind === 'partial'));
    assert.ok(q, `no quote containing "${c.find}"`);
    assert.equal(q.speaker?.name ?? null, c.speaker);
    if (c.cue) assert.equal(q.cue, c.cue);
    if (c.content) assert.equal(q.text, c.content);
  });
}

test('a person span cut short by the tagger is completed over initials and name words', () => {
  const text = 'Pollster Michael P. McDowan and Le Pen met Sen. Ana Ruiz Tuesday in Ohio.';
  const at = (t: string, type = 'PERSON') => ({ text: t, type, start: text.indexOf(t), end: text.indexOf(t) + t.length });
  const out = completeNames(text, [at('Michael'), at('Le'), at('Sen. Ana'), at('Ruiz', 'MISC'), at('Tuesday', 'DATE'), at('Ohio', 'GPE')]);
  assert.deepEqual(out.map((e) => e.text), ['Michael P. McDowan', 'Le Pen', 'Sen. Ana Ruiz', 'Tuesday', 'Ohio']);
  assert.ok(out.every((e) => text.slice(e.start, e.end) === e.text));
});

test('gender from titles and known given names; a surname alone is unknown', () => {
  assert.equal(genderOf(['mrs.'], 'Clinton'), 'f');
  assert.equal(genderOf([], 'Hillary Clinton'), 'f');
  assert.equal(genderOf([], 'Donald Trump'), 'm');
  assert.equal(genderOf([], 'Clinton'), undefined);
  assert.equal(genderOf([], 'Alexis Moreau'), undefined);
});
