// Table-driven cases for findQuotes: every quote style, kinds, speakers, and bad input.
// Fixture texts are written for these tests (fictional people and events).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, type QuoteMention } from '../../src/language/quotes/index.js';

interface Case {
  name: string;
  text: string;
  /** The quote to look at: the first mention whose text contains this. */
  find: string;
  kind: QuoteMention['kind'];
  /** Expected exact content (offsets are checked against text.indexOf of it). */
  content?: string;
  speaker?: string | null;
  cue?: string | null;
}

const cases: Case[] = [
  {
    name: 'straight double quotes, speaker after, surname resolved to the full name',
    text: 'Ambassador Maria Ortega arrived on Tuesday.\n\n"The talks went well," Ortega said.',
    find: 'talks went well',
    kind: 'direct',
    content: 'The talks went well,',
    speaker: 'Maria Ortega',
    cue: 'said',
  },
  {
    name: 'curly quotes, inverted cue with a role noun',
    text: 'Chen Hao, the trade minister, met reporters. “Our door stays open to everyone,” said the minister.',
    find: 'door stays open',
    kind: 'direct',
    content: 'Our door stays open to everyone,',
    speaker: 'Chen Hao',
    cue: 'said',
  },
  {
    name: 'British single quotes with a nested quote and a plural possessive',
    text: 'Leaders promised ‘no ‘closed’ areas of trade’. ‘Both sides’ future prospects are vast,’ said Anna Berg.',
    find: 'future prospects',
    kind: 'direct',
    content: 'Both sides’ future prospects are vast,',
    speaker: 'Anna Berg',
  },
  {
    name: 'British nested quote stays one quote',
    text: 'Anna Berg said they would have ‘no ‘closed’ areas of trade’ with anyone.',
    find: 'areas of trade',
    kind: 'partial',
    content: 'no ‘closed’ areas of trade',
    speaker: 'Anna Berg',
  },
  {
    name: 'guillemets',
    text: 'Le ministre Paul Girard a dit: «Nous restons prudents dans cette affaire».',
    find: 'Nous restons',
    kind: 'direct',
    content: 'Nous restons prudents dans cette affaire',
  },
  {
    name: 'interrupted quote is one statement',
    text: 'Senator Lisa Grant spoke first. “We will vote,” Grant said, “and we will win this time.”',
    find: 'We will vote',
    kind: 'direct',
    content: 'We will vote,” Grant said, “and we will win this time.',
    speaker: 'Lisa Grant',
    cue: 'said',
  },
  {
    name: 'multi-paragraph quote: opening mark repeated, no closing mark',
    text: 'Mayor Tom Reyes told the council:\n\n“The budget is tight this year.\n\n“We will cut nothing that matters,” he said.',
    find: 'budget is tight',
    kind: 'direct',
    content: 'The budget is tight this year.\n\n“We will cut nothing that matters,',
    speaker: 'Tom Reyes',
  },
  {
    name: 'partial quote embedded in narration',
    text: 'Foreign Minister Omar Haddad warned his rivals not to “inflame the dispute” before the vote.',
    find: 'inflame the dispute',
    kind: 'partial',
    content: 'inflame the dispute',
    speaker: 'Omar Haddad',
    cue: 'warned',
  },
  {
    name: 'scare quote: one word after "the word"',
    text: 'The statement used the word “support” for the first time.',
    find: 'support',
    kind: 'scare',
    content: 'support',
    speaker: null,
    cue: null,
  },
  {
    name: 'scare quote: two words with no speech cue',
    text: 'Officials called the causes of the ‘border situation’ complicated.',
    find: 'border situation',
    kind: 'scare',
    content: 'border situation',
    speaker: null,
  },
  {
    name: 'indirect speech with "said that"',
    text: 'Jane Doe said that the plan would fail within a year.',
    find: 'plan would fail',
    kind: 'indirect',
    content: 'the plan would fail within a year',
    speaker: 'Jane Doe',
    cue: 'said',
  },
  {
    name: 'indirect speech with "according to"',
    text: 'The Interior Ministry was consulted. The talks will resume in March, according to the Interior Ministry.',
    find: 'talks will resume',
    kind: 'indirect',
    content: 'The talks will resume in March',
    speaker: 'Interior Ministry',
    cue: 'according to',
  },
  {
    name: 'pronoun across paragraphs goes to the person last introduced',
    text: 'Maria Lopez spoke at the weekly briefing in the capital.\n\n“We will not back down,” she said.',
    find: 'not back down',
    kind: 'direct',
    speaker: 'Maria Lopez',
  },
  {
    name: 'two people sharing a surname: the nearest one introduced',
    text: 'Chen Hao opened the summit. Later, spokeswoman Chen Mei held a briefing on trade.\n\n“Nothing has changed,” Chen told reporters.',
    find: 'Nothing has changed',
    kind: 'direct',
    speaker: 'Chen Mei',
    cue: 'told',
  },
  {
    name: 'organisation as speaker with a colon intro',
    text: 'The State Department said: “The embassy will remain open.”',
    find: 'embassy will remain',
    kind: 'direct',
    speaker: 'State Department',
    cue: 'said',
  },
  {
    name: 'speaker introduced before a colon',
    text: 'Dong Wei told his counterpart: “We have backed you all along.”',
    find: 'backed you',
    kind: 'direct',
    speaker: 'Dong Wei',
    cue: 'told',
  },
  {
    name: 'a quote standing alone continues the last speaker',
    text: '“The first phase is done,” said engineer Rita Moss. “The second starts next week.”',
    find: 'first phase',
    kind: 'direct',
    content: 'The first phase is done,” said engineer Rita Moss. “The second starts next week.',
    speaker: 'Rita Moss',
  },
];

for (const c of cases) {
  test(c.name, () => {
    const quotes = findQuotes(c.text, {});
    const q = quotes.find((m) => m.text.includes(c.find) && m.kind === c.kind);
    assert.ok(q, `no ${c.kind} quote containing "${c.find}" in ${JSON.stringify(quotes)}`);
    assert.equal(q.text, c.text.slice(q.start, q.end), 'text is the slice at the offsets');
    if (c.content !== undefined) {
      assert.equal(q.text, c.content);
      assert.equal(q.start, c.text.indexOf(c.content));
      assert.equal(q.end, c.text.indexOf(c.content) + c.content.length);
    }
    if (c.speaker !== undefined) assert.equal(q.speaker?.name ?? null, c.speaker);
    if (q.speaker && q.speaker.end > q.speaker.start) assert.ok(q.speaker.start >= 0 && q.speaker.end <= c.text.length);
    if (c.cue !== undefined) {
      assert.equal(q.cue, c.cue);
      if (c.cue) assert.equal(c.text.slice(q.cueStart, (q.cueStart ?? 0) + c.cue.length), c.cue);
    }
  });
}
