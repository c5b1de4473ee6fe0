import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/extract/html/index.js';
import { BLOG_PAGE, BLOG_PARAGRAPHS, BR_LINES, BR_PAGE, NEWS_PAGE, NEWS_PARAGRAPHS } from './fixtures.js';

const reasonsOf = (r: ReturnType<typeof extractHtml>): Set<string> => new Set(r.removed.map((x) => x.reason));
const removedWith = (r: ReturnType<typeof extractHtml>, needle: string): string | undefined =>
  r.removed.find((x) => x.text.includes(needle))?.reason;

test('news page: metadata from JSON-LD, OpenGraph and meta tags', () => {
  const r = extractHtml(NEWS_PAGE);
  assert.equal(r.title, 'Flood gates opened as river rises');
  assert.deepEqual(r.authors, ['Jane Doe', 'Omar Reyes']);
  assert.equal(r.published, '2024-03-05T07:30:00Z');
  assert.equal(r.modified, '2024-03-05T11:00:00Z');
  assert.equal(r.siteName, 'Eastvale Courier');
  assert.equal(r.url, 'https://www.eastvale-courier.example/news/2024/03/05/flood-gates');
  assert.equal(r.domain, 'eastvale-courier.example');
  assert.equal(r.language, 'en');
  assert.equal(r.description, 'Four flood gates were opened after days of rain.');
  assert.equal(r.section, 'Local news');
  assert.equal(r.isNewsArticle, true);
});

test('news page: main paragraphs kept in order, separated by blank lines', () => {
  const r = extractHtml(NEWS_PAGE);
  assert.equal(r.text, NEWS_PARAGRAPHS.join('\n\n'));
  assert.match(r.method, /^precise:/);
});

test('news page: boilerplate lands in removed with its reason', () => {
  const r = extractHtml(NEWS_PAGE);
  assert.equal(removedWith(r, 'We use cookies'), 'cookie');
  assert.equal(removedWith(r, 'News Sport Weather'), 'header');
  assert.equal(removedWith(r, 'Share on Twitter'), 'share');
  assert.equal(removedWith(r, 'The north gate of the Eastvale dam'), 'caption');
  assert.equal(removedWith(r, 'Sign up for our daily newsletter'), 'newsletter');
  assert.equal(removedWith(r, 'Advertisement'), 'advertisement');
  assert.equal(removedWith(r, 'Bridge repairs delayed'), 'related');
  assert.equal(removedWith(r, 'Great reporting'), 'comments');
  assert.equal(removedWith(r, 'Town council approves'), 'sidebar');
  assert.equal(removedWith(r, 'All rights reserved'), 'footer');
  assert.equal(removedWith(r, 'By Jane Doe and Omar Reyes'), 'byline');
  for (const leak of ['cookies', 'Share on', 'Photo: Reuters', 'newsletter', 'Advertisement', 'Bridge repairs', 'Great reporting', 'Most read', 'rights reserved', 'By Jane Doe']) {
    assert.ok(!r.text.includes(leak), `text leaks "${leak}"`);
  }
  for (const entry of r.removed) assert.ok(entry.text.length > 1, 'no empty or 1-character removed entries');
});

test('blog page without <article>: body container by id, meta-tag metadata, <title> suffix dropped', () => {
  const r = extractHtml(BLOG_PAGE, { url: 'https://www.allotment-notes.example/2023/09/shed' });
  for (const p of BLOG_PARAGRAPHS) assert.ok(r.text.includes(p), `missing: ${p.slice(0, 40)}`);
  assert.equal(r.title, 'Rebuilding the shed');
  assert.deepEqual(r.authors, ['Sam Keller']);
  assert.equal(r.published, '2023-09-17');
  assert.equal(r.language, 'en');
  assert.equal(r.url, 'https://www.allotment-notes.example/2023/09/shed');
  assert.equal(r.domain, 'allotment-notes.example');
  assert.equal(r.isNewsArticle, false);
  assert.ok(!r.text.includes('Archive'), 'sidebar leaked');
  assert.ok(!r.text.includes('Powered by'), 'footer leaked');
  assert.equal(removedWith(r, 'Home | About'), 'navigation');
  assert.equal(removedWith(r, 'Tags: shed'), 'tags');
  assert.equal(removedWith(r, 'August 2023'), 'sidebar');
});

test('text in <div>s split by <br>s (no <p>) is still extracted', () => {
  const r = extractHtml(BR_PAGE);
  assert.equal(r.text, BR_LINES.join('\n\n'));
});

test('byline and dateline fallbacks from the visible header when metadata is silent', () => {
  const html = `<html><body><article><h1>Harbour dredging resumes</h1>
    <p>By Priya Natarajan</p><p>Published 3 March 2024</p>
    <p>Dredging of the inner harbour resumed on Monday after a two-week pause caused by a broken pump on the main barge, the port said.</p>
    <p>The work is expected to finish before the summer sailing season begins in earnest at the end of May, weather permitting.</p>
    </article></body></html>`;
  const r = extractHtml(html);
  assert.deepEqual(r.authors, ['Priya Natarajan']);
  assert.equal(r.published, '2024-03-03');
  assert.equal(r.title, 'Harbour dredging resumes');
  assert.ok(!r.text.includes('By Priya'));
  assert.ok(!r.text.includes('Published 3 March'));
  assert.ok(r.text.includes('Dredging of the inner harbour resumed'));
  assert.equal(removedWith(r, 'By Priya'), 'byline');
  assert.equal(removedWith(r, 'Published 3 March'), 'dateline');
});

test('a "By ..." line deep in the body is not taken as the byline when metadata names the author', () => {
  const html = `<html><head><meta name="author" content="Lena Park"></head><body><article>
    <p>The committee met for the third time this year and again failed to agree on the route of the new tram line through the centre.</p>
    <p>By Tuesday evening, members had left without a vote, and the chair said the matter would return in April at the earliest.</p>
    </article></body></html>`;
  const r = extractHtml(html);
  assert.deepEqual(r.authors, ['Lena Park']);
  assert.ok(r.text.includes('By Tuesday evening, members had left without a vote'));
});

test('link-dense blocks and teaser lines are dropped, prose with inline links is kept', () => {
  const prose = 'The council published <a href="/r">its report</a> on Monday, and the opposition said it would study the figures before commenting on the proposed budget cuts in detail.';
  const html = `<html><body><div class="entry-content">
    <p>${prose}</p>
    <p>Read more: <a href="/x">Why the budget matters to every household</a></p>
    <ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li><li><a href="/3">Three</a></li></ul>
    <p>Officials will present the final plan in June, after a public consultation that opens next week and runs for six weeks.</p>
    </div></body></html>`;
  const r = extractHtml(html);
  assert.ok(r.text.includes('The council published its report on Monday'));
  assert.ok(r.text.includes('Officials will present the final plan'));
  assert.ok(!r.text.includes('Read more'));
  assert.ok(!r.text.includes('One'), 'short link list leaked');
  assert.equal(removedWith(r, 'Read more'), 'related');
  assert.ok(reasonsOf(r).has('links'));
});
