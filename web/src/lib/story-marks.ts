// Which passages of one article a story's comparison talks about: claims it shares with other
// articles, claims only it reports, and sentences that conflict with another article's.
import type { Story } from '../api.js';
import { locate, resolveOverlaps, type Span } from './spans.js';

export type MarkKind = 'conflict' | 'unique' | 'shared';

export const MARK_LABEL: Record<MarkKind, string> = {
  conflict: 'conflicts with another article',
  unique: 'only this article reports it',
  shared: 'other articles report it too',
};

export function storyMarks(story: Story, articleId: string, text: string): Span<MarkKind>[] {
  const spans: Span<MarkKind>[] = [];
  for (const c of story.conflicts) {
    for (const claim of c.claims) {
      if (claim.article_id !== articleId) continue;
      const at = locate(text, claim.text);
      if (at) spans.push({ ...at, kind: 'conflict', title: `Conflict about ${c.about}` });
    }
  }
  const unique = new Set(story.coverage?.unique[articleId] ?? []);
  for (const claim of story.coverage?.claims ?? []) {
    if (!claim.article_ids.includes(articleId)) continue;
    const own = claim.variants.find((v) => v.article_id === articleId)?.text ?? claim.text;
    const at = locate(text, own);
    if (!at) continue;
    const others = claim.article_ids.length - 1;
    if (unique.has(claim.id) || others === 0) spans.push({ ...at, kind: 'unique', title: MARK_LABEL.unique });
    else spans.push({ ...at, kind: 'shared', title: `${others} other ${others === 1 ? 'article reports' : 'articles report'} it` });
  }
  return resolveOverlaps(spans);
}

export type Cell = 'reported' | 'differently' | 'absent';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** One coverage-matrix cell: the article states the claim as worded, in other words, or not at all. */
export function coverageCell(claim: NonNullable<Story['coverage']>['claims'][number], articleId: string): Cell {
  if (!claim.article_ids.includes(articleId)) return 'absent';
  const v = claim.variants.find((x) => x.article_id === articleId);
  return !v || norm(v.text) === norm(claim.text) ? 'reported' : 'differently';
}
