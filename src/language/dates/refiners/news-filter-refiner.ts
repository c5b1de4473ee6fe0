// Drops chrono finds that are not dates in news prose: "the march", "Theresa May", "the Sun", "Mar." in addresses.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { Filter } from './filter.js';

const WEEKDAY_ABBR = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
const MONTH_ONLY = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const DETERMINER_BEFORE = /\b(the|a|an|this|that|their|his|her|its|our|long|protest|peaceful|mass)\s+$/i;
const NAME_BEFORE = /\b(Mrs?|Ms|Miss|Dr|Mr|Prime\s+Minister|Theresa|Brian|Sen|Rep)\.?\s+$|[A-Z][a-z]+\s+$/;
const MARCH_NOUN_AFTER = /^\s*(?:$|[.,;:!?]|(?:on|of|to|through|against|for|from|in|was|were|is|drew|began|ended)\b)/i;
const CAPITAL_AFTER = /^\s+[A-Z][a-z]/;
// Prices and fractions that chrono reads as times or dates: "$2.50 a share", "at 1", "7/8".
// Also number ranges ("4 to 15", "8 to 112 5/8"), "the SEC" (read as seconds) and "half and".
const NUMBER_LIKE = /^(?:(?:at|from|to|by)\s+)?\d+(?:\.\d+)?(?:\s+a)?$|^\d{1,2}\/\d{1,2}$|^[\d\s.,/]+(?:(?:to|and|-)[\d\s.,/]+)?$|\bSEC\b|^half\b/i;
// Chrono reads "the year" as next year; alone it is rarely a date at all.
const BARE_UNIT = /^(?:the|a|an)\s+(?:year|month|week|day)$/i;
const FULL_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

export class NewsFilterRefiner extends Filter {
  isValid(context: ParsingContext, r: ParsingResult): boolean {
    const text = r.text.trim();
    if (WEEKDAY_ABBR.test(text) || BARE_UNIT.test(text) || (NUMBER_LIKE.test(text) && !FULL_DATE.test(text))) return false;
    if (!MONTH_ONLY.test(text)) return true;
    const before = context.text.slice(Math.max(0, r.index - 30), r.index);
    const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 20);
    if (text === text.toLowerCase()) return false;
    // "the March on Washington", "a long March": a march, not the month ("the March accession" stays).
    if (/^march$/i.test(text) && DETERMINER_BEFORE.test(before) && MARCH_NOUN_AFTER.test(after)) return false;
    if (NAME_BEFORE.test(before) && !/\b(In|Since|By|Until|Before|After|Last|Next|This|Early|Late|Mid)\s+$/.test(before)) return false;
    if (CAPITAL_AFTER.test(after) && !/^\s+\d/.test(after)) return false;
    return true;
  }
}
