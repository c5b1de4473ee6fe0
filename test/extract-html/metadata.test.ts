import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate } from '../../src/extract/html/dates.js';
import { cleanAuthors } from '../../src/extract/html/authors.js';
import { cleanTitle } from '../../src/extract/html/title.js';
import { extractHtml } from '../../src/extract/html/index.js';

const NOW = new Date('2024-06-01T12:00:00Z');

test('normaliseDate: ISO forms, free text, and rejections', () => {
  const cases: [string, string | null][] = [
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024-03-05T08:30:00+01:00', '2024-03-05T07:30:00Z'],
    ['2024-03-05T08:30:00Z', '2024-03-05T08:30:00Z'],
    ['2024-03-05 08:30', '2024-03-05T08:30:00'],
    ['20240305', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['3 March 2024', '2024-03-03'],
    ['March 3, 2024', '2024-03-03'],
    ['Tuesday, 5 March 2024, 10:15', '2024-03-05T10:15:00'],
    ['2031-01-01', null],
    ['1850-05-05', null],
    ['2024-02-30', null],
    ['March 3', null],
    ['yesterday', null],
    ['not a date', null],
    ['', null],
  ];
  for (const [raw, expected] of cases) assert.equal(normaliseDate(raw, NOW), expected, raw);
});

test('cleanAuthors: prefixes, roles, lists, URLs and duplicates', () => {
  assert.deepEqual(cleanAuthors(['By Jane Doe and John Roe']), ['Jane Doe', 'John Roe']);
  assert.deepEqual(cleanAuthors(['Jane Doe, Staff Writer']), ['Jane Doe']);
  assert.deepEqual(cleanAuthors(['https://example.com/authors/jane', 'Jane Doe', 'jane doe']), ['Jane Doe']);
  assert.deepEqual(cleanAuthors(['Written by: Ana Lima | Reporter']), ['Ana Lima']);
  assert.deepEqual(cleanAuthors(['By Ana Lima, Updated 3 March 2024']), ['Ana Lima']);
  assert.deepEqual(cleanAuthors([null, '', '   ']), []);
});

test('cleanTitle: site suffixes and prefixes go, colons stay', () => {
  assert.equal(cleanTitle('Flood gates opened | Eastvale Courier', 'Eastvale Courier'), 'Flood gates opened');
  assert.equal(cleanTitle('Eastvale Courier - Flood gates opened', 'Eastvale Courier'), 'Flood gates opened');
  assert.equal(cleanTitle('Flood gates opened as river rises - Courier', null, true), 'Flood gates opened as river rises');
  assert.equal(cleanTitle('Brexit: what happens now', null, true), 'Brexit: what happens now');
  assert.equal(cleanTitle('Home - Site', null, true), 'Home - Site');
});

test('JSON-LD: author strings, arrays and nested objects; ReportageNewsArticle is news', () => {
  const html = `<html><head><script type="application/ld+json">[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"Quay reopens","author":["Ana Lima",{"name":"Bo Chen"}],"datePublished":"2023-11-02","articleSection":["Harbour","Local"],"inLanguage":"pt-BR"}]</script></head>
    <body><p>Short.</p></body></html>`;
  const r = extractHtml(html);
  assert.equal(r.title, 'Quay reopens');
  assert.deepEqual(r.authors, ['Ana Lima', 'Bo Chen']);
  assert.equal(r.published, '2023-11-02');
  assert.equal(r.section, 'Harbour');
  assert.equal(r.language, 'pt');
  assert.equal(r.isNewsArticle, true);
});

test('broken JSON-LD is ignored, meta tags still read', () => {
  const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>
    <meta name="parsely-author" content="Rui Costa"><meta name="parsely-pub-date" content="2022-07-09T10:00:00Z">
    <meta property="og:locale" content="de_DE"><meta name="sailthru.title" content="Tide tables">
    <link rel="canonical" href="/tides/today"></head><body><h1>Other headline</h1></body></html>`;
  const r = extractHtml(html, { url: 'https://www.port.example/tides?x=1' });
  assert.deepEqual(r.authors, ['Rui Costa']);
  assert.equal(r.published, '2022-07-09T10:00:00Z');
  assert.equal(r.language, 'de');
  assert.equal(r.title, 'Tide tables');
  assert.equal(r.url, 'https://www.port.example/tides/today');
  assert.equal(r.domain, 'port.example');
  assert.equal(r.isNewsArticle, false);
});

test('title falls back to the main <h1>, then <title>', () => {
  const withH1 = extractHtml('<html><head><title>Site | Something</title></head><body><article><h1>The real headline</h1><p>x</p></article></body></html>');
  assert.equal(withH1.title, 'The real headline');
  const withoutH1 = extractHtml('<html><head><title>Ferry services cut back for winter | Port News</title></head><body><p>x</p></body></html>');
  assert.equal(withoutH1.title, 'Ferry services cut back for winter');
});

test('<time datetime> in the article header gives the date when metadata has none', () => {
  const html = `<html><body><article><header><h1>Gull numbers fall</h1><time datetime="2021-05-14T09:00:00Z">14 May</time></header>
    <div class="article-body"><p>Counts of nesting gulls on the cliffs fell for the fourth year running, volunteers who survey the colony each spring reported this week.</p></div></article></body></html>`;
  assert.equal(extractHtml(html).published, '2021-05-14T09:00:00Z');
});
