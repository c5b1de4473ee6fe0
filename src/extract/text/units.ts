// Splits raw scraped text into units (paragraphs, or single lines where a block is a list of lines),
// each with its offsets in the raw input and its clean text.
import { headingLevel, isRule, stripMarkdown } from './markdown.js';

export interface Unit {
  /** Offsets of the unit in the raw input (trailing white space excluded). */
  start: number;
  end: number;
  /** Clean text: Markdown removed, white space folded. */
  text: string;
  /** Markdown heading level, 0 when not a heading. */
  heading: number;
  /** Index of the blank-line separated block the unit belongs to. */
  block: number;
}

interface Line {
  start: number;
  end: number;
  raw: string;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const HARD_BREAK = /(?: {2,}|\\|<br\s*\/?>)$/i;
const TERMINAL = /[.!?…:;]["'’”»)\]]*$/u;
const STARTS_LOWER = /^["'‘“(]*\p{Ll}/u;
const BULLET_START = /^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+\S/;
/** Lines that start a byline or date line never continue the line above. */
const META_LINE = /^\s*(?:by\s|updated\b|published\b|posted\b|\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*$)/i;
/** A block is hard-wrapped prose when its lines are at most this long… */
const WRAP_MAX_WIDTH = 100;
/** …at least this long for the widest (menus and byline pairs are not wrapped prose)… */
const WRAP_MIN_WIDTH = 40;
/** …and every line but the last fills at least this share of the widest one. */
const WRAP_MIN_FILL = 0.6;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  for (const m of raw.matchAll(LINE)) {
    if (m.index >= raw.length && m[0] === '') break;
    const content = m[0].replace(/[\r\n]+$/, '');
    lines.push({ start: m.index, end: m.index + content.length, raw: content });
  }
  return lines;
}

function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.raw.trim() === '' || isRule(l.raw)) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** The width of a hard-wrapped block (its widest line), or 0 when its lines are too long or short to be wrapped. */
function wrapWidth(block: Line[]): number {
  if (block.length < 2) return 0;
  const max = Math.max(...block.map((l) => l.raw.trimEnd().length));
  return max <= WRAP_MAX_WIDTH && max >= WRAP_MIN_WIDTH ? max : 0;
}

/** Whether line b continues the paragraph of line a (width: the block's wrap width, 0 when not wrapped). */
function continues(a: Line, b: Line, width: number): boolean {
  if (HARD_BREAK.test(a.raw) || headingLevel(a.raw) || headingLevel(b.raw) || BULLET_START.test(b.raw) || META_LINE.test(b.raw)) return false;
  if (STARTS_LOWER.test(b.raw.trimStart()) && !TERMINAL.test(a.raw.trimEnd())) return true;
  // A line that fills the wrap width was broken by the wrapping, not by the writer.
  return width > 0 && a.raw.trimEnd().length >= WRAP_MIN_FILL * width && !TERMINAL.test(a.raw.trimEnd());
}

function toUnit(raw: string, lines: Line[], block: number): Unit | null {
  const first = lines[0];
  const last = lines[lines.length - 1];
  const start = first.start + (first.raw.length - first.raw.trimStart().length);
  const end = last.start + last.raw.trimEnd().length;
  const text = stripMarkdown(lines.map((l) => l.raw.replace(HARD_BREAK, '')).join(' '));
  if (!text || end <= start) return null;
  return { start, end, text, heading: headingLevel(first.raw), block };
}

export function splitUnits(raw: string): Unit[] {
  const units: Unit[] = [];
  blocksOf(splitLines(raw)).forEach((block, b) => {
    const width = wrapWidth(block);
    let cur: Line[] = [block[0]];
    for (let i = 1; i < block.length; i++) {
      if (continues(block[i - 1], block[i], width)) cur.push(block[i]);
      else {
        const u = toUnit(raw, cur, b);
        if (u) units.push(u);
        cur = [block[i]];
      }
    }
    const u = toUnit(raw, cur, b);
    if (u) units.push(u);
  });
  return units;
}
