// Background borrowed across a topic: an event's version of a demo template replaces some of its
// paragraphs (never the lead) with paragraphs of other demo articles of the same topic, as reports
// recap earlier events or quote other outlets' detail. The demo has only a few articles per kind, so
// without this any two events of a kind would tell most of the same sentences; with it they keep a
// smaller common part, while the story's names, dates and quotes stay those of its world.
import type { DemoTemplate } from './demo-templates.js';
import type { Random } from './seeded-random.js';

/** Share of a template's non-lead paragraphs replaced by borrowed ones. */
export const BORROW = 0.7;

/** The paragraphs of `t` for one event: the lead kept, the rest each replaced with probability BORROW. */
export function borrowParagraphs(t: DemoTemplate, others: readonly DemoTemplate[], rng: Random): string[] {
  const pool = rng.shuffle(others.filter((o) => o.key !== t.key).flatMap((o) => o.paragraphs.slice(1)));
  return t.paragraphs.map((p, i) => (i > 0 && pool.length > 0 && rng.chance(BORROW) ? pool.pop()! : p));
}
