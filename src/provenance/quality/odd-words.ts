// "Words that do not belong together" in a machine rewrite: set patterns (a unit repeated across "of",
// spinner synonyms in fixed phrases) and a verbless "Adverb the noun." sentence ("Loudly the valley.").
// Each is a sign for the garbled flag, which still needs several signs of two kinds.
import { NOT_MANNER_ADVERB, ODD_WORD_PATTERNS } from './lexicon.js';
import type { Sentence } from './sentences.js';

const ADVERB_FRAGMENT = /^([A-Z][a-z]{3,}ly) (?:the|a|an|its|their|his|her) [a-z]+\.$/;

/** The odd phrases of one paragraph, each as the sentence that holds it. */
export function oddWords(sentences: Sentence[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (s.inQuote || /["“”]/.test(s.text)) continue;
    const fragment = ADVERB_FRAGMENT.exec(s.text);
    if ((fragment && !NOT_MANNER_ADVERB.has(fragment[1].toLowerCase())) || ODD_WORD_PATTERNS.some((re) => re.test(s.text))) out.push(s.text);
  }
  return out;
}
