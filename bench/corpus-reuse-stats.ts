// Text reuse between generated originals: how much text different events share, and whether the
// provenance stage links them. For pairs of originals (same event; different events of the same demo
// template; other events of the same topic; other topics), and near copies with their source, the share of the shorter text's
// distinct 5-grams (lower-cased word tokens of the text the extractor keeps) found in the other, and
// the share of pairs that compareTexts (src/provenance) turns into a link, by link kind. Pairs are
// sampled deterministically, up to --pairs each.
//   node --import tsx bench/corpus-reuse-stats.ts --count 2000 [--seed 1] [--shared-wording] [--pairs 3000]
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { extractArticle, type ExtractContext } from '../src/extract/index.js';
import { OutletRegistry } from '../src/extract/outlets/index.js';
import { compareTexts } from '../src/provenance/compare-texts.js';
import { TokenCache } from '../src/provenance/token-cache.js';
import { loadDemoTemplates } from './corpus/demo-templates.js';
import { createRandom, mixSeed, type Random } from './corpus/seeded-random.js';
import { containment, wordGrams } from './corpus/word-grams.js';
import { generateCorpus, type GenerateOptions } from './generate-corpus.js';

interface Original {
  id: string;
  event: string;
  template: string;
  topic: string;
  text: string;
  grams: Uint32Array;
}

export type PairKind = 'same event, same template' | 'same event, other template' | 'other event, same template' | 'other event, same topic' | 'other topic' | 'near copy, its source';
export const PAIR_KINDS: readonly PairKind[] = ['same event, same template', 'same event, other template', 'other event, same template', 'other event, same topic', 'other topic', 'near copy, its source'];
export type LinkKind = 'near' | 'contained' | 'reuse';
const LINK_KINDS: readonly LinkKind[] = ['near', 'contained', 'reuse'];

interface Pair {
  containment: number;
  link: LinkKind | null;
}

export interface PairStats {
  kind: PairKind;
  pairs: number;
  median: number;
  p90: number;
  mean: number;
  below01: number;
  /** Share of the pairs compareTexts links, in all and per link kind. */
  linked: number;
  links: Record<LinkKind, number>;
}

function kindOf(a: Original, b: Original): PairKind {
  if (a.event === b.event) return a.template === b.template ? 'same event, same template' : 'same event, other template';
  if (a.template === b.template) return 'other event, same template';
  return a.topic === b.topic ? 'other event, same topic' : 'other topic';
}

/** Random pairs until each kind has `pairs` (or tries run out): kinds that are rare get their own draw from groups. */
function samplePairs(originals: Original[], pairs: number, rng: Random, cache: TokenCache): Map<PairKind, Pair[]> {
  const out = new Map<PairKind, Pair[]>(PAIR_KINDS.map((k) => [k, []]));
  const add = (a: Original, b: Original): void => {
    const list = out.get(kindOf(a, b))!;
    if (list.length < pairs) list.push(measure(a, b, cache));
  };
  const groups = (key: (o: Original) => string): Original[][] => {
    const m = new Map<string, Original[]>();
    for (const o of originals) m.set(key(o), [...(m.get(key(o)) ?? []), o]);
    return [...m.values()].filter((g) => g.length > 1);
  };
  const byEvent = groups((o) => o.event);
  const byTemplate = groups((o) => o.template);
  const byTopic = groups((o) => o.topic);
  for (let t = 0; t < 20 * pairs; t++) {
    const source = t % 4 === 0 ? originals : t % 4 === 1 ? rng.pick(byEvent) : t % 4 === 2 ? rng.pick(byTemplate) : rng.pick(byTopic);
    if (!source || source.length < 2) continue;
    const i = rng.int(0, source.length - 1);
    const j = rng.int(0, source.length - 1);
    if (i !== j) add(source[i], source[j]);
  }
  return out;
}

function measure(a: Original, b: Original, cache: TokenCache): Pair {
  return { containment: containment(a.grams, b.grams), link: compareTexts(a.id, a.text, b.id, b.text, cache)?.kind ?? null };
}

const quantile = (sorted: number[], q: number): number => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;

export function reuseStats(options: GenerateOptions & { pairs?: number }): PairStats[] {
  const ctx: ExtractContext = { outlets: OutletRegistry.load() };
  const originals: Original[] = [];
  const recent = new Map<string, Original>(); // originals a near copy may stem from (the generator's window is smaller)
  const copies: [Original, Original][] = [];
  const pairs = options.pairs ?? 3000;
  const topicOf = new Map(loadDemoTemplates().map((t) => [t.key, t.topic]));
  for (const a of generateCorpus(options)) {
    if (a.copyKind === 'exact') continue;
    const html = a.path.endsWith('.html');
    const text = extractArticle({ source: a.path, externalId: null, format: html ? 'html' : 'text', bodyType: html ? 'html' : 'text', body: a.content, fields: { charset: 'utf-8' }, recordIndex: 0, fileSha256: '' }, ctx).text;
    const o: Original = { id: a.path, event: a.event, template: a.template, topic: topicOf.get(a.template)!, text, grams: wordGrams(text) };
    if (a.copyKind === 'near') {
      const source = recent.get(a.copyOf!);
      if (source && copies.length < pairs) copies.push([o, source]);
      continue;
    }
    originals.push(o);
    recent.set(o.id, o);
    if (recent.size > 1000) recent.delete(recent.keys().next().value!);
  }
  const cache = new TokenCache();
  const sampled = samplePairs(originals, pairs, createRandom(mixSeed(options.seed, 99)), cache);
  sampled.set('near copy, its source', copies.map(([a, b]) => measure(a, b, cache)));
  return PAIR_KINDS.map((kind) => {
    const list = sampled.get(kind)!;
    const v = list.map((p) => p.containment).sort((a, b) => a - b);
    const n = list.length || 1;
    const links = Object.fromEntries(LINK_KINDS.map((k) => [k, list.filter((p) => p.link === k).length / n])) as Record<LinkKind, number>;
    return {
      kind, pairs: list.length, median: quantile(v, 0.5), p90: quantile(v, 0.9),
      mean: v.reduce((s, x) => s + x, 0) / n, below01: v.filter((x) => x < 0.1).length / n,
      linked: list.filter((p) => p.link !== null).length / n, links,
    };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const o = new Command()
    .option('--count <n>', 'articles', (v) => Number.parseInt(v, 10), 2000)
    .option('--seed <n>', 'seed', (v) => Number.parseInt(v, 10), 1)
    .option('--pairs <n>', 'pairs per kind at most', (v) => Number.parseInt(v, 10), 3000)
    .option('--shared-wording', 'the old wording: every event keeps its template\'s words', false)
    .parse(process.argv)
    .opts<{ count: number; seed: number; pairs: number; sharedWording: boolean }>();
  const rows = reuseStats({ count: o.count, seed: o.seed, sharedWording: o.sharedWording, pairs: o.pairs });
  console.log(`word 5-gram containment of the shorter text and provenance links (compareTexts), ${o.count} generated articles (seed ${o.seed}, ${o.sharedWording ? 'shared' : 'per-event'} wording)`);
  console.log('pair kind                     pairs  median    p90   mean  share<0.1  linked   near  contained  reuse');
  const f = (x: number): string => x.toFixed(3);
  for (const r of rows) {
    console.log(`${r.kind.padEnd(28)} ${String(r.pairs).padStart(6)}  ${f(r.median)}  ${f(r.p90)}  ${f(r.mean)}  ${f(r.below01).padStart(9)}  ${f(r.linked).padStart(6)}  ${f(r.links.near)}  ${f(r.links.contained).padStart(9)}  ${f(r.links.reuse)}`);
  }
}
