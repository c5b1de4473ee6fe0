// Rewrites demo text for a generated article in one regex pass: names swapped to the story's world,
// dates moved by whole weeks (so "on Monday" stays true) and quantities scaled.
import { DEMO_TOKENS, type StoryWorld } from './story-world.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;
const REFERENCE_YEAR = 2025; // the demo corpus is set in 2025; year-less dates belong to it

/** `s` as a literal in a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tokens = [...new Set(DEMO_TOKENS.flatMap((t) => [t, t.toUpperCase()]))].sort((a, b) => b.length - a.length);

// Alternatives in priority order: dates before bare numbers, names last.
const PATTERN = new RegExp(
  [
    `(?<mdy>${MONTH} (\\d{1,2})(?:, (\\d{4}))?)(?!\\d)`,
    `(?<dmy>(?<!\\d)(\\d{1,2}) ${MONTH}(?: (\\d{4}))?)`,
    `(?<dotted>(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{4}))`,
    `(?<iso>(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2}))`,
    `(?<num>(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+|\\d{2,})(?![\\w]|[.,]\\d))`,
    `(?<name>\\b(?:${tokens.map(escapeRegExp).join('|')})\\b)`,
  ].join('|'),
  'g',
);

const pad = (n: number): string => String(n).padStart(2, '0');

export interface Rewrite {
  world: StoryWorld;
  shiftDays: number;
  numberFactor: number;
}

export function shiftDate(y: number, m: number, d: number, days: number): Date {
  return new Date(Date.UTC(y, m - 1, d + days));
}

function scaleNumber(text: string, factor: number): string {
  const value = Number(text.replace(/,/g, ''));
  if (!text.includes(',') && !text.includes('.') && value >= 1900 && value <= 2099) return text; // a year
  if (text.includes('.')) return (value * factor).toFixed(text.split('.')[1].length);
  const scaled = value * factor;
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(scaled, 1))) - 1); // keep two significant digits
  const rounded = value >= 1000 ? Math.round(scaled / 10 ** digits) * 10 ** digits : Math.max(1, Math.round(scaled));
  return text.includes(',') ? rounded.toLocaleString('en-US') : String(rounded);
}

export function rewriteText(text: string, r: Rewrite): string {
  return text.replace(PATTERN, (match, ...args) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    const groups = args.slice(0, -3) as (string | undefined)[];
    if (g.mdy) {
      const [, month, day, year] = groups.slice(0, 4);
      const d = shiftDate(Number(year ?? REFERENCE_YEAR), MONTHS.indexOf(month!) + 1, Number(day), r.shiftDays);
      return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}${year ? `, ${d.getUTCFullYear()}` : ''}`;
    }
    if (g.dmy) {
      const [, day, month, year] = groups.slice(4, 8);
      const d = shiftDate(Number(year ?? REFERENCE_YEAR), MONTHS.indexOf(month!) + 1, Number(day), r.shiftDays);
      return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${year ? ` ${d.getUTCFullYear()}` : ''}`;
    }
    if (g.dotted) {
      const [, day, month, year] = groups.slice(8, 12);
      const d = shiftDate(Number(year), Number(month), Number(day), r.shiftDays);
      return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
    }
    if (g.iso) {
      const [, year, month, day] = groups.slice(12, 16);
      return shiftDate(Number(year), Number(month), Number(day), r.shiftDays).toISOString().slice(0, 10);
    }
    if (g.num) return scaleNumber(match, r.numberFactor);
    const upper = match.length > 1 && match === match.toUpperCase();
    const key = upper ? DEMO_TOKENS.find((t) => t.toUpperCase() === match)! : match;
    const replacement = r.world.names.get(key) ?? match;
    return upper ? replacement.toUpperCase() : replacement;
  });
}
