// Tells a file's format from its first bytes and its name: content signals win over the extension.
import { extname } from 'node:path';
import type { EncodingGuess } from './decode.js';
import { MAX_CONTROL_SHARE, SNIFF_CHARS } from './limits.js';
import {
  CSV_DELIMITERS, CSV_EXTS, FEED_EXTS, FEED_ROOT_RE, GZIP_EXTS, GZIP_MAGIC, HTML_EXTS, HTML_STRONG_RE, HTML_TAG_RE,
  JSONL_EXTS, JSONL_HEAD_RE, JSON_EXTS, JSON_START_RE, MARKDOWN_EXTS, WARC_EXTS, WARC_MAGIC, XML_DECL_START_RE,
} from './sniff-patterns.js';
import { hasArticleColumn } from './record-fields.js';

export type SniffedFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'csv' | 'feed' | 'warc';

/** The extension that names the content (`a.jsonl.gz` → `.jsonl`) and whether the name says gzip. */
export function nameHints(name: string): { ext: string; gz: boolean } {
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(name) ? name.replace(/[?#].*$/, '') : name; // URLs: drop query and fragment
  const last = extname(path).toLowerCase();
  if (!GZIP_EXTS.has(last)) return { ext: last, gz: false };
  return { ext: extname(path.slice(0, -last.length)).toLowerCase(), gz: true };
}

export function hasGzipMagic(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

export function hasWarcMagic(head: Buffer): boolean {
  return head.subarray(0, WARC_MAGIC.length).toString('latin1') === WARC_MAGIC;
}

export function isWarcName(ext: string): boolean {
  return WARC_EXTS.has(ext);
}

/** Why the head is binary rather than text, or null. UTF-16/32 (found by BOM or NUL pattern) is text. */
export function binaryReason(head: Uint8Array, guess: EncodingGuess): string | null {
  if (guess.encoding.startsWith('utf-16') || guess.encoding.startsWith('utf-32')) return null;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'binary content, not text (NUL bytes)';
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) controls++;
  }
  return head.length && controls / head.length > MAX_CONTROL_SHARE ? 'binary content, not text (control characters)' : null;
}

/** The delimiter that splits the header line into the most cells (quotes respected). */
export function csvDelimiter(headerLine: string, ext: string): string {
  if (ext === '.tsv') return '\t';
  let best: string = CSV_DELIMITERS[0];
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    const n = splitCsvLine(headerLine, d).length - 1;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells.map((c) => c.trim());
}

/** A header line of named columns, one of which is a title or text column. */
function looksLikeCsvHeader(firstLine: string, ext: string): boolean {
  const cells = splitCsvLine(firstLine, csvDelimiter(firstLine, ext));
  return cells.length >= 2 && cells.every((c) => c.length > 0 && c.length <= 64) && hasArticleColumn(cells);
}

/** Picks the format from the decoded head of the content (BOM removed) and the file extension. */
export function sniffFormat(headText: string, ext: string): SniffedFormat {
  const t = headText.replace(/^\uFEFF/, '').trimStart();
  const head = t.slice(0, SNIFF_CHARS);
  if (t.startsWith(WARC_MAGIC)) return 'warc';
  if (t.startsWith('<')) {
    if (FEED_ROOT_RE.test(head) && !HTML_STRONG_RE.test(head)) return 'feed';
    if (HTML_STRONG_RE.test(head)) return 'html';
    if (MARKDOWN_EXTS.has(ext)) return 'markdown';
    if (HTML_TAG_RE.test(head) || HTML_EXTS.has(ext)) return 'html';
    if (FEED_EXTS.has(ext)) return 'feed';
    if (XML_DECL_START_RE.test(t)) return 'html';
  }
  if (JSON_START_RE.test(t)) {
    if (t.startsWith('[')) return 'json';
    if (JSONL_HEAD_RE.test(t)) return 'jsonl';
    return JSONL_EXTS.has(ext) ? 'jsonl' : 'json';
  }
  // A damaged JSON file is still JSON: its reader reports what is wrong.
  if (JSONL_EXTS.has(ext)) return 'jsonl';
  if (JSON_EXTS.has(ext)) return 'json';
  const firstLine = t.split(/\r?\n/, 1)[0];
  if (CSV_EXTS.has(ext) || looksLikeCsvHeader(firstLine, ext)) return 'csv';
  if (MARKDOWN_EXTS.has(ext)) return 'markdown';
  if (HTML_EXTS.has(ext)) return 'html';
  return 'text';
}
