// Whitespace folding and small text helpers shared by the extraction stages.
import { JUNK_TAGS } from './patterns.js';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

const SPACE_RE = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;
const TOKEN_SPLIT_RE = /\s+/;

/** Collapses every whitespace run (including NBSP and zero-width space) to one space and trims. */
export function fold(text: string): string {
  return text.replace(SPACE_RE, ' ').trim();
}

/** Visible text length of a subtree, skipping script/style-like tags (iterative: deep trees are common in broken HTML). */
export function visibleLength(root: DomNode): number {
  let total = 0;
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      total += (node.textContent ?? '').trim().length;
      continue;
    }
    if (isElement(node) && node !== root && JUNK_TAGS.has(node.localName)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return total;
}

/** Elements whose text Readability deletes before reading the page. */
const DELETED_BY_READABILITY = new Set(['script', 'noscript', 'style']);

/**
 * An upper bound on the folded text of any selection of the page's text nodes: their characters, with a
 * run of ASCII white space counted once, outside script, noscript and style. Readability's result is
 * such a selection (it moves and renames nodes, never adds text).
 */
export function pageTextBound(root: DomNode): number {
  let total = 0;
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      let space = false;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        const s = c === 32 || (c >= 9 && c <= 13);
        if (!s || !space) total++;
        space = s;
      }
      continue;
    }
    if (isElement(node) && DELETED_BY_READABILITY.has(node.localName)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return total;
}

/** Folded text of a subtree without script/style content, capped at `max` characters. */
export function visibleText(root: DomNode, max = Infinity): string {
  const parts: string[] = [];
  let size = 0;
  const stack: DomNode[] = [root];
  while (stack.length > 0 && size < max) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      parts.push(t);
      size += t.length;
      continue;
    }
    if (isElement(node)) {
      if (node !== root && JUNK_TAGS.has(node.localName)) continue;
      parts.push(' ');
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  const text = fold(parts.join(''));
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

/** Lower-cased class tokens plus the id, the units the class rules test. */
export function classTokens(el: DomElement): string[] {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const tokens = cls ? cls.toLowerCase().split(TOKEN_SPLIT_RE).filter(Boolean) : [];
  if (id) tokens.push(id.toLowerCase());
  return tokens;
}

const ENTITY_RE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * Decodes entities left in metadata that was escaped twice ("&amp;#8216;" arrives as "&#8216;").
 * The parser already decoded once; this covers only the residue, so a tiny table is enough.
 */
export function decodeResidualEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? m;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
