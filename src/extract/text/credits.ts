// Republication credits: "World Socialist 31.01.2022", "Source link", "Originally published at …",
// "This article first appeared in …", "Source: …". They name the original outlet of a copied text.
import type { OutletRegistry } from '../outlets/registry.js';
import { hostOf } from '../outlets/normalise.js';
import { splitTrailingDate } from './dates.js';
import { URL_IN_TEXT } from './patterns.js';

export interface Credit {
  /** Canonical registry name, the name as written when unknown, or null ("Source link"). */
  outlet: string | null;
  published: string | null;
  /** The credit text verbatim. */
  evidence: string;
}

const SOURCE_LINK = /^(?:source link|source|(?:view|read|visit) (?:the )?(?:original|source)(?: article| story| post| link)?)\W*$/i;
const CREDIT_LEAD = new RegExp(
  String.raw`^\W*(?:originally (?:published|posted|appeared)(?: (?:at|on|in|by))?|(?:this|the) (?:article|story|piece|post|report|op-ed) (?:was |is |has been )?(?:first |originally )?(?:published|appeared|posted|ran|republished)(?: (?:at|on|in|by))?|first (?:published|appeared) (?:at|on|in|by)|(?:republished|reprinted|reproduced) (?:with permission |under a creative commons license )?(?:from|by|with)|source\s*[:：])\s*(.*)$`,
  'i',
);
const NAME_PHRASE = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}&'’.-]*)){0,6})/u;
const TRAILING_STOP = /[.\s]+$/;
const MAX_CREDIT_NAME_WORDS = 6;

function outletIn(rest: string, registry: OutletRegistry): string | null {
  const named = registry.findNamesIn(rest)[0];
  if (named) return named.entry.name;
  URL_IN_TEXT.lastIndex = 0;
  const url = URL_IN_TEXT.exec(rest)?.[0];
  URL_IN_TEXT.lastIndex = 0;
  if (url) {
    const host = hostOf(url);
    if (host) return registry.byDomain(host)?.name ?? host;
  }
  const phrase = NAME_PHRASE.exec(rest.trim())?.[1].replace(/\s+(?:of|the|and|&)$/u, '');
  return phrase ? (registry.byName(phrase)?.name ?? phrase) : null;
}

/**
 * The credit stated by one unit, or null. `trailing` says the unit follows the last body paragraph:
 * only there is an unknown "Name date" line read as a credit (near the top it is a byline).
 */
export function findCredit(text: string, registry: OutletRegistry, trailing: boolean): Credit | null {
  if (SOURCE_LINK.test(text)) return { outlet: null, published: null, evidence: text };
  const lead = CREDIT_LEAD.exec(text);
  if (lead) {
    const rest = lead[1].replace(TRAILING_STOP, '');
    const dated = splitTrailingDate(rest);
    return { outlet: outletIn(dated ? dated.before : rest, registry), published: dated?.date ?? null, evidence: text };
  }
  const dated = splitTrailingDate(text);
  if (!dated || !dated.before || dated.before.split(/\s+/).length > MAX_CREDIT_NAME_WORDS) return null;
  const known = registry.byName(dated.before) ?? registry.byDomain(dated.before);
  if (known) return { outlet: known.name, published: dated.date, evidence: text };
  if (!trailing || !NAME_PHRASE.test(dated.before)) return null;
  return { outlet: dated.before, published: dated.date, evidence: text };
}
