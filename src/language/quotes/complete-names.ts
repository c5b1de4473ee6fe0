// Person spans as the tagger cut them are often short of the full name: "Michael" for "Michael P.
// McDonald", "Le" for "Le Pen", "Republican Sen. John" + "McCain". This joins a person span with the
// capitalised words, initials and suffixes right after it (and any mention they belong to), so the
// speaker gets the fullest form.
import type { EntityInput } from './types.js';
import { charClass, isSurrogate, UPPER } from './char-class.js';
import { CAPITALISED_STOPWORDS, DEMONYMS, PLACES } from './lexicon.js';

/** One name part after a single space: an initial ("P."), a capitalised word, or a suffix ("III", "Jr."). */
const NEXT_PART = /^[ \u00a0](\p{Lu}\.|\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Lu}[\p{Ll}\p{M}]+|-\p{Lu}[\p{Ll}\p{M}]+)*|[IV]{2,3}|Jr\.|Sr\.)(?![\p{L}\p{N}'’-])/u;
const MAX_EXTRA_PARTS = 3;

const canExtend = (word: string): boolean => {
  const w = word.toLowerCase();
  return !CAPITALISED_STOPWORDS.has(w) && !CAPITALISED_STOPWORDS.has(w.replace(/\.$/u, '')) && !DEMONYMS.has(w) && !PLACES.has(w);
};

/** What NEXT_PART needs first, tested without a slice: a space and an upper-case letter (or a surrogate pair) after it. */
function mayContinue(text: string, end: number): boolean {
  // No read past the end (NaN there; in optimised code a deoptimisation).
  if (end + 1 >= text.length) return false;
  const space = text.charCodeAt(end);
  if (space !== 32 && space !== 0xa0) return false;
  const c = text.charCodeAt(end + 1);
  return isSurrogate(c) || (charClass(c) & UPPER) !== 0;
}

/** Mentions sorted by start; person spans extended over the name parts that follow them. */
export function completeNames(text: string, sorted: EntityInput[]): EntityInput[] {
  const out: EntityInput[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.type !== 'PERSON') { out.push(e); continue; }
    let end = e.end;
    for (let k = 0; k < MAX_EXTRA_PARTS; k++) {
      if (!mayContinue(text, end)) break;
      const m = NEXT_PART.exec(text.slice(end, end + 40));
      if (!m || !canExtend(m[1])) break;
      const next = i + 1 < sorted.length ? sorted[i + 1] : undefined; // no read past the end (a deoptimisation)
      // a following mention that starts here joins the person only when it is a name too
      if (next && next.start === end + 1 && next.type !== 'PERSON' && next.type !== 'MISC') break;
      end += m[0].length;
      while (i + 1 < sorted.length && sorted[i + 1].start < end) {
        end = Math.max(end, sorted[i + 1].end);
        i++;
      }
    }
    out.push(end === e.end ? e : { ...e, text: text.slice(e.start, end), end });
  }
  return out;
}
