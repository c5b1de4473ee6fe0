// The sentences most articles of a group share: each sentence scores by how many other articles
// hold a sentence overlapping it (shared terms ≥ half of the smaller sentence's terms); ties go to
// the earlier article/sentence.
// Near-linear: an inverted index over all sentence terms is probed only with each sentence's
// prefix of rarest terms (prefix filtering, exact): when the smaller sentence s of a pair shares
// at least τ = ⌈|s|/2⌉ terms with the other, one of its first |s| − τ + 1 terms in a fixed global
// order (rarest first) is shared, so no qualifying pair is missed and each candidate is verified.
import { splitSentences } from '../../language/sentences/split-sentences.js';
import { contentTerms } from './terms.js';

export interface SharedSentence { article_id: string; text: string; support: number }

const MIN_TERMS = 5;
const OVERLAP = 0.5;

interface Sent { article: number; text: string; terms: Set<string>; ordered: string[] }

function sentencesOf(articles: readonly { id: string; text: string }[]): Sent[] {
  const out: Sent[] = [];
  articles.forEach((a, article) => {
    for (const s of splitSentences(a.text)) {
      const text = a.text.slice(s.start, s.end).trim();
      const terms = new Set(contentTerms(text));
      if (terms.size >= MIN_TERMS) out.push({ article, text, terms, ordered: [] });
    }
  });
  return out;
}

/** Minimum shared terms for a pair whose smaller sentence has `size` terms. */
const needed = (size: number): number => Math.ceil(OVERLAP * size);

function overlaps(s: Sent, o: Sent): boolean {
  const [small, big] = s.terms.size <= o.terms.size ? [s, o] : [o, s];
  let n = 0;
  for (const t of small.terms) if (big.terms.has(t)) n++;
  return n >= needed(small.terms.size);
}

export function sharedSentences(articles: readonly { id: string; text: string }[], limit = 3): SharedSentence[] {
  const sents = sentencesOf(articles);
  const postings = new Map<string, number[]>();
  sents.forEach((s, i) => {
    for (const t of s.terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const rank = (t: string) => postings.get(t)!.length;
  for (const s of sents) s.ordered = [...s.terms].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  // supporters[i]: the other articles holding a sentence that overlaps sentence i.
  const supporters = sents.map(() => new Set<number>());
  for (const [i, s] of sents.entries()) {
    const size = s.terms.size;
    const seen = new Set<number>();
    for (const t of s.ordered.slice(0, size - needed(size) + 1)) {
      for (const j of postings.get(t)!) {
        const o = sents[j];
        // Each pair is found from its smaller sentence (index order on equal sizes).
        if (o.article === s.article || seen.has(j) || o.terms.size < size || (o.terms.size === size && j < i)) continue;
        seen.add(j);
        if (supporters[i].has(o.article) && supporters[j].has(s.article)) continue;
        if (overlaps(s, o)) { supporters[i].add(o.article); supporters[j].add(s.article); }
      }
    }
  }
  const scored: SharedSentence[] = [];
  sents.forEach((s, i) => { if (supporters[i].size > 0) scored.push({ article_id: articles[s.article].id, text: s.text, support: supporters[i].size }); });
  return scored.sort((a, b) => b.support - a.support).slice(0, limit);
}
