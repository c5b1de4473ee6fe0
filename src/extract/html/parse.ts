// Parses markup with linkedom after making sure there is one <html> root: linkedom takes the first
// element as the document element, so a fragment or a stray <style> before <html> would hide the body.
import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom.js';

const HTML_TAG_RE = /<html[\s>]/gi;
const HEAD_OR_BODY_RE = /<(head|body)[\s>]/i;
const DOCTYPE_RE = /^\s*<!doctype[^>]*>/i;

export function parseDocument(html: string): DomDocument {
  const start = htmlTagOutsideComments(html);
  let markup: string;
  if (start >= 0) {
    // Anything before <html> other than the doctype is stray (usually <style> or <script>): drop it.
    markup = start === 0 ? html : `<!DOCTYPE html>${html.slice(start)}`;
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
