// Chrono's ENTimeExpressionParser builds a date object for every number it meets ("194 workers",
// "74 votes") before it finds that the number is no clock time. The guard makes the same checks first.
import type { Parser, ParsingContext } from 'chrono-node';

type PrimaryTime = (context: ParsingContext, match: RegExpMatchArray, strict?: boolean) => unknown;

/**
 * The time parser with chrono's own early rejections made before any date object is built: they return
 * the same null (chrono-node 2.10 AbstractTimeExpressionParser.extractPrimaryTimeComponents, groups 2, 3, 6).
 */
export function rejectingNonTimesEarly(parser: Parser): Parser {
  type TimeParser = Parser & { extractPrimaryTimeComponents?: PrimaryTime; strictMode?: boolean };
  const inner = (parser as TimeParser).extractPrimaryTimeComponents;
  if (typeof inner !== 'function') throw new Error('news-chrono: chrono-node no longer has extractPrimaryTimeComponents');
  // A new object on top of chrono's shared instance (chrono.casual keeps its own parser as it was).
  const guarded = Object.create(parser) as TimeParser;
  guarded.extractPrimaryTimeComponents = function (this: TimeParser, context, match, strict) {
    return isNoClockTime(match, this.strictMode === true) ? null : inner.call(this, context, match, strict);
  };
  return guarded;
}

function isNoClockTime(match: RegExpMatchArray, strictMode: boolean): boolean {
  const hourText = match[2], minuteText = match[3], ampm = match[6];
  let hour = parseInt(hourText);
  let minute = 0;
  if (hour > 100) {
    if (hourText.length === 4 && minuteText == null && !ampm) return true;
    if (strictMode || minuteText != null) return true;
    minute = hour % 100;
    hour = Math.floor(hour / 100);
  }
  if (hour > 24) return true;
  if (minuteText != null) {
    if (minuteText.length === 1 && !ampm) return true;
    minute = parseInt(minuteText);
  }
  return minute >= 60;
}
