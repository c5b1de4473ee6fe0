// What sets of a story's articles (one article, an outlet, an outlet group) report, alone report and
// leave out of its claim groups. One pass over the groups serves every set, so a story of many
// articles and outlets costs about its claims plus what is listed, not sets × groups.
import { THRESHOLDS } from './thresholds.js';

/** What a set of articles (one outlet, or an outlet group) reports, alone reports, and leaves out. */
export interface SetCoverage {
  articleIds: string[];
  reported: string[];
  unique: string[];
  omitted: string[];
}

export interface GroupLike {
  id: string;
  articleIds: readonly string[];
}

/**
 * For every set of article ids (of `total` articles in the story): the groups it reports (any of
 * its articles), reports alone (all of the group's articles are in the set, and some article is
 * not), and omits (none of its articles, while at least THRESHOLDS.omissionShare of the other
 * articles, and at least 2, report it). Lists keep the groups' order; the map keeps the sets' order.
 */
export function coverageOfSets(sets: ReadonlyMap<string, ReadonlySet<string>>, groups: readonly GroupLike[], total: number): Map<string, SetCoverage> {
  const keys = [...sets.keys()];
  const info = keys.map((k) => {
    const ids = sets.get(k)!;
    const others = total - ids.size;
    return { others, need: Math.max(2, Math.ceil(THRESHOLDS.omissionShare * others)), out: { articleIds: [...ids], reported: [] as string[], unique: [] as string[], omitted: [] as string[] } };
  });
  const setsOf = new Map<string, number[]>();
  keys.forEach((k, s) => {
    for (const a of sets.get(k)!) {
      let list = setsOf.get(a);
      if (!list) setsOf.set(a, (list = []));
      list.push(s);
    }
  });
  const byNeed = keys.map((_, s) => s).sort((x, y) => info[x].need - info[y].need);
  const inside = new Int32Array(keys.length);
  const touched: number[] = [];
  for (const g of groups) {
    const size = g.articleIds.length;
    for (const a of g.articleIds) for (const s of setsOf.get(a) ?? []) if (inside[s]++ === 0) touched.push(s);
    for (const s of touched) {
      info[s].out.reported.push(g.id);
      if (inside[s] === size && info[s].others > 0) info[s].out.unique.push(g.id);
    }
    for (const s of byNeed) {
      if (info[s].need > size) break;
      if (inside[s] === 0) info[s].out.omitted.push(g.id);
    }
    for (const s of touched) inside[s] = 0;
    touched.length = 0;
  }
  return new Map(keys.map((k, s) => [k, info[s].out]));
}

/** What the articles `ids` (of `total` in the story) report, alone report and omit, from claim groups or stored claims. */
export function setCoverage(ids: ReadonlySet<string>, groups: readonly GroupLike[], total: number): SetCoverage {
  return coverageOfSets(new Map([['', ids]]), groups, total).get('')!;
}
