// Paragraph spans of a clean text: blank-line separated, or line separated when the text has no blank lines.

export interface Span {
  start: number;
  end: number;
}

const BLANK_LINE = /\n[ \t\u00a0]*\n/;
const PARA_BREAK_BLANK = /\n[ \t\u00a0]*\n\s*/g;
const PARA_BREAK_LINE = /\n\s*/g;

export function paragraphSpans(text: string): Span[] {
  const re = BLANK_LINE.test(text) ? PARA_BREAK_BLANK : PARA_BREAK_LINE;
  re.lastIndex = 0;
  const out: Span[] = [];
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  push(text, from, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
