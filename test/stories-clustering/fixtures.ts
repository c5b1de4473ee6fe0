// Hand-written fictional articles: four happenings, two of them the same kind of event with the
// same people years apart (a near miss), plus fixed clustering parameters so tests do not depend
// on the learned model file.
import type { ArticleSummary, ClusteringModel } from '../../src/stories/clustering/types.js';
export { shuffled } from '../helpers/shuffled.js';

const ent = (name: string, type = 'PERSON') => ({ key: name.toLowerCase(), name, type });

function article(id: string, published: string, title: string, text: string, people: string[], places: string[] = []): ArticleSummary {
  const entities = [...people.flatMap((p) => [ent(p), ent(p)]), ...places.map((p) => ent(p, 'GPE'))];
  return { id, title, text, published, outlet: `outlet-${id.slice(-1)}`, entities, dates: [{ value: published.slice(0, 10) }] };
}

const CALL_2025 = 'Foreign minister Varga held a long phone call with Sandoval about grain corridors, border tariffs and the fishing dispute. The call lasted two hours and both sides described it as frank.';
const CALL_2028 = 'Foreign minister Varga held a phone call with Sandoval about grain corridors and border tariffs after the new fishing dispute. Aides described the call as frank and long.';
const FLOOD = 'Heavy rain flooded the river valley around Ostrava; rescue teams evacuated villages, bridges collapsed and the dam overflowed while volunteers filled sandbags.';
const SUMMIT = 'Leaders of the coastal league opened a summit in Valdor on ocean plastic, shipping lanes and harbour fees, promising a joint treaty on plastic waste.';

export const ARTICLES: ArticleSummary[] = [
  article('a01', '2025-03-06', 'Varga and Sandoval discuss grain corridors in phone call', CALL_2025, ['Varga', 'Sandoval']),
  article('a02', '2025-03-06', 'Varga, Sandoval call covers tariffs and grain', CALL_2025.replace('long', 'lengthy'), ['Varga', 'Sandoval']),
  article('a03', '2025-03-07', 'Frank phone call between Varga and Sandoval on fishing dispute', CALL_2025.replace('two hours', 'over an hour'), ['Varga', 'Sandoval']),
  article('a04', '2028-09-14', 'Varga and Sandoval hold phone call on grain corridors', CALL_2028, ['Varga', 'Sandoval']),
  article('a05', '2028-09-15', 'Varga phones Sandoval over tariffs and fishing', CALL_2028.replace('long', 'tense'), ['Varga', 'Sandoval']),
  article('a06', '2026-05-02', 'Floods hit Ostrava valley as dam overflows', FLOOD, [], ['Ostrava']),
  article('a07', '2026-05-02', 'Ostrava floods: villages evacuated, bridges collapse', FLOOD.replace('Heavy', 'Torrential'), [], ['Ostrava']),
  article('a08', '2026-05-03', 'Rescue teams battle Ostrava flood', FLOOD.replace('volunteers', 'soldiers'), [], ['Ostrava']),
  article('a09', '2027-11-20', 'Coastal league summit in Valdor targets ocean plastic', SUMMIT, ['Mirela Quist'], ['Valdor']),
  article('a10', '2027-11-20', 'Valdor summit promises plastic waste treaty', SUMMIT.replace('opened', 'began'), ['Mirela Quist'], ['Valdor']),
];

export const TEST_MODEL: ClusteringModel = {
  shortTextTokens: 5,
  titleBoost: 3,
  event: {
    full: { entityWeight: 0.4, linkThreshold: 0.3, mergeThreshold: 0.25, dateGapDays: 7, datePenalty: 0.5, yearPenalty: 0.3, yearGap: 2, sameDayBonus: 0.05 },
    short: { entityWeight: 0, linkThreshold: 0.3, mergeThreshold: 0.25, dateGapDays: 7, datePenalty: 0.5, yearPenalty: 0.3, yearGap: 2, sameDayBonus: 0 },
  },
  story: { entityWeight: 0.6, linkThreshold: 0.3, mergeThreshold: 0.2, dateGapDays: null, datePenalty: 0, yearPenalty: 0, yearGap: 2, sameDayBonus: 0 },
  retrieval: { termKeys: 12, entityKeys: 8, postingCap: 50, minPartial: 0.01 },
};
