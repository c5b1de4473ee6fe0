// Marks passages of an article's text: find each passage's text, keep the first-placed of any
// overlapping ones, and cut paragraphs into plain and marked runs (rendered as text, never HTML).
export interface Span<K extends string = string> { start: number; end: number; kind: K; title?: string }
export interface Run<K extends string = string> { text: string; span: Span<K> | null }
export interface Paragraph { start: number; end: number }

const WS = /\s+/g;

/** Where `needle` occurs in `text`: exact first, then tolerant of whitespace differences. */
export function locate(text: string, needle: string, from = 0): { start: number; end: number } | null {
  const n = needle.trim();
  if (!n) return null;
  const i = text.indexOf(n, from);
  if (i >= 0) return { start: i, end: i + n.length };
  const pattern = n.split(WS).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const m = new RegExp(pattern).exec(text.slice(from));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

/** Non-overlapping spans in text order; earlier entries of `spans` win a clash. */
export function resolveOverlaps<K extends string>(spans: Span<K>[]): Span<K>[] {
  const kept: Span<K>[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Blank-line separated paragraphs (single newlines too when the text has no blank lines). */
export function paragraphs(text: string): Paragraph[] {
  const sep = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n/g;
  const out: Paragraph[] = [];
  let last = 0;
  for (const m of text.matchAll(sep)) {
    if (m.index > last) out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ start: last, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

/** The runs of text[start, end) given sorted, non-overlapping spans. */
export function runs<K extends string>(text: string, start: number, end: number, spans: Span<K>[]): Run<K>[] {
  const out: Run<K>[] = [];
  let pos = start;
  for (const s of spans) {
    if (s.end <= start || s.start >= end) continue;
    const a = Math.max(s.start, start);
    const b = Math.min(s.end, end);
    if (a > pos) out.push({ text: text.slice(pos, a), span: null });
    out.push({ text: text.slice(a, b), span: s });
    pos = b;
  }
  if (pos < end) out.push({ text: text.slice(pos, end), span: null });
  return out;
}
