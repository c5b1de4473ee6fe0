import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateCorpus, planEvents, type GeneratedArticle } from '../../bench/generate-corpus.js';
import { loadDemoTemplates } from '../../bench/corpus/demo-templates.js';

const collect = (count: number, seed: number, htmlShare?: number): GeneratedArticle[] => [...generateCorpus({ count, seed, htmlShare })];
const digest = (articles: GeneratedArticle[]): string => {
  const h = createHash('sha256');
  for (const a of articles) h.update(a.path).update('\0').update(a.content).update('\0');
  return h.digest('hex');
};

test('the same seed gives the same corpus, another seed a different one', () => {
  assert.equal(digest(collect(150, 7)), digest(collect(150, 7)));
  assert.notEqual(digest(collect(150, 7)), digest(collect(150, 8)));
});

test('yields exactly count articles with unique paths in folders of at most 1000 files', () => {
  const articles = collect(1200, 1);
  assert.equal(articles.length, 1200);
  assert.equal(new Set(articles.map((a) => a.path)).size, 1200);
  const perFolder = new Map<string, number>();
  for (const a of articles) perFolder.set(a.path.split('/')[0], (perFolder.get(a.path.split('/')[0]) ?? 0) + 1);
  assert.ok([...perFolder.values()].every((n) => n <= 1000));
  assert.equal(perFolder.size, 2);
  assert.equal(collect(0, 1).length, 0);
});

test('about 30% HTML by default, and htmlShare is honoured', () => {
  const share = (as: GeneratedArticle[]): number => as.filter((a) => a.path.endsWith('.html')).length / as.length;
  const byDefault = collect(800, 2);
  assert.ok(Math.abs(share(byDefault) - 0.3) < 0.06, `html share ${share(byDefault)}`);
  for (const a of byDefault) {
    if (a.path.endsWith('.html')) assert.match(a.content, /^<!DOCTYPE html>/);
    else assert.doesNotMatch(a.content, /<html/);
  }
  assert.equal(share(collect(200, 2, 0)), 0);
  assert.equal(share(collect(200, 2, 1)), 1);
});

test('exact and near copies are present and really copy their original', () => {
  const articles = collect(800, 3);
  const byPath = new Map(articles.map((a) => [a.path, a]));
  const exact = articles.filter((a) => a.copyKind === 'exact');
  const near = articles.filter((a) => a.copyKind === 'near');
  const share = (exact.length + near.length) / articles.length;
  assert.ok(share > 0.08 && share < 0.18, `copy share ${share}`);
  assert.ok(exact.length > 10 && near.length > 10);
  for (const c of exact) assert.equal(c.content, byPath.get(c.copyOf!)!.content);
  for (const c of near) {
    const orig = byPath.get(c.copyOf!)!;
    assert.notEqual(c.content, orig.content);
    assert.equal(c.event, orig.event);
    // The body paragraphs of the original reappear in the near copy, but for one it may drop.
    const paras = (s: string): string[] =>
      (s.startsWith('<!DOCTYPE') ? [...s.matchAll(/<p[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]) : s.split('\n\n'))
        .map((p) => p.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim())
        // Multi-line blocks are boilerplate; a block without closing punctuation is a headline (which near copies restyle).
        .filter((p) => p.split(' ').length > 12 && !p.includes('\n') && /[.!?"”’]$/.test(p));
    const copied = new Set(paras(c.content));
    const own = paras(orig.content);
    const shared = own.filter((p) => copied.has(p)).length;
    // A near copy drops at most one paragraph (per-event wording makes paragraphs short, so 70% could be n-1 of 3).
    assert.ok(shared >= own.length - 1 && shared >= 2, `${c.path}: ${shared} of ${own.length} paragraphs shared`);
  }
});

test('the number of events grows with count (about count/40)', () => {
  const templates = loadDemoTemplates();
  const events = (count: number): number => new Set(collect(count, 5).map((a) => a.event)).size;
  assert.equal(planEvents(4000, 5, templates).length, 100);
  assert.equal(planEvents(10, 5, templates).length, 1);
  const small = events(80);
  const large = events(800);
  assert.ok(small <= 2 && large >= 18 && large <= 20, `${small} -> ${large}`);
});

test('names are swapped: no demo names, and each story keeps its own consistent world', () => {
  const templates = loadDemoTemplates();
  const plan = planEvents(400, 9, templates);
  const articles = collect(400, 9).filter((a) => a.copyKind === null);
  for (const a of articles) {
    assert.doesNotMatch(a.content, /\b(Valdoria|Kastrov|Tarvesk|Ilse|Sandoval|Corvane|Brenn)\b/, a.path);
    const ev = plan.find((e) => e.id === a.event)!;
    const own = [...new Set(ev.world.names.values())].filter((n) => a.content.includes(n));
    assert.ok(own.length >= 2, `${a.path} mentions its world`);
  }
  const worlds = new Set(plan.map((e) => e.world.names.get('Valdoria')));
  assert.ok(worlds.size >= 3, 'different stories get different worlds');
});

test('misuse throws', () => {
  assert.throws(() => collect(-1, 1));
  assert.throws(() => collect(10, 1.5));
  assert.throws(() => collect(10, 1, 2));
});
