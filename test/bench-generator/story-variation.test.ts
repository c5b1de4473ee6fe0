import { test } from 'node:test';
import assert from 'node:assert/strict';
import { borrowParagraphs } from '../../bench/corpus/borrow-paragraphs.js';
import type { DemoTemplate } from '../../bench/corpus/demo-templates.js';
import { shiftNumberWords } from '../../bench/corpus/number-words.js';
import { createRandom } from '../../bench/corpus/seeded-random.js';
import { renameStoryNames, storyNames } from '../../bench/corpus/story-names.js';
import { planEvents } from '../../bench/generate-corpus.js';
import { loadDemoTemplates } from '../../bench/corpus/demo-templates.js';

test('story names: one story renames alike, stories differ, weekdays move by the shift, ordinals read right', () => {
  const text = 'The Clarion can reveal that the 41st Motor Rifle Brigade left on Monday, NORDA said; KST and the Northern Defence Alliance agreed on Friday.';
  const a = renameStoryNames(text, storyNames(1, 7, 2));
  assert.equal(a, renameStoryNames(text, storyNames(1, 7, 2)));
  assert.match(a, /on Wednesday,/);
  assert.match(a, /on Sunday\./);
  assert.doesNotMatch(a, /Clarion|41st|NORDA|KST|Northern Defence Alliance/);
  assert.match(a, /the \d+(?:st|nd|rd|th) [A-Z]\w+ [A-Z]\w+/);
  for (const m of a.matchAll(/\b(\d+)(st|nd|rd|th)\b/g)) {
    const n = Number(m[1]);
    const want = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    assert.equal(m[2], want, m[0]);
  }
  const others = new Set(Array.from({ length: 12 }, (_, s) => renameStoryNames(text, storyNames(1, s, 0))));
  assert.ok(others.size >= 10, `${others.size} distinct renamings of 12 stories`);
  assert.equal(renameStoryNames('on Monday', storyNames(1, 3, 0)), 'on Monday');
});

test('number words: counts move by the shift; "one", determined sets and digits stay', () => {
  assert.equal(shiftNumberWords('Three days later nine votes to one, with two abstentions.', 2), 'Five days later eleven votes to one, with four abstentions.');
  assert.equal(shiftNumberWords('the two countries and both sides; 12 tanks; two-thirds', 3), 'the two countries and both sides; 12 tanks; two-thirds');
  assert.equal(shiftNumberWords('twelve hours', 4), 'sixteen hours');
});

test('borrowed paragraphs: the lead stays, the rest come from the template or its topic, once each', () => {
  const tpl = (key: string, n: number): DemoTemplate => ({ key, event: key, topic: 't', title: key, published: '2025-03-01', paragraphs: Array.from({ length: n }, (_, i) => `${key} paragraph ${i}.`) });
  const own = tpl('a', 6);
  const others = [own, tpl('b', 5), tpl('c', 4)];
  const pool = new Set(others.flatMap((o) => o.paragraphs.slice(1)));
  let borrowed = 0;
  for (let s = 0; s < 30; s++) {
    const out = borrowParagraphs(own, others, createRandom(s));
    assert.deepEqual(out, borrowParagraphs(own, others, createRandom(s)));
    assert.equal(out.length, own.paragraphs.length);
    assert.equal(out[0], own.paragraphs[0]);
    assert.equal(new Set(out).size, out.length);
    for (const p of out) assert.ok(pool.has(p) || p === out[0]);
    borrowed += out.filter((p) => !p.startsWith('a ')).length;
  }
  assert.ok(borrowed > 30 && borrowed < 150, `${borrowed} of 150 paragraphs borrowed`);
});

test('plan: a story moves by whole weeks plus its weekday shift; shared wording keeps whole weeks', () => {
  const templates = loadDemoTemplates();
  const shifts = new Set<number>();
  for (const e of planEvents(2000, 4, templates)) {
    assert.equal((((e.shiftDays - e.weekdayShift) % 7) + 7) % 7, 0);
    shifts.add(e.weekdayShift);
  }
  assert.ok(shifts.size >= 5);
  for (const e of planEvents(2000, 4, templates, true)) assert.equal(e.weekdayShift, 0);
});
