// Gathers everything a report of one story shows, from the store: the story with its comparison
// (coverage, quote variants, framing, conflicts), its articles and its timeline.
import { groupTables, type GroupTables } from '../compare/group-tables.js';
import type { GroupsOf } from '../compare/types.js';
import type { Article } from '../model/article.js';
import type { Story } from '../model/export.js';
import type { TimelineEntry } from '../stories/events/index.js';
import { timeline } from '../services/timeline.js';
import type { Store } from '../store/repository.js';

export type Cell = 'reported' | 'differently' | 'absent';

export interface StoryReport {
  story: Story;
  articles: Article[];
  /** claim id → article id → how the article reports it. */
  matrix: Map<string, Map<string, Cell>>;
  /** Claims most other articles report that this one lacks (needs ≥ 2 others reporting). */
  omissions: Map<string, string[]>;
  timeline: TimelineEntry[];
  /** Per outlet group tables, when the report was asked for groups (`--groups FILE`). */
  groups: GroupTables | null;
}

export interface StoryReportOptions {
  /** Outlet name → its groups; with it the report carries per-group tables. */
  groupsOf?: GroupsOf;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export async function buildStoryReport(store: Store, storyId: string, options: StoryReportOptions = {}): Promise<StoryReport | null> {
  const story = await store.stories.get(storyId);
  if (!story) return null;
  const articles: Article[] = [];
  for (const id of story.article_ids) {
    const a = await store.articles.get(id);
    if (a) articles.push(a);
  }
  const matrix = new Map<string, Map<string, Cell>>();
  const omissions = new Map<string, string[]>();
  for (const claim of story.coverage?.claims ?? []) {
    const row = new Map<string, Cell>();
    for (const a of articles) {
      const variant = claim.variants.find((v) => v.article_id === a.id);
      row.set(a.id, !claim.article_ids.includes(a.id) ? 'absent' : variant && fold(variant.text) !== fold(claim.text) ? 'differently' : 'reported');
    }
    matrix.set(claim.id, row);
    if (claim.article_ids.length >= 2) {
      for (const a of articles) if (!claim.article_ids.includes(a.id)) omissions.set(a.id, [...(omissions.get(a.id) ?? []), claim.id]);
    }
  }
  const entries = await timeline(store, { story: story.id });
  let groups: GroupTables | null = null;
  if (options.groupsOf) {
    const quotes = articles.length ? (await store.quotes.list({ articles: articles.map((a) => a.id) }, { limit: 100_000, offset: 0 })).items : [];
    groups = groupTables(story, articles.map((a) => ({ id: a.id, outlet: a.outlet?.name ?? null })), quotes, options.groupsOf);
  }
  return { story, articles, matrix, omissions, timeline: entries, groups };
}

export function outletOf(a: Article): string {
  return a.outlet?.name ?? a.source;
}
