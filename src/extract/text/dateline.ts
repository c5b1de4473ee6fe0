// Datelines that open a news report: "BEIJING (AP) —", "LONDON, March 3 (Reuters) -", "WASHINGTON —".
import type { Byline } from './byline.js';
import { DATELINE_AGENCIES } from './patterns.js';

export interface Dateline {
  /** The dateline without its dash: "BEIJING (AP)". */
  dateline: string;
  /** The dateline as written, dash included: "BEIJING (AP) —". */
  evidence: string;
  /** The agency in parentheses, as written ("AP"), or null. */
  agency: string | null;
}

const AGENCY = `(?:${DATELINE_AGENCIES.map((a) => a.replace(/\s/g, '\\s')).join('|')})`;
// After a place in capitals any acronym is an agency: wires missing from the list write the same form ("BRIGHTWATER (HPN) —").
// A title-case word with an unknown acronym is too often ordinary prose ("Revenue (EUR) — up 4%").
const ANY_AGENCY = `(?:${AGENCY}|\\p{Lu}{2,6})`;
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}`;
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.]{2,}(?:[ -]\p{Lu}[\p{Lu}'’.]+){0,3}`;
const ANY_PLACE = String.raw`\p{Lu}[\p{L}'’.]+(?:[ -]\p{Lu}[\p{L}'’.]+){0,3}`;
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?`;
const DASH = String.raw`(?:—|–|--?)`;
// Upper-case place with an optional agency, a title-case place only with an agency, or the agency alone.
const DATELINE = new RegExp(
  String.raw`^((?:${CAPS_PLACE}${REGION}(?:,\s*${MONTH_DAY})?(?:\s*\((${ANY_AGENCY})\))?)|(?:${ANY_PLACE}${REGION}(?:,\s*${MONTH_DAY})?\s*\((${AGENCY})\))|(?:\((${AGENCY})\)))\s*${DASH}\s+(?=\S)`,
  'u',
);

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  return { dateline: m[1].trim(), evidence: m[0].trim(), agency: m[2] ?? m[3] ?? m[4] ?? null };
}

/** The dateline opening the first paragraph, else the place of a header "Place, date" line ("Brightwater, 4 March 2025"). */
export function articleDateline(paragraphs: readonly string[], bylines: readonly Byline[]): Dateline | null {
  const opening = paragraphs.length ? findDateline(paragraphs[0]) : null;
  if (opening) return opening;
  const placed = bylines.find((b) => b.place);
  return placed?.place ? { dateline: placed.place, evidence: placed.text, agency: null } : null;
}
