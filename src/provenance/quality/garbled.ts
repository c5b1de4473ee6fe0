// Machine-rewritten or garbled text: sentences cut in the middle ("... his influence for. In."),
// verbless two-word fragments between sentences ("Journalists Monday."), and broken quotation marks
// (a second closing quote with none opened between, punctuation stranded after a quote), and words
// that do not belong together (odd-words.ts). One sign
// alone occurs in clean copy (a typo, a scraping slip); the flag needs several signs of at least two
// kinds, and quotes each as evidence.
import type { Flag } from '../model-types.js';
import { paragraphSpans } from '../paragraphs.js';
import { COMMON_VERBS, DANGLING_END, FUNCTION_WORDS, STYLE_FRAGMENT_START } from './lexicon.js';
import { oddWords } from './odd-words.js';
import { splitSentences, type Sentence } from './sentences.js';

/** Signs and distinct kinds of sign needed to flag. */
export const GARBLED_MIN_SIGNS = 3;
export const GARBLED_MIN_KINDS = 2;
const MAX_EVIDENCE = 4;

type Kind = 'cut' | 'fragment' | 'quote' | 'template' | 'odd';
interface Sign {
  kind: Kind;
  text: string;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const STRAY_PUNCT = /[.!?,;]["”’]?\s+[.,;](?:\s|$)|["”]\s+[,.;](?:\s|$)/u;
/** Spinner templates left in the output: "solely {that a}". */
const SPIN_TEMPLATE = /(?<![{$\\\w])\{[\p{L}\s'’|]{1,40}\}(?!\})/u;
const PRONOUN = /^(?:i|he|she|it|we|they|you|this|that|there)$/;
const VERB_SUFFIX = /(?:ed|ing)$/;

export function garbledFlag(text: string): Flag | null {
  const signs: Sign[] = [];
  for (const { start, end } of paragraphSpans(text)) {
    const paragraph = text.slice(start, end);
    const sentences = splitSentences(paragraph);
    sentences.forEach((s, i) => {
      const sign = sentenceSign(s, i, sentences);
      if (sign) signs.push(sign);
    });
    const quote = brokenQuote(paragraph, sentences);
    if (quote) signs.push({ kind: 'quote', text: quote });
    const template = SPIN_TEMPLATE.exec(paragraph);
    if (template) signs.push({ kind: 'template', text: sentenceAt(sentences, template.index) ?? template[0] });
    for (const text of oddWords(sentences)) signs.push({ kind: 'odd', text });
  }
  const byText = new Map(signs.map((s) => [s.text, s]));
  const kinds = new Set([...byText.values()].map((s) => s.kind));
  if (byText.size < GARBLED_MIN_SIGNS || kinds.size < GARBLED_MIN_KINDS) return null;
  const evidence = [...byText.keys()].slice(0, MAX_EVIDENCE).map((s) => `"${s}"`).join('; ');
  return { flag: 'garbled', evidence: `machine-rewritten or garbled text: ${evidence}` };
}

function wordsOf(s: string): string[] {
  return (s.match(WORDS) ?? []).map((w) => w.toLowerCase());
}

function sentenceSign(s: Sentence, i: number, all: Sentence[]): Sign | null {
  if (s.inQuote || !/\.$/.test(s.text) || /["“”]/.test(s.text)) return null;
  const words = wordsOf(s.text);
  const next = all[i + 1];
  // "... his influence for. In.": a sentence ending in a function word, followed by a fragment.
  if (words.length >= 3 && DANGLING_END.has(words.at(-1)!) && next && !next.inQuote && isFragment(wordsOf(next.text))) {
    return { kind: 'cut', text: `${s.text} ${next.text}` };
  }
  // A paragraph-opening fragment counts only when more sentences follow (else it is a heading).
  if ((i === 0 && all.length < 2) || words.length > 2 || /\d/.test(s.text)) return null;
  const prev = i > 0 ? wordsOf(all[i - 1].text) : [];
  if (prev.length >= 3 && DANGLING_END.has(prev.at(-1)!)) return null;
  return isFragment(words) ? { kind: 'fragment', text: s.text } : null;
}

/** One function word alone, or two words with no verb, pronoun or stylistic opener. */
function isFragment(words: string[]): boolean {
  if (words.length === 1) return FUNCTION_WORDS.has(words[0]);
  if (words.length !== 2 || STYLE_FRAGMENT_START.has(words[0])) return false;
  return !words.some((w) => COMMON_VERBS.has(w) || PRONOUN.test(w) || VERB_SUFFIX.test(w) || w.endsWith('ly'));
}

/** Two closing quotes with no opening between them, or punctuation stranded after a quote. */
function brokenQuote(paragraph: string, sentences: Sentence[]): string | null {
  let open = 0;
  let closedAt = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch === '“') open++;
    else if (ch === '”') {
      if (open === 0 && closedAt >= 0) return sentenceAt(sentences, i) ?? paragraph.slice(closedAt, i + 1);
      open = Math.max(0, open - 1);
      closedAt = i;
    }
  }
  const stray = STRAY_PUNCT.exec(paragraph);
  return stray ? (sentenceAt(sentences, stray.index) ?? paragraph.slice(Math.max(0, stray.index - 60), stray.index + stray[0].length)) : null;
}

function sentenceAt(sentences: Sentence[], offset: number): string | null {
  return sentences.find((s) => offset >= s.start && offset < s.end)?.text ?? null;
}
