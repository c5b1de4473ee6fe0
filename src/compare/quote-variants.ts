// The same statement by the same speaker as different outlets render it: renderings whose content
// terms (stemmed, synonyms folded — so translations like "dangerous … scenario" / "sinister …
// situation" meet) largely overlap, grouped, each with a word-level diff (npm `diff`) against the
// reference rendering (earliest article) and a label.
import { diffWords } from 'diff';
import type { z } from 'zod';
import type { QuoteVariant } from '../model/export.js';
import { speakerKeys } from './speakers.js';
import { hasNegation, stanceOf } from './stance.js';
import { contentTerms, words, type Word } from './terms.js';
import { THRESHOLDS } from './thresholds.js';
import type { CompareArticle, CompareQuote } from './types.js';

export type VariantLabel = 'identical' | 'trimmed' | 'extended' | 'reworded' | 'contradictory';

export interface DiffPart {
  op: '=' | '+' | '-';
  text: string;
}

export interface QuoteRendering {
  articleId: string;
  quote: CompareQuote;
  /** Relative to the reference rendering ('identical' for the reference itself). */
  label: VariantLabel;
  /** Word-level diff from the reference's text to this one's. */
  diff: DiffPart[];
}

export interface QuoteVariantGroup {
  speaker: string;
  speakerKey: string;
  label: VariantLabel;
  renderings: QuoteRendering[];
}

const MARKED: ReadonlySet<string> = new Set(['direct', 'partial']);
const LABEL_RANK: Record<VariantLabel, number> = { identical: 0, extended: 1, trimmed: 2, reworded: 3, contradictory: 4 };

interface Item {
  articleId: string;
  order: number;
  quote: CompareQuote;
  key: string;
  terms: Set<string>;
  seq: string;
  words: Word[];
}

function similar(a: Item, b: Item): boolean {
  let shared = 0;
  for (const t of a.terms) if (b.terms.has(t)) shared++;
  const small = Math.min(a.terms.size, b.terms.size);
  if (shared < THRESHOLDS.quoteMinShared || small === 0) return false;
  const need = small <= 3 ? 0.66 : THRESHOLDS.quoteContainment;
  return shared / small >= need;
}

function labelOf(ref: Item, r: Item): VariantLabel {
  const wr = ref.words;
  const wx = r.words;
  const stanceRef = stanceOf(wr);
  const stanceX = stanceOf(wx);
  if (hasNegation(wr) !== hasNegation(wx) || stanceRef * stanceX < 0) return 'contradictory';
  if (ref.seq === r.seq) return 'identical';
  if (ref.seq.includes(r.seq)) return 'trimmed';
  if (r.seq.includes(ref.seq)) return 'extended';
  return 'reworded';
}

function diffOf(from: string, to: string): DiffPart[] {
  return diffWords(from, to).map((c) => ({ op: c.added ? '+' : c.removed ? '-' : '=', text: c.value }));
}

function items(articles: readonly CompareArticle[]): Item[] {
  const keys = speakerKeys(articles);
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const ranked = [...articles].sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || order.get(x.id)! - order.get(y.id)!);
  const out: Item[] = [];
  ranked.forEach((a, rank) => {
    for (const q of a.quotes) {
      const key = MARKED.has(q.kind) ? keys.keyOf(q) : null;
      if (!key) continue;
      const ws = words(q.text);
      out.push({ articleId: a.id, order: rank, quote: q, key, terms: new Set(contentTerms(ws).keys()), seq: ` ${ws.map((w) => w.lower).join(' ')} `, words: ws });
    }
  });
  return out;
}

/** Position pairs i < j (in that order) of renderings from different articles that are similar. */
function similarPairs(list: readonly Item[]): [number, number][] {
  const postings = new Map<string, number[]>();
  list.forEach((it, i) => {
    for (const t of it.terms) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(i);
    }
  });
  // Only renderings sharing THRESHOLDS.quoteMinShared terms can be similar: count shared terms via the index.
  const shared = new Int32Array(list.length);
  const out: [number, number][] = [];
  list.forEach((it, i) => {
    const touched: number[] = [];
    for (const t of it.terms) for (const j of postings.get(t)!) if (j > i && shared[j]++ === 0) touched.push(j);
    touched.sort((x, y) => x - y);
    for (const j of touched) {
      if (shared[j] >= THRESHOLDS.quoteMinShared && list[j].articleId !== it.articleId && similar(it, list[j])) out.push([i, j]);
      shared[j] = 0;
    }
  });
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function findQuoteVariants(articles: readonly CompareArticle[]): QuoteVariantGroup[] {
  const all = items(articles);
  const names = speakerKeys(articles);
  const bySpeaker = new Map<string, Item[]>();
  for (const it of all) push(bySpeaker, it.key, it);
  const out: QuoteVariantGroup[] = [];
  for (const [key, list] of bySpeaker) {
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (const [i, j] of similarPairs(list)) parent[find(j)] = find(i);
    const groups = new Map<number, Item[]>();
    list.forEach((it, i) => push(groups, find(i), it));
    for (const members of groups.values()) {
      if (new Set(members.map((m) => m.articleId)).size < 2) continue;
      const ref = members.reduce((best, m) => (m.order < best.order || (m.order === best.order && m.terms.size > best.terms.size) ? m : best));
      const renderings = members.map((m) => ({ articleId: m.articleId, quote: m.quote, label: m === ref ? ('identical' as const) : labelOf(ref, m), diff: m === ref ? [] : diffOf(ref.quote.text, m.quote.text) }));
      const label = renderings.reduce<VariantLabel>((l, r) => (LABEL_RANK[r.label] > LABEL_RANK[l] ? r.label : l), 'identical');
      out.push({ speaker: names.nameOf(key) || list[0].quote.speaker?.name || key, speakerKey: key, label, renderings });
    }
  }
  return out;
}

/** The export contract's `quote_variants`. */
export function quoteVariantsContract(groups: readonly QuoteVariantGroup[]): z.infer<typeof QuoteVariant>[] {
  return groups.map((g) => ({
    speaker: g.speaker,
    label: g.label,
    renderings: g.renderings.map((r) => ({ article_id: r.articleId, quote_id: r.quote.id, text: r.quote.text })),
  }));
}
