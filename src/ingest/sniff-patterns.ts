// Content signals and file extensions the format sniffer looks for, compiled once.

export const WARC_MAGIC = 'WARC/1.';
export const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Feed roots (RSS 2.0, Atom, RSS 1.0/RDF), possibly after an XML declaration, comments or a DOCTYPE. */
export const FEED_ROOT_RE = /<(?:rss|feed|rdf:rdf)[\s>/]/i;
/** An XML document of some other kind (sitemap, XHTML without doctype). */
export const XML_DECL_START_RE = /^<\?xml[\s?]/;
/** Markup that is certainly HTML. */
export const HTML_STRONG_RE = /<!doctype\s+html|<html[\s>]/i;
/** Common HTML elements: a fragment without <html>. */
export const HTML_TAG_RE = /<(?:head|body|meta|title|div|p|article|section|main|header|h[1-6]|span|a|br|table|script|style|link|ul|ol|li|img|figure)[\s>/]/i;
/** A JSON document or JSON line: the first character and what can follow it. */
export const JSON_START_RE = /^(?:\[\s*(?:[{\["\]]|$)|\{\s*(?:"|\}|$))/;
/** A complete first line that is a JSON object followed by another object line: JSON Lines. */
export const JSONL_HEAD_RE = /^\{[^\n]*\}\s*\r?\n\s*\{/;

export const HTML_EXTS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
export const FEED_EXTS = new Set(['.rss', '.atom', '.xml', '.rdf']);
export const JSONL_EXTS = new Set(['.jsonl', '.ndjson', '.jsonlines']);
export const JSON_EXTS = new Set(['.json']);
export const CSV_EXTS = new Set(['.csv', '.tsv']);
export const MARKDOWN_EXTS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
export const GZIP_EXTS = new Set(['.gz', '.gzip']);
export const WARC_EXTS = new Set(['.warc', '.arc']);

/** CSV delimiters tried on the header line, in order of preference on ties. */
export const CSV_DELIMITERS = [',', '\t', ';', '|'] as const;

/** A body field (JSON/CSV column, feed item content) that holds HTML markup rather than plain text. */
export const HTML_BODY_RE = /<\/?(?:p|div|br|span|a|article|section|h[1-6]|ul|ol|li|em|strong|b|i|img|figure|figcaption|blockquote|table|tr|td|html|body|header|footer|main|iframe)(?:\s[^<>]*)?\/?>/i;
