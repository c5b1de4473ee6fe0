// Star clustering of one family's person names (the names sharing a family name): the biggest
// names are anchors, and a spelling variant or a surname alone joins an anchor when their contexts
// agree. Shared by the incremental EntityIndex and the corpus linker (corpus-links.ts), which keep
// their names differently but must cluster them identically.
import { contextsAgree, type NameContext } from './group-context.js';
import { SPELLING_MERGE } from './lexicon.js';
import { isSpellingVariant } from './spelling.js';

/** One person name (a canonical key) with what the corpus knows about it. */
export interface FamilyName {
  key: string;
  /** Normalised name parts. */
  parts: string[];
  /** Articles that have the name. */
  articles: number;
  mentions: number;
  context: NameContext;
}

/**
 * The anchor key of each name, by the names' own order: most articles, then mentions, then key
 * (a total order, so the result does not depend on how the names are given).
 */
export function starAnchors(names: readonly FamilyName[]): Map<string, string> {
  const anchorOf = new Map<string, string>();
  const ranked = [...names].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
  // The family's own names are no evidence for each other.
  const ignore = new Set(names.map((n) => n.key));
  const anchors: FamilyName[] = [];
  for (const g of ranked) {
    if (g.parts.length < 2) continue;
    const a = anchors.find((x) => isSpellingVariant(x.parts, g.parts) && contextsAgree(x.context, g.context, ignore));
    if (a) anchorOf.set(g.key, a.key);
    else {
      anchors.push(g);
      anchorOf.set(g.key, g.key);
    }
  }
  for (const g of ranked) {
    if (g.parts.length >= 2) continue;
    // A surname alone is safe to attach only when its family has exactly one full name.
    const only = anchors.length === 1 ? anchors[0] : null;
    const join = only && contextsAgree(only.context, g.context, ignore, SPELLING_MERGE.minEvidenceSurname);
    anchorOf.set(g.key, join ? only.key : g.key);
  }
  return anchorOf;
}
