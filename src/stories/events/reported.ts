// Reported speech: an event inside quotation marks, or in the complement of a reporting verb
// ("X said Y attacked Z", "Y attacked Z, X said"), is the speaker's claim, not narrated fact.
import type { Trigger } from './find-triggers.js';
import { CLAUSE_BREAKS, REPORTING_LEMMAS } from './grammar-words.js';
import type { SentenceView } from './sentence-view.js';
import { taxonomy } from './taxonomy.js';

const TAIL_TOKENS = 7;

function isReportingVerb(v: SentenceView, t: number): boolean {
  const list = taxonomy().byFirst.get(v.lower[t]);
  return list?.some((p) => p.pos === 'verb' && p.tokens.length === 1 && REPORTING_LEMMAS.has(p.lemma)) ?? false;
}

export function reportedAt(v: SentenceView, trig: Trigger, statement: boolean): boolean {
  if (v.quoted[trig.first]) return true;
  if (statement) return false;
  for (let t = trig.first - 1; t >= 0; t--) {
    if (CLAUSE_BREAKS.has(v.lower[t])) break;
    if (isReportingVerb(v, t)) return true;
  }
  // "…, officials said." at the end of the sentence
  let comma = false;
  for (let t = trig.last + 1; t < v.tokens.length; t++) {
    if (v.lower[t] === ',') comma = true;
    else if (comma && isReportingVerb(v, t) && v.tokens.length - t <= TAIL_TOKENS) return true;
  }
  return false;
}
