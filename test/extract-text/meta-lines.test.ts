// Header layouts of blogs, aggregators and broadcasters: masthead lines naming a registered outlet, meta lines
// with counters, sections, posters and dates, "Place, date" lines, job titles in bylines, acronym agencies in
// datelines, feed titles naming the outlet. Every outlet, person and place is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from '../../src/extract/index.js';
import { outletFromSignals, outletFromSourceName } from '../../src/extract/outlets/host-outlet.js';
import { OutletRegistry } from '../../src/extract/outlets/registry.js';
import { classifyUnit } from '../../src/extract/text/boilerplate.js';
import { isPersonName, parseByline } from '../../src/extract/text/byline.js';
import { findDateline } from '../../src/extract/text/dateline.js';
import { parseMetaLine } from '../../src/extract/text/meta-line.js';
import type { InputRecord } from '../../src/model/input.js';

const registry = new OutletRegistry([
  { name: 'The Harbour Post', domains: ['harbourpost.example'], aliases: ['Harbour Post', 'HPN'], country: null, groups: ['wire'] },
  { name: 'Lakeside Digest', domains: ['lakesidedigest.example'], aliases: [], country: null, groups: ['aggregator'] },
  { name: 'Radio Fenmark', domains: ['fenmark.example'], aliases: ['RFM World Service'], country: null, groups: ['broadcaster'] },
]);

const PROSE = [
  'Ferry operators on the northern lakes will raise fares for the first time in a decade, the regional transport board said on Tuesday.',
  'The board said the increase of about 6 percent would pay for two new vessels and longer winter timetables from next year.',
  'Passenger groups said they would ask the board to keep the lower fares for pupils and pensioners.',
].join('\n\n');

function record(body: string, fields: InputRecord['fields'] = {}): InputRecord {
  return { source: 'in/a.txt', externalId: null, format: 'text', bodyType: 'text', body, fields, recordIndex: 0, fileSha256: '' };
}

describe('parseMetaLine', () => {
  const cases: [string, { authors: string[]; date: string | null; place?: string; masthead?: string }][] = [
    ['June 2, 2024 | Culture | 2,310 Views', { authors: [], date: '2024-06-02' }],
    ['Posted by editor | 12 May 2024 | 3 Comments', { authors: [], date: '2024-05-12' }],
    ['Posted by Mara Quill on May 12, 2024 · 6 min read · 940 shares', { authors: ['Mara Quill'], date: '2024-05-12' }],
    ['Analysis | 3 April 2024 | By Ivo Brandt and Lea Fenn', { authors: ['Ivo Brandt', 'Lea Fenn'], date: '2024-04-03' }],
    ['RFM World Service | Politics | 9 July 2024', { authors: [], date: '2024-07-09', masthead: 'Radio Fenmark' }],
    ['🔥 1.2K shares | ⏱ 3 min read | 14.02.2024', { authors: [], date: '2024-02-14' }],
    ['Brightwater, 9 July 2024', { authors: [], date: '2024-07-09', place: 'Brightwater' }],
    ['LAKE CITY, July 9, 2024', { authors: [], date: '2024-07-09', place: 'LAKE CITY' }],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const m = parseMetaLine(text, registry);
      assert.ok(m, 'a meta line');
      assert.deepEqual(m.authors, want.authors);
      assert.equal(m.date, want.date);
      assert.equal(m.place, want.place);
      assert.equal(m.masthead, want.masthead);
    });
  }
  const negatives = [
    'Home | World | Business | Sport | Contact', // a menu: no date, poster or counter
    'Budget 2024 | What changes for families', // a headline with a bar
    'Tuesday, June 4, 2024', // a lone date line is parseByline's
    'Mara Quill, 9 July 2024', // a personal name before the date makes a byline, not a place
    'June 2, 2024 | 4 June 2024 | 10 views', // two different dates
    'Revenue rose to 4 million | up from 3 million a year earlier, the company said',
    'The ferry left Brightwater, the board said on Tuesday, and reached the island at noon.',
  ];
  for (const text of negatives) it(`not a meta line: ${text}`, () => assert.equal(parseMetaLine(text, registry), null));
});

describe('classifyUnit: counters, prompt lines and pleas', () => {
  const positive: [string, string][] = [
    ['👍 1.2K likes | 💬 88 comments', 'view_counter'],
    ['4,512 views · 31 comments', 'view_counter'],
    ['Share this post | Got a tip? Email the newsroom at desk@lakesidedigest.example', 'share_prompt'],
    ['Have your say: should the ferry board cut fares for pupils? Comment below.', 'comments'],
    ['Disclaimer: This page is generated automatically and has not been checked by our editors.', 'disclaimer'],
    ['Listen to Radio Fenmark live at 98.4 FM and online. Follow us for more.', 'promo'],
    ['Become a member: members read every story ad-free from 3 euros a month.', 'donation'],
  ];
  for (const [text, reason] of positive) it(`${reason}: ${text}`, () => assert.equal(classifyUnit(text), reason));
  const negative = [
    'The report drew 12,000 views in a single day, the ministry said.',
    'A disclaimer on the ballot paper confused some voters, officials said.',
    'Watchdog officials said the live-fire exercise at the base had been cancelled.',
    'Watch parties were held live at bars across the city on Sunday.',
    'Shares of the ferry company fell 3 percent | analysts blamed the fare plan, according to a note to clients.',
    'Members of the board said they would become a member of the regional council next year.',
  ];
  for (const text of negative) it(`body stays: ${text.slice(0, 50)}`, () => assert.equal(classifyUnit(text), null));
});

describe('bylines with job titles, datelines with acronym agencies', () => {
  it('a job title is no personal name', () => {
    for (const role of ['Chief Reporter', 'Senior Correspondent', 'Political Editor', 'Staff Writer']) assert.equal(isPersonName(role), false, role);
    assert.equal(isPersonName('Ivo Brandt'), true);
    assert.deepEqual(parseByline('By Ivo Brandt, Transport Correspondent', registry)?.authors, ['Ivo Brandt']);
  });
  const datelines: [string, string | null, string | null][] = [
    ['BRIGHTWATER (HPN) — The ferry board said on Tuesday …', 'BRIGHTWATER (HPN)', 'HPN'],
    ['LAKE CITY, Ostmark (NWA) — Fares will rise …', 'LAKE CITY, Ostmark (NWA)', 'NWA'],
    ['Revenue (EUR) — up 4 percent on the year, the company said.', null, null],
    ['PARIS (the capital) — a sentence that is no dateline.', null, null],
  ];
  for (const [text, dateline, agency] of datelines) {
    it(text.slice(0, 30), () => {
      const d = findDateline(text);
      assert.equal(d?.dateline ?? null, dateline);
      assert.equal(d?.agency ?? null, agency);
    });
  }
});

describe('outlet names in mastheads and feed titles', () => {
  it('a feed or site title names the registered outlet in one of its parts', () => {
    assert.equal(outletFromSourceName('RFM World Service – Top stories', registry)?.name, 'Radio Fenmark');
    assert.equal(outletFromSourceName('News | Lakeside Digest', registry)?.name, 'Lakeside Digest');
    assert.equal(outletFromSourceName('Top stories – Latest', registry), null);
    assert.equal(outletFromSourceName('Harbour Postal Service', registry), null);
  });
  it('a masthead in capitals is the host', () => {
    assert.equal(outletFromSignals([{ reason: 'masthead', text: 'THE HARBOUR POST' }], registry)?.name, 'The Harbour Post');
  });
});

describe('extractText/extractArticle on header layouts', () => {
  const layouts: { name: string; body: string; title: string; authors: string[]; published: string; outlet?: string; dateline?: string | null; original?: string | null; removed: string[] }[] = [
    {
      name: 'tabloid: masthead in capitals, byline with job title, date, counters',
      body: `THE HARBOUR POST\n\nFERRY FURY! Fares soar for the first time in a decade\n\nBy Ivo Brandt, Transport Correspondent\nWednesday, June 5, 2024\n👁 4,102 views | 💬 12 comments\n\n${PROSE}`,
      title: 'FERRY FURY! Fares soar for the first time in a decade', authors: ['Ivo Brandt'], published: '2024-06-05', outlet: 'The Harbour Post',
      removed: ['masthead', 'view_counter'],
    },
    {
      name: 'wire: the outlet line under the byline is no title',
      body: `Ferry fares to rise for the first time in a decade\n\nBy Lea Fenn\nHarbour Post\nJune 4, 2024\n\nBRIGHTWATER (HPN) — ${PROSE}`,
      title: 'Ferry fares to rise for the first time in a decade', authors: ['Lea Fenn'], published: '2024-06-04', outlet: 'The Harbour Post',
      dateline: 'BRIGHTWATER (HPN)', original: null, removed: ['masthead', 'byline'],
    },
    {
      name: 'aggregator: "date | section | views" under the headline, wire copy',
      body: `Lakeside Digest\nHome | World | Business | Tech | Contact Us\n\nFerry Fares Set To Soar As Lake Towns Protest\n\nJune 5, 2024 | World | 1,204 Views\n\nBRIGHTWATER (HPN) — ${PROSE}\n\nSource link`,
      title: 'Ferry Fares Set To Soar As Lake Towns Protest', authors: [], published: '2024-06-05', outlet: 'Lakeside Digest',
      dateline: 'BRIGHTWATER (HPN)', original: 'The Harbour Post', removed: ['masthead', 'dateline_header'],
    },
    {
      name: 'content farm: "Posted by admin | date | 0 Comments"',
      body: `Lakeside Digest – Hot News Today\n\nLake Ferry Cost Climbs For Initial Time In Ten Years\n\nPosted by admin | June 8, 2024 | 0 Comments\n\n${PROSE}\n\nDisclaimer: This story is auto-generated and has not been edited by Lakeside Digest.`,
      title: 'Lake Ferry Cost Climbs For Initial Time In Ten Years', authors: [], published: '2024-06-08', outlet: 'Lakeside Digest',
      removed: ['dateline_header', 'disclaimer'],
    },
    {
      name: 'broadcaster: foreign masthead, service name, "Place, date" line',
      body: `РАДИО ФЕНМАРК\nRFM World Service\n\nFerry operators promise calm crossings despite higher fares\n\nBrightwater, 5 June 2024\n\n${PROSE}\n\nListen to RFM World Service live on 98.4 FM and online.`,
      title: 'Ferry operators promise calm crossings despite higher fares', authors: [], published: '2024-06-05', outlet: 'Radio Fenmark',
      dateline: 'Brightwater', removed: ['dateline_header', 'promo'],
    },
    {
      name: 'opinion: outlet line, then "section | date | By author"',
      body: `Radio Fenmark\nOpinion | 8 June 2024 | By Mara Quill\n\nHigher ferry fares are a tax on the islands\n\n${PROSE}`,
      title: 'Higher ferry fares are a tax on the islands', authors: ['Mara Quill'], published: '2024-06-08', outlet: 'Radio Fenmark',
      removed: ['masthead', 'byline'],
    },
    {
      name: 'meta line naming the outlet: "Outlet | Section | date"',
      body: `RFM World Service | Politics | 7 June 2024\n\nFerry board defends fare rise before regional council\n\n${PROSE}`,
      title: 'Ferry board defends fare rise before regional council', authors: [], published: '2024-06-07', outlet: 'Radio Fenmark',
      removed: ['masthead'],
    },
  ];
  for (const l of layouts) {
    it(l.name, () => {
      const a = extractArticle(record(l.body), { outlets: registry });
      assert.equal(a.title, l.title);
      assert.deepEqual(a.authors, l.authors);
      assert.equal(a.published, l.published);
      if (l.outlet) assert.equal(a.outlet?.name, l.outlet);
      if (l.dateline !== undefined) assert.equal(a.dateline, l.dateline);
      if (l.original !== undefined) assert.equal(a.original?.outlet ?? null, l.original);
      const reasons = a.removed.map((r) => r.reason);
      for (const r of l.removed) assert.ok(reasons.includes(r), `removed as ${r}: ${reasons.join(',')}`);
      assert.ok(a.text.startsWith(PROSE.slice(0, 40)) || a.text.includes(PROSE.slice(0, 40)));
      for (const r of a.removed) assert.ok(!a.text.includes(r.text), `removed text stays out: ${r.text}`);
    });
  }

  // Negative cases: what the new rules must leave alone.
  it('a headline that only mentions an outlet stays the title', () => {
    const a = extractArticle(record(`Harbour Post reporters win the regional press award\n\nBy Lea Fenn\nJune 4, 2024\n\n${PROSE}`), { outlets: registry });
    assert.equal(a.title, 'Harbour Post reporters win the regional press award');
  });
  it('a headline with a bar and no date stays the title', () => {
    const a = extractArticle(record(`Budget 2024 | What changes for ferry passengers\n\nBy Lea Fenn\nJune 4, 2024\n\n${PROSE}`), { outlets: registry });
    assert.equal(a.title, 'Budget 2024 | What changes for ferry passengers');
  });
  it('"Name, date" stays a byline: an author, no dateline', () => {
    const a = extractArticle(record(`Ferry fares to rise for the first time in a decade\n\nMara Quill, 9 June 2024\n\n${PROSE}`), { outlets: registry });
    assert.deepEqual(a.authors, ['Mara Quill']);
    assert.equal(a.published, '2024-06-09');
    assert.equal(a.dateline, null);
  });
  it('an outlet name at the end of the body is not taken for a masthead', () => {
    const a = extractArticle(record(`Ferry fares to rise for the first time in a decade\n\n${PROSE}\n\nLakeside Digest`), { outlets: registry });
    assert.ok(!a.removed.some((r) => r.reason === 'masthead'));
  });
});
