import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/extract/html/index.js';
import { HOSTILE_PAGE, MALFORMED_PAGE, TITLE_ONLY_PAGE, hugePage } from './fixtures.js';

test('a page with only a title: title, empty text, no crash', () => {
  const r = extractHtml(TITLE_ONLY_PAGE);
  assert.equal(r.title, 'Nothing here yet');
  assert.equal(r.text, '');
  assert.deepEqual(r.authors, []);
  assert.equal(r.published, null);
});

test('empty and whitespace input', () => {
  for (const html of ['', '   ', '<html></html>']) {
    const r = extractHtml(html);
    assert.equal(r.text, '');
    assert.equal(r.title, null);
  }
});

test('malformed HTML with unclosed tags keeps every paragraph', () => {
  const r = extractHtml(MALFORMED_PAGE);
  assert.equal(r.title, 'Broken markup');
  assert.ok(r.text.includes('The first paragraph of this broken page'));
  assert.ok(r.text.includes('The second paragraph also lacks its closing tag, and a bold run never ends either'));
  assert.ok(r.text.includes('A third paragraph sits inside a div that is never closed'));
});

test('fragments and stray markup before <html> are parsed as a whole page', () => {
  const text = 'A fragment without any html or body element still has a paragraph of text that should be extracted from it.';
  assert.ok(extractHtml(`<p>${text}</p>`).text.includes(text));
  const stray = `<style>.x{color:red}</style><!--[if IE]><html class="ie"><![endif]--><!DOCTYPE html><html lang="fr"><head><title>Page</title></head><body><article><p>${text}</p></article></body></html>`;
  const r = extractHtml(stray);
  assert.ok(r.text.includes(text));
  assert.equal(r.language, 'fr');
  // JSON-LD placed before <html> is still read.
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Ines Duarte"}}</script>';
  const early = extractHtml(`${ld}<html><body><article><p>${text}</p></article></body></html>`);
  assert.deepEqual(early.authors, ['Ines Duarte']);
  assert.equal(early.isNewsArticle, true);
  assert.ok(early.text.includes(text));
});

test('hostile markup: no script, style, template or handler text leaks into text', () => {
  const r = extractHtml(HOSTILE_PAGE);
  assert.ok(r.text.includes('A perfectly ordinary paragraph about the weather'));
  assert.ok(r.text.includes('with a link that runs script in the middle of a sentence'));
  for (const leak of ['LEAK', 'alert', 'ONERROR', 'ONLOAD', 'JS-LINK', 'javascript:', 'IFRAME']) {
    assert.ok(!r.text.includes(leak), `text leaks "${leak}"`);
  }
  for (const entry of r.removed) assert.ok(!entry.text.includes('SCRIPT-LEAK'), 'script text recorded as removed');
});

test('a 5 MB generated page finishes with its text, removed list capped', () => {
  const html = hugePage(5_000_000);
  assert.ok(html.length >= 5_000_000);
  const r = extractHtml(html);
  assert.ok(r.text.includes('Paragraph number 0 of the generated page'));
  assert.ok(r.text.includes('Paragraph number 20000 of the generated page'));
  assert.ok(r.text.includes('Deeply nested closing paragraph text'), 'deep nesting lost');
  assert.ok(!r.text.includes('Nav 5'), 'navigation leaked');
  assert.ok(!r.text.includes('related 7'), 'link lines leaked');
  assert.ok(r.removed.length <= 200);
});
