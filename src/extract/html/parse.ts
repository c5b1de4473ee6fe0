// Parses markup with linkedom after making sure there is one <html> root: linkedom takes the first
// element as the document element, so a fragment or a stray <style> before <html> would hide the body.
import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom.js';

const HTML_TAG_RE = /<html[\s>]/gi;
const HEAD_OR_BODY_RE = /<(head|body)[\s>]/i;
const HEAD_TAG_RE = /<head[\s>]/i;
const DOCTYPE_RE = /^\s*<!doctype[^>]*>/i;

export function parseDocument(html: string): DomDocument {
  const start = htmlTagOutsideComments(html);
  let markup: string;
  if (start >= 0) {
    // Markup before <html> (a <style>, even JSON-LD) is moved into the head, where the parser keeps it.
    const prefix = html.slice(0, start).replace(DOCTYPE_RE, '');
    markup = prefix.trim() === '' ? html : `<!DOCTYPE html>${moveIntoHead(html.slice(start), prefix)}`;
  } else {
    const body = html.replace(DOCTYPE_RE, '');
    markup = HEAD_OR_BODY_RE.test(body) ? `<!DOCTYPE html><html>${body}</html>` : `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;
  }
  return parseHTML(markup).document as unknown as DomDocument;
}

/** Offset of the first <html> tag that is not inside a comment (IE conditional comments hold several). */
function htmlTagOutsideComments(html: string): number {
  HTML_TAG_RE.lastIndex = 0;
  for (let m = HTML_TAG_RE.exec(html); m; m = HTML_TAG_RE.exec(html)) {
    if (html.lastIndexOf('<!--', m.index) <= html.lastIndexOf('-->', m.index)) return m.index;
  }
  return -1;
}

function moveIntoHead(page: string, prefix: string): string {
  const head = HEAD_TAG_RE.exec(page);
  if (head) {
    const end = page.indexOf('>', head.index) + 1;
    return `${page.slice(0, end)}${prefix}${page.slice(end)}`;
  }
  const end = page.indexOf('>') + 1;
  return `${page.slice(0, end)}<head>${prefix}</head>${page.slice(end)}`;
}
