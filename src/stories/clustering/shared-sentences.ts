// The sentences most articles of a group share: each sentence scores by how many other articles
// hold a sentence overlapping it (term containment ≥ 0.5); ties go to the earlier article/sentence.
import { splitSentences } from '../../language/sentences/split-sentences.js';
import { contentTerms } from './terms.js';

export interface SharedSentence { article_id: string; text: string; support: number }

const MIN_TERMS = 5;
const OVERLAP = 0.5;

export function sharedSentences(articles: readonly { id: string; text: string }[], limit = 3): SharedSentence[] {
  const sents = articles.map((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end).trim())
    .map((text) => ({ text, terms: new Set(contentTerms(text)) })).filter((s) => s.terms.size >= MIN_TERMS));
  const scored: SharedSentence[] = [];
  sents.forEach((list, ai) => list.forEach((s) => {
    let support = 0;
    sents.forEach((other, bi) => {
      if (bi === ai) return;
      if (other.some((o) => { let n = 0; for (const t of s.terms) if (o.terms.has(t)) n++; return n / Math.min(s.terms.size, o.terms.size) >= OVERLAP; })) support++;
    });
    if (support > 0) scored.push({ article_id: articles[ai].id, text: s.text, support });
  }));
  return scored.sort((a, b) => b.support - a.support).slice(0, limit);
}
