// Inline Markdown → plain text. Hand-written because scraped "Markdown" is loose (unbalanced markers,
// escaped dollars, links around bare domains) and a full CommonMark parser would reflow or drop text.

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const QUOTE_PREFIX = /^\s{0,3}(?:>\s?)+/;
const BULLET = /^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)/;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!$<>|~"'])/g;
const IMAGE = /!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const REF_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]+)>/g;
const STRONG_EM = /(\*{1,3})(?=[^\s*])([^*]*?[^\s*])\1(?!\*)/g;
const UNDERSCORE_EM = /(?<![\p{L}\p{N}_])(_{1,3})(?=[^\s_])([^_]*?[^\s_])\1(?![\p{L}\p{N}_])/gu;
const CODE = /`([^`]+)`/g;
const STRIKE = /~~([^~]+)~~/g;
const HTML_BREAK = /<br\s*\/?>/gi;
const PLACEHOLDER = /[\uE000-\uE07F]/g;
const WHITESPACE = /\s+/g;
/** A character that every inline rule below needs: most units have none and skip the rules. */
const INLINE_MARKUP = /[\\[<`~*_\uE000-\uE07F]/;

/** The heading level of a Markdown heading line (1–6), or 0. */
export function headingLevel(line: string): number {
  const m = HEADING.exec(line);
  return m ? m[1].length : 0;
}

export function isRule(line: string): boolean {
  return RULE.test(line);
}

/** Removes Markdown syntax from one line or paragraph, keeping link text; white space is folded. */
export function stripMarkdown(input: string): string {
  let s = input.replace(HEADING, '$2').replace(QUOTE_PREFIX, '').replace(BULLET, '');
  if (!INLINE_MARKUP.test(s)) return s.replace(WHITESPACE, ' ').trim();
  // Escaped characters are parked in the private-use area so emphasis rules cannot consume them.
  s = s.replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
  s = s.replace(IMAGE, '').replace(LINK, '$1').replace(REF_LINK, '$1').replace(AUTOLINK, (_, u: string) => u.replace(/^mailto:/, ''));
  s = s.replace(CODE, '$1').replace(STRIKE, '$1');
  for (let i = 0; i < 3; i++) s = s.replace(STRONG_EM, '$2').replace(UNDERSCORE_EM, '$2');
  s = s.replace(HTML_BREAK, ' ').replace(PLACEHOLDER, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
  return s.replace(WHITESPACE, ' ').trim();
}
