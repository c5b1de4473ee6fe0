// Chrono's ENEndOfPeriodRefiner matches /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i against all the text
// before each result, a scan of the window per result. It only acts where that text ends in "of" or "the"
// and white space, so the guard hands it just those results: it treats each result on its own, in place.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const SPACE = /\s/;

export class EndOfPeriodGuard implements Refiner {
  constructor(readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let candidates: ParsingResult[] | null = null;
    for (const r of results) if (mayFollowEndOf(context.text, r.index)) (candidates ??= []).push(r);
    if (candidates !== null) this.inner.refine(context, candidates);
    return results;
  }
}

/** Whether the text before `index` ends in "of" or "the" (any case) and at least one space. */
function mayFollowEndOf(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && SPACE.test(text[i - 1])) i--;
  if (i === index) return false;
  return endsWithWord(text, i, 'of') || endsWithWord(text, i, 'the');
}

/** ASCII letters compared without case, as the flag i does for them. */
function endsWithWord(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(end - word.length + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}
