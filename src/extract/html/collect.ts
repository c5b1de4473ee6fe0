// One pass over the body: prunes boilerplate subtrees and cuts the rest into paragraph blocks,
// recording every dropped block with its reason. Iterative, so deeply nested broken HTML is safe.
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { BLOCK_TAGS, JUNK_TAGS, THRESHOLDS } from './patterns.js';
import { fold, visibleLength, visibleText } from './text.js';
import { boilerplateReason } from './classify.js';
import type { RemovedBlock } from './types.js';

export interface Block {
  text: string;
  /** Innermost block tag holding the text (p, li, h2, div, td, ...). */
  tag: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** Inside the main container(s). */
  main: boolean;
  /** Index of the block among main blocks, or -1. */
  order: number;
  /** Id of the enclosing ul/ol/dl (link lists are judged as a whole), or -1. */
  list: number;
}

export interface Collected {
  blocks: Block[];
  removed: RemovedBlock[];
  /** Visible text length of the main container(s), for the pruning guard. */
  mainChars: number;
}

export interface CollectOptions {
  /** Main containers; null means the whole root is main. */
  containers: DomElement[] | null;
  /** Apply the class/role/tag pruning rules inside main (off for Readability output that is already clean). */
  prune: boolean;
}

const LIST_TAGS = new Set(['ul', 'ol', 'dl']);
const INLINE_TAGS = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'u', 'small', 'time', 'abbr', 'cite', 'q', 'sup', 'sub', 'mark', 'font', 'code', 'label']);

type Frame = { node: DomNode; exit: boolean };

export function collectBlocks(root: DomElement, opts: CollectOptions): Collected {
  const containers = new Set(opts.containers ?? [root]);
  const holders = ancestorsOf(containers, root);
  const mainChars = [...containers].reduce((n, el) => n + visibleLength(el), 0);
  const out: Collected = { blocks: [], removed: [], mainChars };
  const tags: string[] = ['body'];
  let mainDepth = 0;
  let linkDepth = 0;
  let parts: string[] = [];
  let linkChars = 0;
  let order = 0;
  const lists: number[] = [];
  let listCount = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = fold(parts.join(''));
    parts = [];
    const links = Math.min(linkChars, text.length);
    linkChars = 0;
    if (text.length === 0) return;
    const main = mainDepth > 0;
    const list = lists.length > 0 ? lists[lists.length - 1] : -1;
    out.blocks.push({ text, tag: tags[tags.length - 1], linkChars: links, main, order: main ? order++ : -1, list });
  };

  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      parts.push(t);
      if (linkDepth > 0) linkChars += t.trim().length;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.localName;
    if (exit) {
      if (tag === 'a') linkDepth--;
      if (LIST_TAGS.has(tag)) lists.pop();
      if (BLOCK_TAGS.has(tag)) {
        flush();
        tags.pop();
      }
      if (containers.has(node)) mainDepth--;
      continue;
    }
    if (JUNK_TAGS.has(tag)) continue;
    const isContainer = containers.has(node);
    if (node !== root && !isContainer && !holders.has(node) && (mainDepth === 0 || opts.prune)) {
      // Inline elements inside main are part of a sentence ("<span class=dateline>KOBE –</span> A total...").
      const reason = mainDepth > 0 && INLINE_TAGS.has(tag) ? null : boilerplateReason(node, mainDepth > 0);
      // An article header outside the body container is walked, not dropped whole: its headline,
      // byline and dateline are then recorded one by one (and feed the metadata fallbacks).
      const articleHeader = reason === 'header' && mainDepth === 0 && node.querySelector('h1') !== null;
      if (reason && !articleHeader && !(mainDepth > 0 && guarded(node, mainChars))) {
        flush();
        record(out.removed, visibleText(node, THRESHOLDS.maxRemovedChars), reason);
        continue;
      }
    }
    if (isContainer) mainDepth++;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      tags.push(tag);
    }
    if (tag === 'a') linkDepth++;
    if (LIST_TAGS.has(tag)) lists.push(listCount++);
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush();
  return out;
}

/** Elements enclosing a main container: never pruned, whatever their class says. */
function ancestorsOf(containers: Set<DomElement>, root: DomElement): Set<DomNode> {
  const result = new Set<DomNode>();
  for (const el of containers) {
    for (let p = el.parentNode; p && p !== root && !result.has(p); p = p.parentNode) result.add(p);
  }
  return result;
}

/** Never prune an element holding most of the main text: its class is a layout name, not boilerplate. */
function guarded(el: DomElement, mainChars: number): boolean {
  if (mainChars < THRESHOLDS.minContainerChars * 2) return false;
  return visibleLength(el) > mainChars * THRESHOLDS.guardShare;
}

/** Appends a removed block, skipping empty and 1-character texts and respecting the cap. */
export function record(removed: RemovedBlock[], text: string, reason: string): void {
  if (text.length <= 1 || removed.length >= THRESHOLDS.maxRemoved) return;
  removed.push({ text, reason });
}
