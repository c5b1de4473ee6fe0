// Chrono's ExtractTimezoneAbbrRefiner reads the two to four letters after each result ("Monday said")
// and computes the result's date before it looks the letters up as a time zone, which they rarely are.
// The guard hands it only the results followed by a known zone abbreviation: it treats each result on
// its own, in place, and leaves the others as they are (chrono-node 2.10).
import { ReferenceWithTimezone } from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** Chrono's TIMEZONE_NAME_PATTERN. */
const ZONE_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
const PROBE_INSTANT = new Date(Date.UTC(2000, 0, 1));

/** Per upper-case abbreviation: whether chrono knows it as a time zone. */
const KNOWN = new Map<string, boolean>();

/** Chrono's own lookup (toTimezoneOffset is not exported; a reference built from the name uses it). */
export function isZoneAbbr(abbr: string): boolean {
  let zone = KNOWN.get(abbr);
  if (zone === undefined) {
    zone = ReferenceWithTimezone.fromInput({ instant: PROBE_INSTANT, timezone: abbr }).timezoneOffset !== null;
    KNOWN.set(abbr, zone);
  }
  return zone;
}

export class TimezoneAbbrGuard implements Refiner {
  constructor(readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // Zones given in the options could name anything: then every result goes through.
    const overrides = (context.option as { timezones?: object }).timezones;
    if (overrides && Object.keys(overrides).length > 0) return this.inner.refine(context, results);
    let candidates: ParsingResult[] | null = null;
    for (const r of results) {
      const m = ZONE_AFTER.exec(context.text.slice(r.index + r.text.length));
      if (m && isZoneAbbr(m[1].toUpperCase())) (candidates ??= []).push(r);
    }
    if (candidates !== null) this.inner.refine(context, candidates);
    return results;
  }
}
