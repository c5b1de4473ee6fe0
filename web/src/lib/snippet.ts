// Search snippets mark matches with U+27E6 … U+27E7. The snippet is plain text: split it into
// parts and let the renderer escape each one; the marks never become markup themselves.
export interface SnippetPart { text: string; match: boolean }

const MARK = /\u27E6([^\u27E6\u27E7]*)\u27E7/g;

export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const m of snippet.matchAll(MARK)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), match: false });
    if (m[1]) parts.push({ text: m[1], match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}
