// Each reader on small hand-written inputs: what records and failures come out.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { mapRecord, splitAuthors } from '../../src/ingest/record-fields.js';
import { failures, kinds, readBytes, records } from './helpers.js';

describe('text and markdown', () => {
  it('reads a text file as one text record', async () => {
    const items = await readBytes('A headline\n\nFirst paragraph.\n', 'wire/a.txt');
    assert.deepEqual(kinds(items), ['record', 'file-done']);
    const [rec] = records(items);
    assert.equal(rec.format, 'text');
    assert.equal(rec.bodyType, 'text');
    assert.equal(rec.body, 'A headline\n\nFirst paragraph.\n');
    assert.equal(rec.source, 'wire/a.txt');
    assert.equal(rec.externalId, null);
    assert.equal(rec.recordIndex, 0);
    assert.match(rec.fileSha256, /^[0-9a-f]{64}$/);
  });

  it('reads .md as markdown, even when it starts with an HTML comment', async () => {
    for (const body of ['# Title\n\nText with [a link](http://x).', '<!-- front -->\n# Title\n\nText.']) {
      const [rec] = records(await readBytes(body, 'notes.md'));
      assert.equal(rec.format, 'markdown');
      assert.equal(rec.bodyType, 'text');
    }
  });

  it('refuses a whitespace-only file', async () => {
    const items = await readBytes(' \n\t\n', 'blank.txt');
    assert.deepEqual(kinds(items), ['failure']);
    assert.match(failures(items)[0], /^blank\.txt: empty file/);
  });
});

describe('html', () => {
  it('reads HTML by content even under a .txt name', async () => {
    const [rec] = records(await readBytes('<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'page.txt'));
    assert.equal(rec.format, 'html');
    assert.equal(rec.bodyType, 'html');
  });

  it('reads an HTML fragment by its tags', async () => {
    const [rec] = records(await readBytes('<div class="story"><p>Body</p></div>', 'fragment'));
    assert.equal(rec.format, 'html');
  });

  it('decompresses html.gz', async () => {
    const [rec] = records(await readBytes(gzipSync('<html><body><p>Zipped</p></body></html>'), 'page.html.gz'));
    assert.equal(rec.body, '<html><body><p>Zipped</p></body></html>');
  });
});

describe('JSON', () => {
  const cases: Array<{ name: string; json: unknown; titles: string[]; errors?: RegExp[] }> = [
    { name: 'one object', json: { headline: 'One', body: 'B' }, titles: ['One'] },
    { name: 'an array of objects', json: [{ title: 'A', text: 'a' }, { title: 'B', text: 'b' }], titles: ['A', 'B'] },
    {
      name: 'NewsAPI {status, articles}',
      json: { status: 'ok', totalResults: 2, articles: [{ title: 'N1', description: 'd', source: { id: null, name: 'BBC News' } }, { title: 'N2', content: 'c' }] },
      titles: ['N1', 'N2'],
    },
    {
      name: 'NYT {response: {docs}}',
      json: { status: 'OK', response: { meta: { hits: 1 }, docs: [{ headline: { main: 'NYT head' }, abstract: 'Abs', web_url: 'http://n/1', _id: 'nyt://1' }] } },
      titles: ['NYT head'],
    },
    { name: '{data: {items}}', json: { data: { items: [{ Title: 'D1', Text: 't' }] } }, titles: ['D1'] },
    { name: 'Elasticsearch hits.hits[]._source', json: { hits: { total: 1, hits: [{ _id: 'e1', _source: { title: 'ES', content: 'x' } }] } }, titles: ['ES'] },
    { name: 'an unnamed array inside an object', json: { meta: 1, posts2024: [{ title: 'P', text: 't' }] }, titles: ['P'] },
    {
      name: 'an element without title or text',
      json: [{ title: 'ok', text: 't' }, { url: 'http://only/url' }, 7],
      titles: ['ok'],
      errors: [/record 2 has no title and no text/, /record 3 is not an object \(number\)/],
    },
    { name: 'an object without title or text', json: { foo: 1 }, titles: [], errors: [/record 1 has no title and no text/] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const items = await readBytes(JSON.stringify(c.json, null, 2), 'export.json');
      assert.deepEqual(records(items).map((r) => r.fields.title), c.titles);
      const errs = failures(items);
      assert.equal(errs.length, c.errors?.length ?? 0, errs.join('\n'));
      c.errors?.forEach((re, i) => assert.match(errs[i], re));
      assert.ok(records(items).every((r) => r.format === 'json'));
    });
  }

  it('maps NewsAPI and NYT fields', async () => {
    const nyt = { response: { docs: [{ headline: { main: 'H' }, lead_paragraph: 'Lead', web_url: 'http://n/1', pub_date: '2024-01-02T03:04:05+0000', byline: { original: 'By Ann Lee and Bo Chen' }, _id: 'nyt://a/1' }] } };
    const [rec] = records(await readBytes(JSON.stringify(nyt), 'nyt.json'));
    assert.deepEqual(rec.fields.authors, ['Ann Lee', 'Bo Chen']);
    assert.equal(rec.fields.url, 'http://n/1');
    assert.equal(rec.fields.published, '2024-01-02T03:04:05+0000');
    assert.equal(rec.externalId, 'nyt://a/1');
    assert.equal(rec.body, 'Lead');
  });

  it('reads concatenated top-level objects (JSON Lines under a .json name)', async () => {
    const items = await readBytes('{"title":"A","text":"a"} {"title":"B","text":"b"}', 'x.json');
    assert.deepEqual(records(items).map((r) => r.fields.title), ['A', 'B']);
  });

  it('keeps the records before malformed JSON and names the problem', async () => {
    const items = await readBytes('[{"title":"A","text":"a"}, {"title": }]', 'bad.json');
    assert.deepEqual(records(items).map((r) => r.fields.title), ['A']);
    assert.match(failures(items)[0], /^bad\.json: invalid JSON/);
    assert.ok(!kinds(items).includes('file-done'), 'a file that failed is not done');
  });

  it('reports a truncated document', async () => {
    const items = await readBytes('[{"title":"A","text":"a"}, {"title":"B"', 'cut.json');
    assert.equal(records(items).length, 1);
    assert.match(failures(items)[0], /invalid JSON/);
  });

  it('reports a damaged file with a .json name', async () => {
    const items = await readBytes('{broken', 'x.json');
    assert.match(failures(items)[0], /^x\.json: invalid JSON/);
  });

  it('marks HTML bodies', async () => {
    const [rec] = records(await readBytes('[{"title":"T","content":"<p>Para <a href=\\"/x\\">link</a></p>"}]', 'h.json'));
    assert.equal(rec.bodyType, 'html');
  });
});

describe('JSON Lines', () => {
  it('reads lines, reports broken ones by line number, goes on', async () => {
    const text = [
      '{"title":"A","text":"a","id":1}',
      '{"title": broken',
      '',
      '{"headline":"C","maintext":"c","date_publish":"2023-05-01 10:00:00","authors":["X Y"],"language":"de"}',
      '{"url":"http://no-title"}',
      '[1,2]',
      '{"title":"F","text":"f"}',
    ].join('\r\n');
    const items = await readBytes(text, 'news.jsonl');
    assert.deepEqual(records(items).map((r) => r.fields.title), ['A', 'C', 'F']);
    assert.deepEqual(records(items).map((r) => r.recordIndex), [0, 2, 5]);
    const errs = failures(items);
    assert.equal(errs.length, 3);
    assert.match(errs[0], /^news\.jsonl:2: invalid JSON \(/);
    assert.match(errs[1], /^news\.jsonl:5: record 4 has no title and no text$/);
    assert.match(errs[2], /^news\.jsonl:6: record 5 is not an object \(array\)$/);
    const c = records(items)[1];
    assert.deepEqual(c.fields, { title: 'C', published: '2023-05-01 10:00:00', authors: ['X Y'], language: 'de', charset: 'utf-8' });
    assert.equal(c.format, 'jsonl');
    assert.equal(records(items)[0].externalId, '1');
    assert.equal(items.at(-1)?.kind, 'file-done');
  });

  it('reads jsonl.gz and tells JSONL from JSON by content', async () => {
    const items = await readBytes(gzipSync('{"title":"A","text":"a"}\n{"title":"B","text":"b"}\n'), 'dump.gz');
    assert.deepEqual(records(items).map((r) => [r.format, r.fields.title]), [['jsonl', 'A'], ['jsonl', 'B']]);
  });
});

describe('CSV', () => {
  it('reads a header row with real export column names', async () => {
    const csv = 'Source Name,Headline,Full_Text,Publish Date,URL,Authors,stories_id\n' +
      'Daily Planet,"Quoted, title","Line one\nline two",2024-02-03,http://d/1,"Lois Lane and Clark Kent",42\n';
    const [rec] = records(await readBytes(csv, 'mc.csv'));
    assert.equal(rec.fields.title, 'Quoted, title');
    assert.equal(rec.body, 'Line one\nline two');
    assert.equal(rec.fields.outlet, 'Daily Planet');
    assert.equal(rec.fields.published, '2024-02-03');
    assert.deepEqual(rec.fields.authors, ['Lois Lane', 'Clark Kent']);
    assert.equal(rec.externalId, '42');
    assert.equal(rec.format, 'csv');
  });

  it('reports ragged and unreadable rows by line and goes on', async () => {
    const csv = 'title,text,url\nA,a,u1\nB,b\n\nC,c,u3,extra\nD,"d",u4\n';
    const items = await readBytes(csv, 'r.csv');
    assert.deepEqual(records(items).map((r) => r.fields.title), ['A', 'D']);
    const errs = failures(items);
    assert.equal(errs.length, 2);
    assert.match(errs[0], /^r\.csv:3: row has 2 fields, the header has 3$/);
    assert.match(errs[1], /^r\.csv:5: row has 4 fields, the header has 3$/);
    assert.equal(items.at(-1)?.kind, 'file-done');
  });

  it('sniffs tab and semicolon delimiters, and CSV without the extension', async () => {
    assert.equal(records(await readBytes('title\ttext\nT\tbody, with comma\n', 'a.tsv'))[0].body, 'body, with comma');
    assert.equal(records(await readBytes('titel;title;text\nx;T;b\n', 'a.csv'))[0].fields.title, 'T');
    const [rec] = records(await readBytes('title,text\nT,b\n', 'export'));
    assert.equal(rec.format, 'csv');
  });

  it('refuses a CSV whose header has no title or text column', async () => {
    const items = await readBytes('a,b,c\n1,2,3\n', 'nums.csv');
    assert.deepEqual(kinds(items), ['failure']);
    assert.match(failures(items)[0], /no title or text column/);
  });
});

describe('field mapping', () => {
  it('splits bylines', () => {
    assert.deepEqual(splitAuthors('By Jane Doe and John Roe'), ['Jane Doe', 'John Roe']);
    assert.deepEqual(splitAuthors('Ann Lee, Bo Chen; Cy Dee'), ['Ann Lee', 'Bo Chen', 'Cy Dee']);
    assert.deepEqual(splitAuthors('Martin Luther King, Jr.'), ['Martin Luther King, Jr.']);
    assert.deepEqual(splitAuthors(['A B', { name: 'C D' }, 'A B']), ['A B', 'C D']);
    assert.deepEqual(splitAuthors('Alexandra Anderson'), ['Alexandra Anderson']);
  });

  it('turns epoch timestamps into ISO dates and keeps date strings', () => {
    assert.equal(mapRecord({ title: 't', timestamp: 1700000000 })?.fields.published, '2023-11-14T22:13:20.000Z');
    assert.equal(mapRecord({ title: 't', timestamp: 1700000000000 })?.fields.published, '2023-11-14T22:13:20.000Z');
    assert.equal(mapRecord({ title: 't', pubDate: 'Tue, 10 Jun 2003' })?.fields.published, 'Tue, 10 Jun 2003');
  });

  it('prefers full text over a description and takes WordPress {rendered} values', () => {
    const r = mapRecord({ title: { rendered: 'WP' }, excerpt: { rendered: 'short' }, content: { rendered: '<p>long</p>' }, link: 'http://w/1', id: 5 });
    assert.equal(r?.fields.title, 'WP');
    assert.equal(r?.body, '<p>long</p>');
    assert.equal(r?.bodyType, 'html');
    assert.equal(r?.externalId, '5');
  });

  it('returns null with neither title nor text', () => {
    assert.equal(mapRecord({ url: 'x', title: '  ' }), null);
  });
});
