// Rewords demo text for one generated event in one regex pass: every word or phrase of a paraphrase
// group becomes the variant the event picked for that group, so two events of one demo template share
// few word 5-grams while the articles of one event keep one wording. "a"/"an" before a replaced word
// follows the new word; a capitalised form is replaced only at a sentence start (elsewhere it is part
// of a name or title: "Foreign Minister").
import { PARAPHRASE_GROUPS } from './paraphrase-lexicon.js';
import { mixSeed } from './seeded-random.js';
import { escapeRegExp } from './rewrite-text.js';

const groupOf = new Map<string, number>();
PARAPHRASE_GROUPS.forEach((g, i) => {
  for (const form of g) groupOf.set(form, i);
});
const caseless = (form: string): string => `[${form[0]}${form[0].toUpperCase()}]${escapeRegExp(form.slice(1)).replace(/ /g, '\\s+')}`;
const forms = [...groupOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
const PATTERN = new RegExp(`(?<![\\w’'-])(?:([Aa]n?) )?(${forms.map(caseless).join('|')})(?![\\w-]|[’']\\w)`, 'g');
const SENTENCE_END = /(?:^|[.!?:;"“”‘’—–(]\s*)$/;
const VOWEL_SOUND = /^[aeiou]/i;
const SPACES = /\s+/g;

/** One event's choice of variant per group. */
export interface Wording {
  seed: number;
}

const variant = (group: number, w: Wording): string => {
  const g = PARAPHRASE_GROUPS[group];
  return g[mixSeed(w.seed, group) % g.length];
};

const capitalise = (s: string): string => s[0].toUpperCase() + s.slice(1);

export function paraphrase(text: string, w: Wording): string {
  return text.replace(PATTERN, (match: string, article: string | undefined, phrase: string, offset: number) => {
    const start = offset + (article ? article.length + 1 : 0);
    const key = phrase.replace(SPACES, ' ').toLowerCase();
    const capital = phrase[0] !== key[0];
    const atSentenceStart = SENTENCE_END.test(text.slice(Math.max(0, offset - 3), offset));
    if (capital && (article || !atSentenceStart)) return match; // part of a name or title
    const group = groupOf.get(key);
    if (group === undefined) return match;
    let out = variant(group, w);
    if (capital) out = capitalise(out);
    if (!article) return out;
    const a = VOWEL_SOUND.test(out) ? 'an' : 'a';
    return `${article[0] === 'A' ? capitalise(a) : a} ${out}`;
  });
}
