// "now", "currently", "recently", "the future": TimeML reference values that need no date.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FUZZY_REFS } from '../lexicon.js';
import { NewsParser, timexResult } from '../timex.js';

const VALUES = new Map(FUZZY_REFS);
const esc = (w: string): string => w.replace(/ /g, '\\s+');
// "current account", "recent survey" style adjectives are too often not temporal in the TimeML sense.
const NOT_AFTER_CURRENT = /^\s+(account|affairs|events|issue|edition|law|rules|system|members?|price|level|rate|prices|rates|levels)\b/i;
// "earlier"/"once" only at the end of a clause ("he said earlier.").
const CLAUSE_END = /^\s*([.,;:!?)]|$)/;

export class FuzzyRefParser extends NewsParser {
  constructor() {
    super(new RegExp(FUZZY_REFS.map(([w]) => esc(w)).join('|')));
  }
  extractMatch(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = match[0];
    const key = text.toLowerCase().replace(/\s+/g, ' ');
    const after = context.text.slice(match.index! + text.length, match.index! + text.length + 20);
    if (key === 'current' && NOT_AFTER_CURRENT.test(after)) return null;
    if ((key === 'earlier' || key === 'once') && !CLAUSE_END.test(after)) return null;
    // "Now, he says" / "Now for the weather": a discourse marker, not a time.
    if (key === 'now' && /^(\s*that\b|,|\s+for\b)/i.test(after)) return null;
    const value = VALUES.get(key);
    return value ? timexResult(context, match.index!, text, value, 'DATE') : null;
  }
}
