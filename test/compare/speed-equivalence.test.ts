// The speed-ups of the compare stage keep its results: the one-pass set coverage, the quickselect
// candidate choice and the flat TF-IDF vectors against plain reference computations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { candidatePairs } from '../../src/compare/align-candidates.js';
import { coverageOfSets } from '../../src/compare/set-coverage.js';
import { TfidfVectors } from '../../src/compare/tfidf-vectors.js';
import { THRESHOLDS } from '../../src/compare/thresholds.js';
import type { Claim } from '../../src/compare/types.js';
import { findWords } from '../../src/compare/framing-words.js';
import { compareLexicon } from '../../src/compare/lexicon.js';

function claim(articleId: string, index: number, terms: string[]): Claim {
  const bag = new Map<string, number>();
  for (const t of terms) bag.set(t, (bag.get(t) ?? 0) + 1);
  return { id: `${articleId}#c${index}`, articleId, index, start: 0, end: 1, text: terms.join(' '), terms: bag, entities: [], nameTerms: new Set(), quantities: [], negated: false, stance: 0, stanceTarget: [], quoted: 0 };
}

/** The per-set rule written out plainly. */
function naiveCoverage(ids: ReadonlySet<string>, groups: { id: string; articleIds: string[] }[], total: number) {
  const others = total - ids.size;
  const need = Math.max(2, Math.ceil(THRESHOLDS.omissionShare * others));
  const r = { articleIds: [...ids], reported: [] as string[], unique: [] as string[], omitted: [] as string[] };
  for (const g of groups) {
    const inside = g.articleIds.filter((a) => ids.has(a)).length;
    if (inside > 0) r.reported.push(g.id);
    if (inside > 0 && inside === g.articleIds.length && others > 0) r.unique.push(g.id);
    if (inside === 0 && g.articleIds.length >= need) r.omitted.push(g.id);
  }
  return r;
}

test('coverageOfSets gives every set what the per-set rule gives it', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 8 }), { minLength: 1 }), { maxLength: 25 }), fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 8 })), { maxLength: 6 }), (n, rawGroups, rawSets) => {
    const groups = rawGroups.map((g, k) => ({ id: `claim-${k + 1}`, articleIds: [...new Set(g.map((x) => `a${x % n}`))] }));
    const sets = new Map(rawSets.map((s, k) => [`set${k}`, new Set(s.map((x) => `a${x % n}`))]));
    const got = coverageOfSets(sets, groups, n);
    assert.deepEqual([...got.keys()], [...sets.keys()]);
    for (const [k, ids] of sets) assert.deepEqual(got.get(k), naiveCoverage(ids, groups, n));
  }));
});

test('flat TF-IDF cosine matches a plain computation, and is 1 for equal bags', () => {
  const claims = [claim('a', 0, ['troop', 'cross', 'lake', 'lake']), claim('b', 0, ['troop', 'cross', 'lake', 'lake']), claim('c', 0, ['market', 'fell', 'lake']), claim('c', 1, ['parliament', 'meet'])];
  const vec = new TfidfVectors(claims);
  const weight = (c: Claim) => new Map([...c.terms].map(([t, tf]) => [t, (1 + Math.log(tf)) * vec.idf.get(t)!]));
  const plain = (x: Claim, y: Claim) => {
    const wx = weight(x);
    const wy = weight(y);
    const dot = [...wx].reduce((s, [t, w]) => s + w * (wy.get(t) ?? 0), 0);
    const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, w) => s + w * w, 0));
    return dot / (norm(wx) * norm(wy));
  };
  assert.ok(Math.abs(vec.cosine(claims[0], claims[1]) - 1) < 1e-12);
  assert.ok(Math.abs(vec.cosine(claims[0], claims[2]) - plain(claims[0], claims[2])) < 1e-12);
  assert.equal(vec.cosine(claims[0], claims[3]), 0);
  assert.equal(vec.idf.get('lake'), Math.log(1 + 4 / 3));
});

/** Candidate pairs by the documented rule with a full sort per claim. */
function naivePairs(claims: Claim[], vec: TfidfVectors): Set<string> {
  const postings = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const t of c.terms.keys()) {
      const p = postings.get(t) ?? [];
      if (p.length < THRESHOLDS.maxPosting) p.push(i);
      postings.set(t, p);
    }
  });
  const out = new Set<string>();
  claims.forEach((c, i) => {
    const ranked = [...c.terms.keys()].sort((x, y) => vec.idf.get(y)! - vec.idf.get(x)!);
    const rare = ranked.filter((t) => postings.get(t)!.length < THRESHOLDS.maxPosting);
    const shared = new Map<number, number>();
    for (const t of (rare.length ? rare : ranked).slice(0, THRESHOLDS.probeTerms)) {
      for (const j of postings.get(t)!) if (claims[j].articleId !== c.articleId) shared.set(j, (shared.get(j) ?? 0) + vec.idf.get(t)!);
    }
    const best = [...shared.keys()].sort((x, y) => shared.get(y)! - shared.get(x)! || x - y).slice(0, THRESHOLDS.maxCandidates);
    for (const j of best) out.add(`${Math.min(i, j)}-${Math.max(i, j)}`);
  });
  return out;
}

test('candidate pairs: each pair once, the same set as a full sort per claim gives (many ties, long lists)', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 10 })), { minLength: 2, maxLength: 160 }), (rows) => {
    const claims = rows.map(([a, ts], k) => claim(`art${a}`, k, ts.map((t) => `t${t}`)));
    const vec = new TfidfVectors(claims);
    const { first, second } = candidatePairs(claims, vec);
    const got = first.map((x, k) => `${x}-${second[k]}`);
    assert.equal(new Set(got).size, got.length);
    assert.ok(first.every((x, k) => x < second[k]));
    assert.deepEqual(new Set(got), naivePairs(claims, vec));
  }), { numRuns: 60 });
});

/** The framing lexicon's single global alternation, as findWords ran it before its hand-written scan. */
function plainWordMatcher(): (text: string) => (string | number)[][] {
  const lex = compareLexicon();
  const entries = [...lex.loaded.negative, ...lex.loaded.positive, ...lex.loaded.intensifier, ...lex.hedges, ...Object.values(lex.attribution).flatMap((v) => v.forms)];
  const alts = [...new Set(entries)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  const known = new Set(entries);
  return (text) => [...text.matchAll(re)].filter((m) => known.has(m[0].toLowerCase())).map((m) => [m.index, m[0]]);
}

test('findWords finds what the plain alternation over every position finds', () => {
  const lex = compareLexicon();
  const words = [...lex.loaded.negative.slice(0, 40), ...lex.hedges.slice(0, 20), ...Object.values(lex.attribution).flatMap((v) => v.forms).slice(0, 20), 'the', 'Kyiv', 'it', 'what', 'point'];
  // Pieces that touch the boundaries: hyphens, digits, case, letters whose case folding leaves ASCII
  // (ſ, the Kelvin sign), accents, apostrophes, quotes blanked to spaces.
  const glue = [' ', '-', '', '’', "'", '. ', '\n', '2', 'ſ', 'K', 'é', '  ', ', ', '𝐀', '\u{1F600}', '٣'];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(...glue), fc.string({ maxLength: 3 }));
  const plainWordHits = plainWordMatcher();
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
    const text = parts.join('');
    const seg = { where: 'narration' as const, text, masked: text, words: [], entities: [] };
    assert.deepEqual(findWords(seg).map((h) => [h.start, text.slice(h.start, h.end)]), plainWordHits(text));
  }), { numRuns: 3000 });
});
