// Per outlet group tables of a stored story: the coverage matrix, quote share and framing read per
// group of outlets (registry `groups` or a user's file) instead of per article. Built from the
// story record the compare stage stored (claims with their articles, framing labels per article)
// and the story's quotes, so changing the groups never re-runs the comparison.
import type { Quote, Story } from '../model/export.js';
import { setCoverage, type SetCoverage } from './coverage.js';
import { shareOfVoice, type SpeakerShare, type VoiceArticle } from './share-of-voice.js';
import type { GroupsOf } from './types.js';

/** The group of articles whose outlet is in no group (or unknown), so every article is counted once at least. */
export const UNGROUPED = '(no group)';

export interface GroupTableArticle {
  id: string;
  outlet: string | null;
}

export interface OutletGroup {
  name: string;
  outlets: string[];
  articleIds: string[];
}

export interface GroupTables {
  /** Groups of the story's outlets, most articles first; an article is in every group of its outlet. */
  groups: OutletGroup[];
  /** One row per claim: how many of each group's articles report it. */
  matrix: { claimId: string; text: string; counts: Record<string, number> }[];
  /** Group → claim ids it reports, reports alone (no article outside it does), and leaves out. */
  coverage: Record<string, SetCoverage>;
  /** Group → whom its articles quote, by quoted words. */
  quoteShare: Record<string, SpeakerShare[]>;
  /** Referent → group → labels the group's articles use in their own narration. */
  framing: { referent: string; labels: Record<string, string[]> }[];
}

function groupsOfArticles(articles: readonly GroupTableArticle[], groupsOf: GroupsOf): OutletGroup[] {
  const byName = new Map<string, OutletGroup>();
  for (const a of articles) {
    const names = a.outlet ? groupsOf(a.outlet) : [];
    for (const name of names.length ? [...new Set(names)] : [UNGROUPED]) {
      let g = byName.get(name);
      if (!g) byName.set(name, (g = { name, outlets: [], articleIds: [] }));
      g.articleIds.push(a.id);
      if (a.outlet && !g.outlets.includes(a.outlet)) g.outlets.push(a.outlet);
    }
  }
  return [...byName.values()].sort((x, y) => y.articleIds.length - x.articleIds.length || x.name.localeCompare(y.name));
}

export function groupTables(
  story: Pick<Story, 'coverage' | 'framing'>,
  articles: readonly GroupTableArticle[],
  quotes: readonly Quote[],
  groupsOf: GroupsOf,
): GroupTables {
  const groups = groupsOfArticles(articles, groupsOf);
  const members = new Map(groups.map((g) => [g.name, new Set(g.articleIds)]));
  const claims = (story.coverage?.claims ?? []).map((c) => ({ id: c.id, text: c.text, articleIds: c.article_ids }));
  const matrix = claims.map((c) => ({
    claimId: c.id,
    text: c.text,
    counts: Object.fromEntries(groups.map((g) => [g.name, c.articleIds.filter((id) => members.get(g.name)!.has(id)).length])),
  }));
  const coverage = Object.fromEntries(groups.map((g) => [g.name, setCoverage(members.get(g.name)!, claims, articles.length)]));
  // Share of voice tallies by outlet group; each article is handed over with its groups as its own.
  const quotesOf = new Map<string, Quote[]>();
  for (const q of quotes) quotesOf.set(q.article_id, [...(quotesOf.get(q.article_id) ?? []), q]);
  const voice: VoiceArticle[] = articles.map((a) => ({
    id: a.id, outlet: null, quotes: quotesOf.get(a.id) ?? [],
    outletGroups: groups.filter((g) => members.get(g.name)!.has(a.id)).map((g) => g.name),
  }));
  const quoteShare = shareOfVoice(voice).byGroup;
  const framing = story.framing.map((f) => ({
    referent: f.referent,
    labels: Object.fromEntries(groups.map((g) => [g.name, [...new Set(g.articleIds.flatMap((id) => f.labels[id] ?? []))]])),
  }));
  return { groups, matrix, coverage, quoteShare, framing };
}
