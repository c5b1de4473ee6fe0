import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OutletRegistry } from '../../src/extract/outlets/registry.js';
import { parseByline } from '../../src/extract/text/byline.js';
import { findCredit } from '../../src/extract/text/credits.js';
import { findDateline } from '../../src/extract/text/dateline.js';
import { normaliseDate, parseDateText } from '../../src/extract/text/dates.js';
import { stripMarkdown } from '../../src/extract/text/markdown.js';

const registry = new OutletRegistry([
  { name: 'Associated Press', domains: ['apnews.com'], aliases: ['AP'], country: 'US', groups: ['wire'] },
  { name: 'Reuters', domains: ['reuters.com'], aliases: [], country: 'GB', groups: ['wire'] },
  { name: 'Northern Lantern Review', domains: ['lanternreview.org'], aliases: ['Northern Lantern', 'NLR'], country: null, groups: [] },
]);

describe('parseDateText', () => {
  const cases: [string, string | null][] = [
    ['01.02.2022', '2022-02-01'],
    ['31.01.2022', '2022-01-31'],
    ['03/25/2021', '2021-03-25'],
    ['2022-01-31', '2022-01-31'],
    ['12 February 2024', '2024-02-12'],
    ['Jan. 31, 2022', '2022-01-31'],
    ['Updated: Sept. 3, 2021 10:45 AM EDT', '2021-09-03'],
    ['Published on Monday, March 7, 2022', '2022-03-07'],
    ['30.02.2022', null],
    ['March 2022', null],
    ['The minister arrived on 12 February 2024', null],
  ];
  for (const [text, iso] of cases) it(text, () => assert.equal(parseDateText(text), iso));
  it('normalises metadata dates', () => {
    assert.equal(normaliseDate('2023-05-02T08:00:00Z'), '2023-05-02T08:00:00Z');
    assert.equal(normaliseDate('Tue, 02 May 2023 08:00:00 GMT'), '2023-05-02');
    assert.equal(normaliseDate('not a date'), null);
  });
});

describe('parseByline', () => {
  const cases: [string, string[] | null, string | null][] = [
    ['By Maria Jensen and Tomás O’Neill', ['Maria Jensen', 'Tomás O’Neill'], null],
    ['By Li Wei, Karin de Vries & Sam Okafor', ['Li Wei', 'Karin de Vries', 'Sam Okafor'], null],
    ['Hana Kowalczyk 3 March 2023', ['Hana Kowalczyk'], '2023-03-03'],
    ['By J. R. Alvarez | Jan. 5, 2022', ['J. R. Alvarez'], '2022-01-05'],
    ['04.11.2020', [], '2020-11-04'],
    ['Hana Kowalczyk', ['Hana Kowalczyk'], null],
    ['The harbour reopened after the storm', null, null],
    ['Northern Lantern 3 March 2023', null, null],
  ];
  for (const [text, authors, date] of cases) {
    it(text, () => {
      const b = parseByline(text, registry);
      if (authors === null) return assert.equal(b, null);
      assert.deepEqual(b?.authors, authors);
      assert.equal(b?.date ?? null, date);
    });
  }
  it('keeps an agency named in a byline apart from the authors', () => {
    const b = parseByline('By Jane Mwangi, Reuters', registry);
    assert.deepEqual(b?.authors, ['Jane Mwangi']);
    assert.deepEqual(b?.outlets, ['Reuters']);
  });
});

describe('findDateline', () => {
  const cases: [string, string | null, string | null, string | null][] = [
    ['NAIROBI (AP) — Rains flooded the city.', 'NAIROBI (AP)', 'NAIROBI (AP) —', 'AP'],
    ['OSLO, March 3 (Reuters) - Norway said on Friday.', 'OSLO, March 3 (Reuters)', 'OSLO, March 3 (Reuters) -', 'Reuters'],
    ['SANTIAGO — The senate voted late on Tuesday.', 'SANTIAGO', 'SANTIAGO —', null],
    ['(Reuters) - Oil prices rose.', '(Reuters)', '(Reuters) -', 'Reuters'],
    ['NATO said on Monday it would act.', null, null, null],
    ['EU - China trade talks resumed.', null, null, null],
  ];
  for (const [text, dateline, evidence, agency] of cases) {
    it(text, () => {
      const d = findDateline(text);
      assert.equal(d?.dateline ?? null, dateline);
      assert.equal(d?.evidence ?? null, evidence);
      assert.equal(d?.agency ?? null, agency);
    });
  }
});

describe('findCredit', () => {
  it('reads an outlet name and day-first date at the end of an article', () => {
    assert.deepEqual(findCredit('Northern Lantern 14.06.2021', registry, true), { outlet: 'Northern Lantern Review', published: '2021-06-14', evidence: 'Northern Lantern 14.06.2021' });
  });
  it('keeps an unknown outlet name as written, but only after the body', () => {
    assert.equal(findCredit('Prairie Bugle 14.06.2021', registry, true)?.outlet, 'Prairie Bugle');
    assert.equal(findCredit('Prairie Bugle 14.06.2021', registry, false), null);
  });
  it('reads "originally published" lines with a URL or a name', () => {
    assert.equal(findCredit('Originally published at https://www.lanternreview.org/2021/06/x', registry, true)?.outlet, 'Northern Lantern Review');
    const c = findCredit('This article first appeared in The Prairie Bugle on 2 June 2021.', registry, true);
    assert.equal(c?.outlet, 'Prairie Bugle');
    assert.equal(c?.published, '2021-06-02');
  });
  it('Source link has no outlet', () => {
    assert.deepEqual(findCredit('Source link', registry, true), { outlet: null, published: null, evidence: 'Source link' });
  });
  it('ordinary sentences are no credit', () => {
    assert.equal(findCredit('The bridge was closed on 14.06.2021 for repairs.', registry, true), null);
  });
});

describe('stripMarkdown', () => {
  const cases: [string, string][] = [
    ['## ***Harbour bridge reopens***', 'Harbour bridge reopens'],
    ['[www.prairiebugle.com](http://www.prairiebugle.com)', 'www.prairiebugle.com'],
    ['A *Prairie Bugle* report and **bold** and _em_ text', 'A Prairie Bugle report and bold and em text'],
    ['costs \\$US40 million', 'costs $US40 million'],
    ['keeps snake_case_words', 'keeps snake_case_words'],
    ['![map](map.png) Map of the valley', 'Map of the valley'],
    ['> quoted   line  with   spaces', 'quoted line with spaces'],
  ];
  for (const [md, plain] of cases) it(md, () => assert.equal(stripMarkdown(md), plain));
});
