// Claims: what an article states, one per sentence — or per clause when a compound sentence joins
// two statements with ";", ", while", ", whereas" or ", but" outside quotation marks (each side
// needs CLAUSE_MIN_WORDS words, so short asides stay attached). Sentences with fewer than
// MIN_TERMS content terms (garbled fragments like "In.") are not claims.
import { findQuantities } from './quantities.js';
import { hasNegation, stanceDetail } from './stance.js';
import { contentTerms, words } from './terms.js';
import { rememberClaimWords } from './claim-words.js';
import type { Claim, CompareArticle, CompareEntity, Span } from './types.js';

export const CLAUSE_MIN_WORDS = 5;
export const MIN_TERMS = 2;
const CLAUSE_BREAK_RE = /;\s+|,\s+(?:while|whereas|but)\s+/gu;
const SPACE_RE = /\s/u;
const QUOTE_MARK_KINDS: ReadonlySet<string> = new Set(['direct', 'partial', 'scare']);

/** Spans inside quotation marks (the sources' words, not the outlet's). */
export function quotedSpans(article: CompareArticle): Span[] {
  return article.quotes.filter((q) => QUOTE_MARK_KINDS.has(q.kind)).map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start);
}

function insideAny(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

function overlap(spans: readonly Span[], start: number, end: number): number {
  let n = 0;
  for (const s of spans) n += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
  return n;
}

/** Sentence cut into clauses at compound boundaries outside quotes. */
export function clauses(text: string, sentence: Span, quoted: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(CLAUSE_BREAK_RE)) {
    const at = sentence.start + m.index;
    if (insideAny(quoted, at)) continue;
    const next = at + m[0].length;
    if (words(text.slice(start, at)).length < CLAUSE_MIN_WORDS || words(text.slice(next, sentence.end)).length < CLAUSE_MIN_WORDS) continue;
    out.push({ start, end: at });
    start = next;
  }
  out.push({ start, end: sentence.end });
  return out;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && SPACE_RE.test(text[start])) start++;
  while (end > start && SPACE_RE.test(text[end - 1])) end--;
  return { start, end };
}

/** Entities (sorted by start) lying inside the span, in order: a binary search, not a scan per claim. */
function entitiesWithin(sorted: readonly CompareEntity[], span: Span): CompareEntity[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: CompareEntity[] = [];
  for (let k = lo; k < sorted.length && sorted[k].start <= span.end; k++) if (sorted[k].end <= span.end) out.push(sorted[k]);
  return out;
}

/** The claims of one article, in reading order, with ids "<article id>#c<n>". */
export function splitClaims(article: CompareArticle): Claim[] {
  const { text } = article;
  const quoted = quotedSpans(article);
  const entities = [...article.entities].sort((a, b) => a.start - b.start);
  const out: Claim[] = [];
  for (const sentence of article.sentences) {
    for (const raw of clauses(text, sentence, quoted)) {
      const span = trimSpan(text, raw);
      const ws = words(text.slice(span.start, span.end), span.start);
      const terms = contentTerms(ws);
      const stance = stanceDetail(ws);
      if (terms.size < MIN_TERMS) continue;
      const inside = entitiesWithin(entities, span);
      const keys = inside.map((e) => e.key ?? entityKey(e.type, e.text));
      const nameTerms = new Set(contentTerms(ws.filter((w) => inside.some((e) => w.start >= e.start && w.end <= e.end))).keys());
      for (const k of keys) terms.set(`@${k}`, (terms.get(`@${k}`) ?? 0) + 1);
      const claim: Claim = {
        id: `${article.id}#c${out.length}`,
        articleId: article.id,
        index: out.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        terms,
        entities: [...new Set(keys)],
        nameTerms,
        quantities: findQuantities(text, ws),
        negated: hasNegation(ws),
        stance: stance.sign,
        stanceTarget: stance.target,
        quoted: span.end > span.start ? overlap(quoted, span.start, span.end) / (span.end - span.start) : 0,
      };
      rememberClaimWords(claim, ws);
      out.push(claim);
    }
  }
  return out;
}

/** Fallback entity key when linking gave none: type class + lowercased name without "the". */
export function entityKey(type: string, name: string): string {
  return `${type}:${name.toLowerCase().replace(/^the\s+/u, '').replace(/['’]s$/u, '').replace(/\s+/gu, ' ').trim()}`;
}
