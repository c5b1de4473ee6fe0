// Picks between the precise pass and Readability, following trafilatura's compare_extraction.
import type { Block } from './collect.js';
import { THRESHOLDS } from './patterns.js';

export type Choice = 'ours' | 'readability';

export const textLength = (blocks: Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

export function chooseExtraction(ours: Block[], algo: Block[]): Choice {
  const lenOurs = textLength(ours);
  const lenAlgo = textLength(algo);
  if (lenAlgo === 0 || lenAlgo === lenOurs) return 'ours';
  if (lenOurs === 0) return 'readability';
  if (lenOurs > 2 * lenAlgo) return 'ours';
  if (lenAlgo > 2 * lenOurs) return 'readability';
  // Borderline: ours found no real paragraphs (only cells or list items) while Readability has text.
  const oursHasParagraphs = ours.some((b) => b.tag === 'p');
  if (!oursHasParagraphs && lenAlgo > THRESHOLDS.minExtractedChars * 2) return 'readability';
  return 'ours';
}

/**
 * Whether Readability could win at all. Its text is part of the page's text (at most `pageTextBound`), so
 * when ours has paragraphs and at least half that much text, chooseExtraction keeps ours whatever
 * Readability returns: the pass (the costliest step of HTML extraction) is skipped.
 */
export function readabilityMayWin(ours: Block[], pageTextBound: number): boolean {
  const len = textLength(ours);
  return !(len > 0 && 2 * len >= pageTextBound && ours.some((b) => b.tag === 'p'));
}
