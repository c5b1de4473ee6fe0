// The gated engine (parser gates, the time parser's gate, ISO dates left to their parser) finds exactly
// what every parser on every window finds, on the candidate windows of generated news articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedResult } from 'chrono-node';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { createNewsChrono } from '../../src/language/dates/news-chrono.js';
import { candidateWindows } from '../../src/language/dates/prefilter.js';
import { referenceFrom } from '../../src/language/dates/reference.js';
import type { NewsOption } from '../../src/language/dates/timex.js';

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const show = (rs: ParsedResult[]): string[] => rs.map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}:${[...r.tags()].join(',')}`);

test('gated and ungated engines agree on every window of generated articles', () => {
  const gated = createNewsChrono();
  const plain = createNewsChrono({ gated: false });
  let windows = 0, results = 0;
  for (const article of generateCorpus({ count: 120, seed: 29, htmlShare: 0 })) {
    const text = article.content;
    for (const published of [ISO_DAY.exec(text)?.[0] ?? null, null]) {
      const ref = referenceFrom(published);
      const option: NewsOption = { ref, focusQuarter: null };
      const refDate = new Date(ref.y, ref.m - 1, ref.d, 12);
      for (const [start, end] of candidateWindows(text)) {
        const window = text.slice(start, end);
        const found = show(gated.parse(window, refDate, option));
        assert.deepEqual(found, show(plain.parse(window, refDate, option)), window);
        windows++;
        results += found.length;
      }
    }
  }
  assert.ok(windows > 500 && results > 800, `the articles exercise the engine (${windows} windows, ${results} results)`);
});
