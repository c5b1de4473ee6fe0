// Mozilla Readability as the second opinion (trafilatura compares with readability-lxml the same way).
// Readability mutates the document, so this runs after every other reading of it.
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';
import { collectBlocks } from './collect.js';
import { filterBlocks, type Filtered } from './filter.js';
import type { RemovedBlock } from './types.js';

export interface ReadabilityResult extends Filtered {
  removed: RemovedBlock[];
}

export function readabilityPass(doc: DomDocument): ReadabilityResult | null {
  let root: DomElement | null | undefined;
  try {
    // keepClasses: the class rules then also prune the share bars and captions Readability leaves in.
    const reader = new Readability<DomElement>(doc as never, { serializer: (el) => el as unknown as DomElement, keepClasses: true });
    root = reader.parse()?.content;
  } catch {
    return null;
  }
  if (!root) return null;
  const collected = collectBlocks(root, { containers: null, prune: true });
  return { ...filterBlocks(collected.blocks, collected.removed, 'lenient'), removed: collected.removed };
}
