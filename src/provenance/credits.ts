// Credit-based origin of one article from its own text: agency datelines and credit lines.
import {
  AGENCY_DATELINE, ANONYMOUS_CREDIT, CREDIT_TAIL_PARAGRAPHS, NAME_DATE_CREDIT, NAMED_CREDIT,
} from './credit-patterns.js';
import type { Original } from './model-types.js';
import { canonicalOutlet } from './outlet-names.js';
import { paragraphSpans } from './paragraphs.js';

export function detectCredit(text: string, dateline: string | null = null): Original | null {
  const head = `${dateline ?? ''}\n${text.slice(0, 400)}`;
  const agency = AGENCY_DATELINE.exec(head);
  if (agency) {
    const outlet = canonicalOutlet(agency[2]);
    if (outlet !== agency[2] || agency[2].length > 3) {
      return { outlet, published: null, evidence: agency[1].trim(), article_id: null };
    }
  }
  const spans = paragraphSpans(text);
  for (const span of spans.slice(-CREDIT_TAIL_PARAGRAPHS).reverse()) {
    const line = text.slice(span.start, span.end).trim();
    if (line.length > 160) continue;
    const credit = creditLine(line);
    if (credit) return credit;
  }
  return null;
}

function creditLine(line: string): Original | null {
  const dated = NAME_DATE_CREDIT.exec(line);
  if (dated) {
    const published = `${dated[4]}-${dated[3].padStart(2, '0')}-${dated[2].padStart(2, '0')}`;
    return { outlet: canonicalOutlet(dated[1]), published, evidence: line, article_id: null };
  }
  if (ANONYMOUS_CREDIT.test(line)) return { outlet: null, published: null, evidence: line, article_id: null };
  const named = NAMED_CREDIT.exec(line);
  if (named) return { outlet: canonicalOutlet(named[1].replace(/^the\s+/i, '')), published: null, evidence: line, article_id: null };
  return null;
}
