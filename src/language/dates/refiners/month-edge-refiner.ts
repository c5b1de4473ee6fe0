// "mid-December", "early September", "the end of November": the edge word joins the extent,
// the value keeps the month granularity (2022-12).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const EDGE_BEFORE = /(?:early|late|mid|the\s+(?:end|beginning|start|middle)\s+of|around|since|until)[\s-]*(?:in\s+)?$/i;
const KEEP = /^(early|late|mid|the)/i;

export class MonthEdgeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!r.start.isCertain('month') || r.start.isCertain('day') || r.start.isCertain('weekday')) continue;
      const m = EDGE_BEFORE.exec(context.text.slice(Math.max(0, r.index - 24), r.index));
      if (!m || !KEEP.test(m[0])) continue;
      r.index -= m[0].length;
      r.text = m[0] + r.text;
    }
    return results;
  }
}
