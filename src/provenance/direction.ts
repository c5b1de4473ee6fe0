// Evidence that article Y is the original of article X (a positive score) or the reverse (negative),
// from credits, outlets, dates, garbling, and what each text has that the other lacks.
import type { Original, Outlet } from './model-types.js';
import { extendsHeadline } from './headline.js';
import { sameOutlet } from './outlet-names.js';
import type { ExtraText } from './types.js';

export interface LineageMeta {
  id: string;
  outlet: Outlet | null;
  published: string | null;
  credit: Original | null;
  garbled: boolean;
  /** Words of recognised boilerplate paragraphs (compared within an exact-duplicate group). */
  boilerplateTokens: number;
  title: string | null;
}

/** What X's text has beyond Y's and Y's beyond X's (null for identical texts). */
export interface TextEvidence {
  x: ExtraText;
  y: ExtraText;
  xInY: number;
}

export interface Direction {
  score: number;
  reasons: string[];
  /** X's credit names Y's outlet (the strongest evidence). */
  credited: boolean;
}

const W = { credit: 10, otherCredit: 10, creditOnly: 3, date: 2, garbled: 2, boilerplate: 2, cut: 2, truncated: 2, headline: 2, rarer: 2 };
const MIN_EXTRA_BOILERPLATE = 1;
const MIN_EXTRA_BODY = 8;
/** Rarer-word substitutions count when one side has this many more than the other, and twice as many. */
const MIN_RARER_MARGIN = 2;

export function directionScore(y: LineageMeta, x: LineageMeta, text: TextEvidence | null): Direction {
  const d: Direction = { score: 0, reasons: [], credited: false };
  const add = (w: number, reason: string | null): void => {
    d.score += w;
    if (reason && w > 0) d.reasons.push(reason);
  };
  if (x.credit?.outlet && sameOutlet(x.credit.outlet, y.outlet?.name)) {
    add(W.credit, `credit "${x.credit.evidence}" names ${y.outlet?.name}, the outlet of ${y.id}`);
    d.credited = true;
  } else if (x.credit?.outlet && y.outlet && !sameOutlet(x.credit.outlet, y.outlet.name)) add(-W.otherCredit, null);
  if (y.credit?.outlet && sameOutlet(y.credit.outlet, x.outlet?.name)) add(-W.credit, null);
  if (x.credit && !y.credit) add(W.creditOnly, `this text carries the credit "${x.credit.evidence}", ${y.id} none`);
  if (y.credit && !x.credit) add(-W.creditOnly, null);
  const dx = x.published?.slice(0, 10);
  const dy = y.published?.slice(0, 10);
  if (dx && dy && dy < dx) add(W.date, `${y.id} was published earlier (${dy} before ${dx})`);
  if (dx && dy && dy > dx) add(-W.date, null);
  if (x.garbled && !y.garbled) add(W.garbled, 'this text is garbled, the other is not');
  if (y.garbled && !x.garbled) add(-W.garbled, null);
  if (extendsHeadline(x.title, y.title)) add(W.headline, `this headline adds to the headline of ${y.id} ("${x.title}" from "${y.title}")`);
  if (extendsHeadline(y.title, x.title)) add(-W.headline, null);
  if (text) textDirection(text, add);
  return d;
}

function textDirection(t: TextEvidence, add: (w: number, reason: string | null) => void): void {
  const pct = Math.round(t.xInY * 100);
  const xBoiler = t.x.boilerplateTokens >= MIN_EXTRA_BOILERPLATE;
  const yBoiler = t.y.boilerplateTokens >= MIN_EXTRA_BOILERPLATE;
  if (xBoiler && !yBoiler) add(W.boilerplate, `${pct}% of this text's 5-grams stand in the other, which this copy extends with boilerplate`);
  if (yBoiler && !xBoiler) add(-W.boilerplate, null);
  const xBody = t.x.bodyTokens >= MIN_EXTRA_BODY;
  const yBody = t.y.bodyTokens >= MIN_EXTRA_BODY;
  if (yBody && !xBody) add(W.cut, `this text is a cut version of the other (${pct}% of its 5-grams stand there; ${t.y.bodyTokens} words of body missing)`);
  if (xBody && !yBody) add(-W.cut, null);
  if (t.x.truncated && !t.y.truncated) add(W.truncated, 'this text is truncated');
  if (t.y.truncated && !t.x.truncated) add(-W.truncated, null);
  const xr = t.x.rarerWords ?? 0;
  const yr = t.y.rarerWords ?? 0;
  if (xr - yr >= MIN_RARER_MARGIN && xr >= 2 * yr) add(W.rarer, `this text replaces common words with rarer ones in ${xr} places (a rewrite)`);
  if (yr - xr >= MIN_RARER_MARGIN && yr >= 2 * xr) add(-W.rarer, null);
}
