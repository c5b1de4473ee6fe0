// Paragraph-level decisions on collected blocks: link lists, teasers, captions, bylines, datelines.
import type { Block } from './collect.js';
import { record } from './collect.js';
import { DATE_LINE_RE, LINE_RULES, THRESHOLDS } from './patterns.js';
import type { RemovedBlock } from './types.js';
import { normaliseDate } from './dates.js';

export interface Filtered {
  kept: Block[];
  /** Texts of header lines set aside as byline/dateline, for the metadata fallbacks. */
  bylines: string[];
  datelines: string[];
}

export type LinkMode = keyof typeof THRESHOLDS.links;

/** Short lines are tested against the line rules; long ones are prose whatever they start with. */
const MAX_RULE_LINE = 300;
/** A bare date outside the body ("5 March 2024") is a dateline when this short. */
const MAX_DATE_LINE = 60;
const DIGIT_RE = /\d/;

function lineReason(text: string): string | null {
  if (text.length > MAX_RULE_LINE) return null;
  for (const rule of LINE_RULES) if (rule.re.test(text)) return rule.reason;
  if (text.length <= 100 && DATE_LINE_RE.test(text)) return 'dateline';
  return null;
}

/** Lists whose items together are short and mostly links (menus, "related" lists). */
function linkLists(blocks: Block[], mode: LinkMode): Set<number> {
  const limits = THRESHOLDS.links[mode];
  const sums = new Map<number, { chars: number; links: number }>();
  for (const b of blocks) {
    if (b.list < 0) continue;
    const s = sums.get(b.list) ?? { chars: 0, links: 0 };
    s.chars += b.text.length;
    s.links += b.linkChars;
    sums.set(b.list, s);
  }
  const dense = new Set<number>();
  for (const [id, s] of sums) if (s.chars < limits.listMaxChars && s.links > s.chars * limits.density) dense.add(id);
  return dense;
}

function linkDense(block: Block, mode: LinkMode): boolean {
  const limits = THRESHOLDS.links[mode];
  const max = block.tag === 'p' ? limits.pMaxChars : limits.maxChars;
  return block.text.length < max && block.linkChars > block.text.length * limits.density;
}

/** Blocks outside the main container: the headline, header lines the rules know, or just "outside-main". */
function outsideReason(block: Block): string {
  if (block.tag === 'h1') return 'title';
  const reason = lineReason(block.text);
  if (reason === 'byline' || reason === 'dateline') return reason;
  if (block.text.length <= MAX_DATE_LINE && DIGIT_RE.test(block.text) && normaliseDate(block.text)) return 'dateline';
  return 'outside-main';
}

/** Splits main blocks into kept paragraphs and removed entries (appended to `removed`). */
export function filterBlocks(blocks: Block[], removed: RemovedBlock[], mode: LinkMode = 'strict'): Filtered {
  const result: Filtered = { kept: [], bylines: [], datelines: [] };
  const denseLists = linkLists(blocks, mode);
  let beforeMain = true;
  for (const block of blocks) {
    if (!block.main) {
      const reason = outsideReason(block);
      record(removed, block.text.slice(0, THRESHOLDS.maxRemovedChars), reason);
      // Only the header area above the body text feeds the byline/date fallbacks.
      if (beforeMain && reason === 'byline') result.bylines.push(block.text);
      if (beforeMain && reason === 'dateline') result.datelines.push(block.text);
      continue;
    }
    beforeMain = false;
    const reason = lineReason(block.text) ?? (denseLists.has(block.list) || (block.list < 0 && linkDense(block, mode)) ? 'links' : null);
    if (reason === null) {
      result.kept.push(block);
      continue;
    }
    record(removed, block.text.slice(0, THRESHOLDS.maxRemovedChars), reason);
    if (reason === 'byline') result.bylines.push(block.text);
    else if (reason === 'dateline') result.datelines.push(block.text);
  }
  return result;
}
