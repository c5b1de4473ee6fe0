// The last rescue when both extractors come back (nearly) empty, as trafilatura's baseline():
// JSON-LD articleBody, else every <p>, else all body text.
import type { DomElement } from './dom.js';
import { parseDocument } from './parse.js';
import type { Block } from './collect.js';
import { collectBlocks } from './collect.js';
import { THRESHOLDS } from './patterns.js';
import { fold, visibleText } from './text.js';

const LINE_SPLIT_RE = /\n\s*\n|\r?\n/;
const TAG_RE = /<(p|div|br|h[1-6]|ul|li)\b[^>]*>/i;

export function baselineBlocks(body: DomElement, ldBody: string | null): { blocks: Block[]; method: string } {
  if (ldBody && ldBody.length >= THRESHOLDS.minExtractedChars) return { blocks: ldBodyBlocks(ldBody), method: 'baseline-jsonld' };
  const paragraphs = body.querySelectorAll('p');
  const texts: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const t = visibleText(paragraphs[i]);
    if (t) texts.push(t);
  }
  if (texts.join('').length >= THRESHOLDS.minExtractedChars) return { blocks: texts.map(asBlock), method: 'baseline-paragraphs' };
  return { blocks: collectBlocks(body, { containers: null, prune: false }).blocks, method: 'baseline-body' };
}

/** JSON-LD articleBody as blocks: plain text split at line breaks, or markup parsed like a page. */
export function ldBodyBlocks(ldBody: string): Block[] {
  if (TAG_RE.test(ldBody)) {
    const doc = parseDocument(ldBody);
    if (doc.body) return collectBlocks(doc.body, { containers: null, prune: false }).blocks;
  }
  return ldBody.split(LINE_SPLIT_RE).map(fold).filter(Boolean).map(asBlock);
}

function asBlock(text: string, order: number): Block {
  return { text, tag: 'p', linkChars: 0, main: true, order, list: -1 };
}
