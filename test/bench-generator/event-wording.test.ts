import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateCorpus, planEvents, type GeneratedArticle } from '../../bench/generate-corpus.js';
import { loadDemoTemplates } from '../../bench/corpus/demo-templates.js';
import { PARAPHRASE_GROUPS } from '../../bench/corpus/paraphrase-lexicon.js';
import { paraphrase } from '../../bench/corpus/paraphrase-text.js';
import { createRandom } from '../../bench/corpus/seeded-random.js';
import { DEMO_TOKENS } from '../../bench/corpus/story-world.js';
import { splitSentences, varySentences } from '../../bench/corpus/vary-sentences.js';
import { containment, wordGrams } from '../../bench/corpus/word-grams.js';
import { compareTexts } from '../../src/provenance/compare-texts.js';

/** sha1 of the concatenated contents of count=300 seed=1, recorded from the generator before per-event wording. */
const SHARED_WORDING_SHA1 = 'c93acc66c8c8d6bc5b87cb9c470353659c6990d5';

test('sharedWording: true gives byte for byte the corpus of the generator before per-event wording', () => {
  const h = createHash('sha1');
  for (const a of generateCorpus({ count: 300, seed: 1, sharedWording: true })) h.update(a.content);
  assert.equal(h.digest('hex'), SHARED_WORDING_SHA1);
});

test('the lexicon: lower-case members, each in one group only, no demo names, at least two per group', () => {
  const seen = new Set<string>();
  const names = new Set(DEMO_TOKENS.map((t) => t.toLowerCase()));
  for (const g of PARAPHRASE_GROUPS) {
    assert.ok(g.length >= 2, g.join('|'));
    for (const form of g) {
      assert.equal(form, form.toLowerCase());
      assert.ok(!seen.has(form), `${form} in two groups`);
      assert.ok(!form.split(/\s+/).some((w) => names.has(w)), `${form} holds a demo name`);
      seen.add(form);
    }
  }
  assert.ok(PARAPHRASE_GROUPS.length >= 200);
});

test('paraphrase: one variant per group and seed, names and titles kept, a/an and sentence-start case follow the new word', () => {
  const text = 'The ministry said the talks failed. Said to be cold, it was a deliberate snub, Foreign Minister Holt said: "We said no."';
  const outs = new Set<string>();
  for (let seed = 0; seed < 40; seed++) {
    const out = paraphrase(text, { seed });
    assert.equal(out, paraphrase(text, { seed }));
    outs.add(out);
    assert.match(out, /Foreign Minister Holt/);
    assert.equal((out.match(/"/g) ?? []).length, 2);
    assert.doesNotMatch(out, /\ba [aeiou]|\ban [^aeiou\s]/i, out);
    const verbs = [...out.matchAll(/ministry (\w+) the|Holt (\w+):|We (\w+) no/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    assert.equal(new Set(verbs).size, 1, `one variant of "said" per wording: ${out}`);
  }
  assert.ok(outs.size >= 10, `${outs.size} wordings`);
});

test('sentences: quotes are not split, lean-back sentences stay with their antecedent, every quote mark survives', () => {
  const p = 'Holt spoke first. "We left. We came back," she said. He agreed. The vote is on Friday. Officials said so.';
  assert.deepEqual(splitSentences(p), ['Holt spoke first.', '"We left. We came back," she said.', 'He agreed.', 'The vote is on Friday.', 'Officials said so.']);
  for (let s = 0; s < 50; s++) {
    const [out] = varySentences([p], createRandom(s));
    assert.ok(out.startsWith('Holt spoke first.'));
    assert.equal((out.match(/"/g) ?? []).length % 2, 0);
    if (out.includes('He agreed.')) assert.ok(out.includes('she said. He agreed.'), out);
  }
});

/** Body paragraphs of a .txt article (boilerplate blocks are multi-line; headlines lack closing punctuation). */
const body = (a: GeneratedArticle): string =>
  a.content.split('\n\n').filter((p) => p.split(' ').length > 12 && !p.includes('\n') && /[.!?"”’]$/.test(p)).join('\n');

interface Pairs {
  cross: number[];
  same: number[];
  /** Share of the pairs the provenance comparison links. */
  crossLinked: number;
  sameLinked: number;
}

/** Pairs of originals of one template: other events (cross) or the same event (same). */
function pairs(sharedWording: boolean): Pairs {
  const originals = [...generateCorpus({ count: 400, seed: 5, htmlShare: 0, sharedWording })].filter((a) => a.copyKind === null);
  const texts = originals.map(body);
  const grams = texts.map((t) => wordGrams(t));
  const out = { cross: [] as number[], same: [] as number[], crossLinked: 0, sameLinked: 0 };
  for (let i = 0; i < originals.length; i++) {
    for (let j = i + 1; j < originals.length; j++) {
      if (originals[i].template !== originals[j].template) continue;
      const same = originals[i].event === originals[j].event;
      (same ? out.same : out.cross).push(containment(grams[i], grams[j]));
      if (compareTexts(originals[i].path, texts[i], originals[j].path, texts[j])) out[same ? 'sameLinked' : 'crossLinked']++;
    }
  }
  out.crossLinked /= out.cross.length;
  out.sameLinked /= out.same.length;
  out.cross.sort((a, b) => a - b);
  out.same.sort((a, b) => a - b);
  return out;
}
const median = (v: number[]): number => v[v.length >> 1];
const p90 = (v: number[]): number => v[Math.floor(0.9 * v.length)];

test('per-event wording: other events of a template share few 5-grams and are rarely linked, one event keeps its wording', () => {
  const now = pairs(false);
  const before = pairs(true);
  assert.ok(now.cross.length > 300 && now.same.length > 100);
  assert.ok(median(before.cross) > 0.45, `shared wording: cross-event median ${median(before.cross)}`);
  assert.ok(before.crossLinked > 0.9, `shared wording: ${before.crossLinked} of cross-event pairs linked`);
  assert.ok(median(now.cross) < 0.1, `cross-event median ${median(now.cross)}`);
  assert.ok(p90(now.cross) < 0.2, `cross-event p90 ${p90(now.cross)}`);
  assert.ok(now.crossLinked < 0.15, `${now.crossLinked} of cross-event pairs linked`);
  assert.ok(median(now.same) > 0.8, `same-event median ${median(now.same)}`);
  assert.ok(now.sameLinked > 0.8, `${now.sameLinked} of same-event pairs linked`);
});

test('articles of one event tell the same facts: the names of its world', () => {
  const plan = planEvents(400, 5, loadDemoTemplates());
  const originals = [...generateCorpus({ count: 400, seed: 5, htmlShare: 0 })].filter((a) => a.copyKind === null);
  for (const a of originals) {
    const world = plan.find((e) => e.id === a.event)!.world;
    const own = [...new Set(world.names.values())].filter((n) => a.content.includes(n));
    assert.ok(own.length >= 2, `${a.path} names its event's world`);
  }
});
