// Compare coverage within a story (issue 6): what each article/outlet/group reports, omits, quotes,
// how it words and frames things, and where the articles conflict. Pure functions over the story's
// articles; the contract shapes of src/model/export.ts come from the *Contract helpers.
import type { z } from 'zod';
import type { Conflict, Coverage, Framing, OutletProfile, QuoteVariant } from '../model/export.js';
import { buildCoverage, coverageContract, type CoverageOptions, type CoverageResult } from './coverage.js';
import { conflictsContract, findConflicts, type StoryConflict } from './conflicts.js';
import { compareFraming, framingContract, type FramingResult } from './framing.js';
import { findQuoteVariants, quoteVariantsContract, type QuoteVariantGroup } from './quote-variants.js';
import { shareOfVoice, type ShareOfVoice } from './share-of-voice.js';
import type { CompareArticle } from './types.js';

export type * from './types.js';
export type { ClaimGroup, CoverageResult, SetCoverage } from './coverage.js';
export type { QuoteVariantGroup, QuoteRendering, VariantLabel, DiffPart } from './quote-variants.js';
export type { FramingResult, ArticleFraming, ReferentFraming, FramingFinding, FramingProfile } from './framing.js';
export type { StoryConflict, ConflictClaim } from './conflicts.js';
export type { ShareOfVoice, SpeakerShare } from './share-of-voice.js';
export { buildCoverage, coverageContract, findQuoteVariants, quoteVariantsContract, compareFraming, framingContract, findConflicts, conflictsContract, shareOfVoice };
export { splitClaims } from './claims.js';
export { alignClaims } from './align.js';

export interface StoryComparison {
  coverage: CoverageResult;
  quoteVariants: QuoteVariantGroup[];
  framing: FramingResult;
  conflicts: StoryConflict[];
  shareOfVoice: ShareOfVoice;
}

export function compareStory(articles: readonly CompareArticle[], options: CoverageOptions = {}): StoryComparison {
  const coverage = buildCoverage(articles, options);
  return {
    coverage,
    quoteVariants: findQuoteVariants(articles),
    framing: compareFraming(articles, options),
    conflicts: findConflicts(articles, coverage),
    shareOfVoice: shareOfVoice(articles, options.groupsOf),
  };
}

/** The story fields of the export contract. */
export function storyContract(c: StoryComparison): {
  coverage: z.infer<typeof Coverage>;
  quote_variants: z.infer<typeof QuoteVariant>[];
  framing: z.infer<typeof Framing>[];
  conflicts: z.infer<typeof Conflict>[];
} {
  return { coverage: coverageContract(c.coverage), quote_variants: quoteVariantsContract(c.quoteVariants), framing: framingContract(c.framing), conflicts: conflictsContract(c.conflicts) };
}

/** An outlet's `quoted` and `labels` over the stories it covers (the other profile fields come from the store). */
export function outletProfileParts(outlet: string, comparisons: readonly StoryComparison[]): Pick<z.infer<typeof OutletProfile>, 'quoted' | 'labels'> {
  const quoted = new Map<string, number>();
  const labels: Record<string, string[]> = {};
  for (const c of comparisons) {
    for (const s of c.shareOfVoice.byOutlet[outlet] ?? []) quoted.set(s.key, (quoted.get(s.key) ?? 0) + s.quotes);
    for (const [ref, ls] of Object.entries(c.framing.byOutlet[outlet]?.labels ?? {})) {
      const list = (labels[ref] ??= []);
      for (const l of ls) if (!list.includes(l)) list.push(l);
    }
  }
  return { quoted: [...quoted].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([entity_id, count]) => ({ entity_id, count })), labels };
}
