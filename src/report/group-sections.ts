// The per outlet group part of a report, as plain rows every renderer formats its own way
// (Markdown, HTML, CSV): groups, the coverage matrix by group, what one group alone reports,
// quote share and framing by group.
import type { GroupTables } from '../compare/group-tables.js';

/** How many claims, speakers and claims per group the Markdown/HTML tables show (the CSV has all). */
export const GROUP_LIMITS = { matrixRows: 60, uniquePerGroup: 6, speakersPerGroup: 5 } as const;

export interface GroupRows {
  /** name, outlets, article count. */
  groups: [string, string, number][];
  /** Claims by how many groups report them (most first): claim text, then "k/n" or "" per group. */
  matrix: { claimId: string; text: string; cells: string[] }[];
  /** Group → texts of claims only its articles report. */
  unique: [string, string[]][];
  /** Group → "speaker (share%, n quotes)". */
  voices: [string, string[]][];
  /** Referent, then the labels of each group joined by "; ". */
  framing: { referent: string; cells: string[] }[];
}

export function groupRows(t: GroupTables): GroupRows {
  const names = t.groups.map((g) => g.name);
  const size = new Map(t.groups.map((g) => [g.name, g.articleIds.length]));
  const reach = (counts: Record<string, number>) => names.filter((n) => counts[n] > 0).length;
  const matrix = [...t.matrix]
    .sort((a, b) => reach(b.counts) - reach(a.counts))
    .map((r) => ({ claimId: r.claimId, text: r.text, cells: names.map((n) => (r.counts[n] ? `${r.counts[n]}/${size.get(n)}` : '')) }));
  const textOf = new Map(t.matrix.map((r) => [r.claimId, r.text]));
  return {
    groups: t.groups.map((g) => [g.name, g.outlets.join(', '), g.articleIds.length]),
    matrix,
    unique: names.map((n) => [n, (t.coverage[n]?.unique ?? []).map((id) => textOf.get(id) ?? id)]),
    voices: names.map((n) => [n, (t.quoteShare[n] ?? []).map((s) => `${s.speaker} (${Math.round(100 * s.share)}%, ${s.quotes} quote${s.quotes === 1 ? '' : 's'})`)]),
    framing: t.framing.map((f) => ({ referent: f.referent, cells: names.map((n) => (f.labels[n] ?? []).join('; ')) })),
  };
}
