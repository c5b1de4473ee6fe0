import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OutletRegistry } from '../../src/extract/outlets/registry.js';
import { extractText, type TextExtraction } from '../../src/extract/text/index.js';
import { FOOTER_BLOCKS, NO_TITLE_LINES, OWN_OUTLET, REPUBLISHED_MARKDOWN, WRAPPED_WIRE } from './fixtures.js';

const registry = new OutletRegistry([
  { name: 'Associated Press', domains: ['apnews.com'], aliases: ['AP'], country: 'US', groups: ['wire'] },
  { name: 'Northern Lantern Review', domains: ['lanternreview.org'], aliases: ['Northern Lantern', 'NLR'], country: null, groups: [] },
]);

function removedWith(x: TextExtraction, needle: string): string | undefined {
  return x.removed.find((r) => r.text.includes(needle))?.reason;
}

function assertOffsets(raw: string, x: TextExtraction): void {
  for (const r of x.removed) assert.equal(raw.slice(r.start!, r.end!), r.text, `offsets of ${r.reason}`);
}

describe('extractText: republished Markdown with a foreign masthead', () => {
  const x = extractText(REPUBLISHED_MARKDOWN, { registry });
  it('finds title, byline and day-first date', () => {
    assert.equal(x.title, 'Harbour workers in Valdoria vote to extend the strike');
    assert.deepEqual(x.authors, ['Hana Kowalczyk']);
    assert.equal(x.published, '2021-06-14');
  });
  it('removes masthead, contact, caption and credit with reasons', () => {
    assert.equal(removedWith(x, 'Свобода слова'), 'masthead');
    assert.equal(removedWith(x, 'desk@lanternrepost.net'), 'contact');
    assert.equal(removedWith(x, 'European Languages'), 'navigation');
    assert.equal(removedWith(x, '(Piet Marsh, Harbour Pool Photo via AP)'), 'caption');
    assert.equal(removedWith(x, 'Northern Lantern 13.06.2021'), 'credit_line');
    assert.ok(!x.text.includes('via AP') && !x.text.includes('Northern Lantern'));
  });
  it('reads the credit as the original', () => {
    assert.deepEqual(x.credits, [{ outlet: 'Northern Lantern Review', published: '2021-06-13', evidence: 'Northern Lantern 13.06.2021' }]);
  });
  it('strips Markdown and mends a paragraph split mid-sentence', () => {
    assert.ok(x.text.includes('A Prairie Bugle report put the cost of the stoppage at $US40 million a day, and the union said it would hold another vote'));
    assert.ok(!/[*#\[\]]/.test(x.text));
    assert.equal(x.paragraphs.length, 3);
  });
  it('keeps raw offsets of every removed span', () => assertOffsets(REPUBLISHED_MARKDOWN, x));
});

describe('extractText: footer blocks after the body', () => {
  const x = extractText(FOOTER_BLOCKS, { registry });
  it('title is the first line', () => assert.equal(x.title, 'Valley council approves new flood barrier for the old town'));
  it('teasers after "Check Also" are boilerplate too', () => {
    assert.equal(removedWith(x, 'Source link'), 'source_link');
    assert.equal(removedWith(x, 'About Prairie Bugle'), 'about_outlet');
    assert.equal(removedWith(x, 'Farmers count the cost'), 'related');
    assert.equal(removedWith(x, 'Growers across the valley'), 'related');
    assert.equal(removedWith(x, 'Leave a Reply'), 'comments');
    assert.ok(x.text.endsWith('damaged more than 300 homes.'));
  });
  it('"Source link" is a credit without outlet', () => assert.deepEqual(x.credits, [{ outlet: null, published: null, evidence: 'Source link' }]));
  it('names the host from "About …"', () => assert.ok(x.signals.some((s) => s.reason === 'about_outlet' && s.text === 'About Prairie Bugle')));
  it('keeps raw offsets', () => assertOffsets(FOOTER_BLOCKS, x));
});

describe('extractText: text that starts with a body sentence', () => {
  const x = extractText(NO_TITLE_LINES, { registry });
  it('has no title and keeps the first sentence', () => {
    assert.equal(x.title, null);
    assert.ok(x.text.startsWith('The mayor of Eastbrook said today'));
  });
  it('one line per paragraph', () => assert.equal(x.paragraphs.length, 4));
  it('removes the trailing junk', () => {
    assert.equal(removedWith(x, 'Please wait'), 'loading');
    assert.equal(removedWith(x, 'RELATED ARTICLES'), 'related');
    assert.equal(removedWith(x, 'Did you like this information?'), 'donation');
    assert.equal(removedWith(x, 'Views: 0'), 'view_counter');
  });
});

describe('extractText: hard-wrapped wire copy', () => {
  const x = extractText(WRAPPED_WIRE, { registry });
  it('joins wrapped lines into paragraphs', () => {
    assert.equal(x.paragraphs.length, 2);
    assert.ok(x.paragraphs[0].includes('who had been trapped for two days'));
  });
  it('reads "By … and …" and the Updated date', () => {
    assert.deepEqual(x.authors, ['Lucía Ferrer', 'Daniel Okoye']);
    assert.equal(x.published, '2021-09-03');
  });
  it('finds the dateline and its agency', () => {
    assert.equal(x.dateline?.dateline, 'SANTIAGO (AP)');
    assert.equal(x.dateline?.agency, 'AP');
  });
  it('share prompt removed', () => assert.equal(removedWith(x, 'Share this article'), 'share_prompt'));
});

describe('extractText: an outlet on its own site', () => {
  const x = extractText(OWN_OUTLET, { registry });
  it('byline with date on one line', () => {
    assert.deepEqual(x.authors, ['Hana Kowalczyk']);
    assert.equal(x.published, '2023-03-03');
  });
  it('contact footer removed', () => {
    assert.equal(removedWith(x, 'To contact the Northern Lantern Review'), 'contact');
    assert.equal(removedWith(x, 'lanternreview.org/contact'), 'contact');
    assert.ok(x.text.endsWith('keep young people.'));
  });
  it('no credits', () => assert.deepEqual(x.credits, []));
});

describe('extractText: body paragraphs that mention boilerplate words stay', () => {
  const raw = [
    'Town library starts a weekly newsletter for readers',
    'The town library will send a weekly newsletter to members from June, the head librarian said on Monday.',
    'Source material for the first issue will come from the library’s local history archive, she said.',
    'About 30 percent of members have already asked for a printed copy instead of an email.',
  ].join('\n\n');
  const x = extractText(raw, { registry });
  it('keeps all three paragraphs', () => {
    assert.equal(x.paragraphs.length, 3);
    assert.deepEqual(x.removed.map((r) => r.reason), ['title']);
  });
});

describe('extractText: question headline over a byline, menu lines and tags', () => {
  const raw = [
    'Home\nWorld\nBusiness',
    'Is the city ready for the next heatwave?',
    'By Jane Doe\nMarch 4, 2023',
    'Cities across the region are preparing for hotter summers, officials said on Friday.',
    'The plan includes more shade trees and cooling centres in every district of the city, the mayor said.',
    'Tags: heat, climate',
    'Follow Jane Doe on Twitter @janedoe.',
  ].join('\n\n');
  const x = extractText(raw, { registry });
  it('the question is the title, not the first paragraph', () => {
    assert.equal(x.title, 'Is the city ready for the next heatwave?');
    assert.deepEqual(x.authors, ['Jane Doe']);
    assert.equal(x.published, '2023-03-04');
    assert.ok(x.text.startsWith('Cities across the region'));
  });
  it('menu, tags and follow prompts removed', () => {
    assert.equal(removedWith(x, 'Home'), 'navigation');
    assert.equal(removedWith(x, 'Tags: heat'), 'navigation');
    assert.equal(removedWith(x, 'Follow Jane Doe'), 'share_prompt');
    assert.equal(x.paragraphs.length, 2);
  });
});

describe('extractText: "Posted on … by" lines', () => {
  const x = extractText('Mayor resigns after audit\nPosted on 2023-03-04 by admin\n\nThe mayor of Northtown resigned on Friday after an audit found irregularities in the accounts.\n\nHe denied any wrongdoing.', { registry });
  it('reads the date, keeps the short last sentence', () => {
    assert.equal(x.title, 'Mayor resigns after audit');
    assert.equal(x.published, '2023-03-04');
    assert.deepEqual(x.authors, []);
    assert.ok(x.text.endsWith('He denied any wrongdoing.'));
  });
});
