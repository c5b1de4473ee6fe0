// The date-finding pipeline as data: chrono's casual English configuration plus the news parsers and
// refiners, in order. Order matters where commented.
import * as chrono from 'chrono-node';
import { DurationParser } from './parsers/duration-parser.js';
import { FuzzyRefParser } from './parsers/fuzzy-ref-parser.js';
import { QuarterParser } from './parsers/quarter-parser.js';
import { RelativeParser } from './parsers/relative-parser.js';
import { SetParser } from './parsers/set-parser.js';
import { YearParser } from './parsers/year-parser.js';
import { DayFirstRefiner } from './refiners/day-first-refiner.js';
import { MonthEdgeRefiner } from './refiners/month-edge-refiner.js';
import { NewsFilterRefiner } from './refiners/news-filter-refiner.js';
import { NewsWeekdayRefiner } from './refiners/news-weekday-refiner.js';
import { RecentMonthRefiner } from './refiners/recent-month-refiner.js';
import { TrimRefiner } from './refiners/trim-refiner.js';
import { RestoreTimexRefiner, SetAsideTimexRefiner } from './refiners/timex-set-aside.js';

export function createNewsChrono(): chrono.Chrono {
  const news = chrono.casual.clone();
  // News parsers first: on a tie in extent their result wins (see RestoreTimexRefiner).
  news.parsers.unshift(
    new QuarterParser(), new RelativeParser(), new DurationParser(), new YearParser(), new SetParser(), new FuzzyRefParser(),
  );
  // Must run before chrono's merging refiners so they never glue a TIMEX-tagged result to a date.
  news.refiners.unshift(new SetAsideTimexRefiner(), new DayFirstRefiner());
  news.refiners.push(
    new TrimRefiner(),
    new NewsFilterRefiner(),
    new MonthEdgeRefiner(),
    // Both after chrono's ForwardDateRefiner and merges, which would otherwise re-imply the date.
    new NewsWeekdayRefiner(),
    new RecentMonthRefiner(),
    // Last: puts the tagged results back and settles overlaps.
    new RestoreTimexRefiner(),
  );
  return news;
}
