// One sentence as the event rules read it: tokens (lower-cased once), the entities and dates laid
// over token indices, and which tokens sit inside quotation marks.
import { tokenize, type Token } from '../../language/tokens/tokenize.js';
import type { TriggerPattern } from './taxonomy.js';
import type { EventDateInput, EventEntity } from './types.js';

export interface Placed<T> {
  item: T;
  /** Token range [first, last] (inclusive). */
  first: number;
  last: number;
}

export interface SentenceView {
  start: number;
  end: number;
  tokens: Token[];
  lower: string[];
  entities: Placed<EventEntity>[];
  dates: Placed<EventDateInput>[];
  // Plain arrays: a sentence's views are small and short-lived, where typed arrays cost more to make.
  /** Index into `entities` for each token, or -1. */
  entityAt: number[];
  /** 1 for tokens inside a date expression. */
  dateAt: number[];
  /** 1 for tokens inside quotation marks. */
  quoted: number[];
  /** Per token, the taxonomy's patterns starting with its word, when the caller looked them up. */
  patterns?: readonly (readonly TriggerPattern[] | undefined)[];
}

/** Places sorted spans over sorted tokens (two pointers: linear). */
function place<T extends { start: number; end: number }>(spans: readonly T[], tokens: readonly Token[]): Placed<T>[] {
  const out: Placed<T>[] = [];
  let k = 0;
  for (const item of spans) {
    while (k < tokens.length && tokens[k].end <= item.start) k++;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].start < item.end) last++;
    if (k < tokens.length && tokens[k].start < item.end) out.push({ item, first: k, last });
  }
  return out;
}

/** Tokens of one sentence: tokenised here, or taken from the whole text's tokens when given. */
export function sentenceTokens(text: string, span: { start: number; end: number }): Token[] {
  return tokenize(text.slice(span.start, span.end)).map((t) => ({ text: t.text, start: t.start + span.start, end: t.end + span.start }));
}

export function sentenceView(
  span: { start: number; end: number },
  tokens: Token[],
  lower: string[],
  entities: readonly EventEntity[],
  dates: readonly EventDateInput[],
  quotes: readonly { start: number; end: number }[],
): SentenceView {
  const placedEntities = place(entities, tokens);
  const placedDates = place(dates, tokens);
  const n = tokens.length;
  // Made at their size (grown by push, each was copied several times over).
  const entityAt = new Array<number>(n);
  const dateAt = new Array<number>(n);
  const quoted = new Array<number>(n);
  for (let t = 0; t < n; t++) { entityAt[t] = -1; dateAt[t] = 0; quoted[t] = 0; }
  placedEntities.forEach((p, i) => { for (let t = p.first; t <= p.last; t++) entityAt[t] = i; });
  for (const p of placedDates) for (let t = p.first; t <= p.last; t++) dateAt[t] = 1;
  for (const q of quotes) {
    for (let t = 0; t < tokens.length && tokens[t].start < q.end; t++) if (tokens[t].start >= q.start && tokens[t].end <= q.end) quoted[t] = 1;
  }
  return { start: span.start, end: span.end, tokens, lower, entities: placedEntities, dates: placedDates, entityAt, dateAt, quoted };
}

/** The entries of sorted `items` that fall inside [start, end) — a binary search, then a scan. */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].start < end; i++) out.push(items[i]);
  return out;
}
