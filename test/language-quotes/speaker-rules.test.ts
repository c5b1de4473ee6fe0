// Speaker rules added for issue #4 (speaker accuracy), one case each, on the default path (project
// NER and sentence splitter), plus the negative cases each rule must leave alone. All texts are
// written for these tests (fictional people, places and outlets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../src/language/quotes/index.js';
import { dashCredit, transcriptLabel } from '../../src/language/quotes/credit-line.js';
import { findQuotedSpans } from '../../src/language/quotes/quote-marks.js';

interface Case {
  rule: string;
  text: string;
  find: string;
  speaker: string | null;
  /** The speaker must not be this (negative cases). */
  not?: string;
}

const cases: Case[] = [
  {
    rule: 'a credit line after a dash names the speaker of each testimonial',
    text: '“Our schools need more teachers and smaller classes.” ― Maria Delgado\n“The buses never come on time, and nobody answers the phone.” ― Tomas Reyes',
    find: 'buses never come',
    speaker: 'Tomas Reyes',
  },
  {
    rule: 'the first testimonial gets its own credit, not the next one',
    text: '“Our schools need more teachers and smaller classes.” ― Maria Delgado\n“The buses never come on time, and nobody answers the phone.” ― Tomas Reyes',
    find: 'smaller classes',
    speaker: 'Maria Delgado',
  },
  {
    rule: 'transcript turns in capitals are split and resolved to the full name',
    text: 'On Sunday, host Dana Pikeworth interviewed Governor Ray Aldersen.\n\n"PIKEWORTH: Will you sign the water bill this week?\n\n"ALDERSEN: Yes, I will sign it on Friday, and the towns will get their money.\n\n"PIKEWORTH: And what about the roads in the north?',
    find: 'roads in the north',
    speaker: 'Dana Pikeworth',
  },
  {
    rule: 'a party label such as "R-Ky." does not end the sentence before the cue',
    text: '“We have the votes to override the veto,” Senate Majority Leader Tom Harlan, R-Ky., said Tuesday.',
    find: 'have the votes',
    speaker: 'Tom Harlan',
  },
  {
    rule: 'a participle right after a cue continues that cue’s speaker',
    text: 'Despite the delay, Olga Brandt expects a vote next week, Lena Ortmann said, adding, “We are ready for it and we will win.”',
    find: 'ready for it',
    speaker: 'Lena Ortmann',
  },
  {
    rule: 'a participle far from any cue goes to the main clause subject, past an introductory phrase',
    text: 'In an interview on Monday, Mayor Ana Brookfield rejected the plan of an architect who said the harbour needed it, saying “it will cost far too much for far too little.”',
    find: 'cost far too much',
    speaker: 'Ana Brookfield',
  },
  {
    rule: 'a name before an appositive and a relative clause is the subject of the cue',
    text: 'Paul Granger, president of the Nurses Union, which represents city hospital staff, said the rally sends a message that “nurses are standing up for their patients.”',
    find: 'standing up for their patients',
    speaker: 'Paul Granger',
  },
  {
    rule: 'an infinitive cue has no subject of its own: the outer "said" speaks',
    text: 'Mayor Victor Halloway spoke on Friday. During his years in office, Mr. Halloway said, a majority of residents have come to believe “that the river must be protected at any cost.”',
    find: 'river must be protected',
    speaker: 'Victor Halloway',
  },
  {
    rule: 'a cue word after a determiner or preposition is a noun, not the cue',
    text: 'Jane Mossley says Carl Ruizando’s flurry of late-night tweets was “reckless and unworthy of the office.”',
    find: 'reckless and unworthy',
    speaker: 'Jane Mossley',
  },
  {
    rule: 'a pronoun mid-sentence goes to the subject of its own sentence',
    text: 'Nora Blakely spoke first at the hearing.\n\nCarl Ruizando, her opponent, criticized the budget and said he thought the new tax was a “very, very big mistake” for the town.',
    find: 'very big mistake',
    speaker: 'Carl Ruizando',
  },
  {
    rule: 'a colon intro names whom the pronoun after the quote stands for',
    text: 'The witness refused to answer.\n\nSen. Maria Lopezar scolded him: “The evidence is against you on every single count,” she said.',
    find: 'evidence is against you',
    speaker: 'Maria Lopezar',
  },
  {
    rule: 'a quote standing alone after reported speech continues that speaker',
    text: '“We will not sign,” Omar Quintero said on Monday.\n\nThe talks may stall while Omar Quintero travels abroad, Lisa Chenault said.\n\n"The other factor is the budget. Nobody wants to talk about it yet."',
    find: 'other factor is the budget',
    speaker: 'Lisa Chenault',
  },
  {
    rule: 'a cue coordinated after the quote ("… and said") shares the sentence subject',
    text: 'Ted Marshall begged his voters to "stay home and rest well" and said he would not campaign on Sunday.',
    find: 'stay home',
    speaker: 'Ted Marshall',
  },
  {
    rule: 'a name given to both sexes does not block "she"',
    text: 'Terry Lindqvist, a nurse, testified on Monday.\n\n“We were never told about the leak,” she said.',
    find: 'never told about the leak',
    speaker: 'Terry Lindqvist',
  },
  {
    rule: 'negative: "Of Ruiz, …" is an introductory phrase, not the subject',
    text: 'Of Ruizando, Levantine, who has given money to other candidates, said, “He is a decent man, but he is not ready.”',
    find: 'decent man',
    speaker: 'Levantine',
    not: 'Ruizando',
  },
  {
    rule: 'negative: a title-case headline tagged as a person is no antecedent',
    text: 'Mossley Breaks With Ruizando On Budget Plan\n\nAnna Mossley spoke to reporters on Friday.\n\n“I cannot support this budget as it stands,” she said.',
    find: 'cannot support this budget',
    speaker: 'Anna Mossley',
  },
];

for (const c of cases) {
  test(c.rule, () => {
    const q = findQuotes(c.text).find((m) => m.text.includes(c.find) && (m.kind === 'direct' || m.kind === 'partial'));
    assert.ok(q, `no quote containing "${c.find}"`);
    assert.equal(q.speaker?.name ?? null, c.speaker);
    if (c.not) assert.ok(!q.speaker?.name.includes(c.not));
  });
}

test('negative: a Title Case show or paper name in marks is a title, not a statement', () => {
  const text = 'In an interview on KXYZ’s “Meet the Town,” Mayor Ana Brookfield said the plan was sound. Later, as “The Valley Ledger” wrote, the council agreed.';
  const quotes = findQuotes(text).filter((m) => m.kind === 'direct' || m.kind === 'partial');
  assert.deepEqual(quotes.map((q) => q.text), []);
});

test('negative: a dash followed by a lower-case clause is no credit line', () => {
  const text = '“The budget is balanced.” — a claim the council disputed on Monday.';
  assert.equal(dashCredit(text, text.indexOf('”') + 1), null);
  const credited = '“The budget is balanced.” — Ana Brookfield\n';
  const c = dashCredit(credited, credited.indexOf('”') + 1);
  assert.equal(c && credited.slice(c.np!.start, c.np!.end), 'Ana Brookfield');
});

test('negative: an all-caps note label is no transcript speaker; a one-letter label neither', () => {
  for (const inner of ['UPDATE: The council voted on Monday night.', "EDITOR'S NOTE: This story was corrected.", 'Q: What happens next?', 'No label here: just words.']) {
    assert.equal(transcriptLabel(inner, 0, inner.length), null, inner);
  }
  assert.ok(transcriptLabel('HOLT: Well, we will see.', 0, 24));
});

test('a curly quote inside a straight quote that closes in the paragraph nests; an unclosed paragraph quote does not swallow it', () => {
  const nested = 'Brandt continued: "I will read you the question: “Do you support the plan?” Most said yes."';
  const q = findQuotes(nested).filter((m) => m.kind === 'direct');
  assert.equal(q.length, 1);
  assert.ok(q[0].text.endsWith('Most said yes.'));
  const excerpt = '"Kevin was asleep. “Here he is,” she said to Olga Brandt. “He is finally here, at last.”\n\nThe rally began.';
  const spans = findQuotedSpans(excerpt).map((x) => excerpt.slice(x.innerStart, x.innerEnd));
  assert.deepEqual(spans, ['Kevin was asleep.', 'Here he is,', 'He is finally here, at last.']);
});
