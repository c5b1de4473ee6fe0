// Language identification per article and per segment of the raw input, with `eld`
// (measured best on short English lines and Persian mastheads; see ../shared/LIBRARIES.md).
// eld alone mislabels short Latin-script lines (a byline "Peter Symonds" reads as Dutch), so segments
// are first cut by writing system and only long-enough paragraphs are identified on their own.
import { eld } from 'eld/small';
import type { LanguageSegment } from '../model/article.js';

/** Text shorter than this is not identified on its own; it takes its neighbours' language. */
const MIN_CHARS_ALONE = 80;
/** A run of another script with fewer letters than this (a logo, "AA-AA") joins its neighbour. */
const MIN_RUN_LETTERS = 12;
/** Enough text to identify a language reliably; longer runs are sampled to this length. */
const SAMPLE_CHARS = 3000;

type Script = 'latin' | 'arabic' | 'cyrillic' | 'greek' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'thai' | 'devanagari' | 'georgian' | 'armenian' | 'other';

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
];
/** Scripts used by one language only: no detector needed. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el', hebrew: 'he', kana: 'ja', hangul: 'ko', thai: 'th', georgian: 'ka', armenian: 'hy',
};
const LETTER = /\p{L}/gu;

/** The language of a text (ISO 639-1), or null when it has no letters or eld cannot tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!/\p{L}/u.test(sample)) return null;
  const script = dominantScript(sample);
  const fixed = script ? SCRIPT_LANGUAGE[script] : undefined;
  if (fixed) return fixed;
  // Lines in other scripts (a masthead) would sway the detector: keep the dominant script's lines.
  const lines = sample.split('\n').filter((l) => { const s = dominantScript(l); return s === null || s === script; });
  const lang = eld.detect(lines.join('\n')).language;
  return lang || null;
}

/** The dominant writing system of a piece of text, by letter count; null without letters. */
export function dominantScript(text: string): Script | null {
  const counts = new Map<Script, number>();
  for (const m of text.matchAll(LETTER)) {
    const ch = m[0];
    let script: Script = 'other';
    for (const [name, re] of SCRIPT_TESTS) if (re.test(ch)) { script = name; break; }
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script | null = null;
  let bestCount = 0;
  for (const [s, c] of counts) if (c > bestCount) { best = s; bestCount = c; }
  return best;
}

interface Unit { start: number; end: number; text: string; script: Script | null }

/**
 * Language runs of the raw input, with offsets into it. HTML markup (tags, scripts, styles,
 * comments) is skipped so that only visible text counts.
 */
export function languageSegments(raw: string, bodyType: 'html' | 'text' = 'text'): LanguageSegment[] {
  const units = bodyType === 'html' ? htmlTextUnits(raw) : lineUnits(raw);
  const runs = groupByScript(units);
  const segments: LanguageSegment[] = [];
  for (const run of runs) {
    for (const seg of identifyRun(run)) {
      const last = segments[segments.length - 1];
      if (last && last.language === seg.language) last.end = seg.end;
      else segments.push(seg);
    }
  }
  return segments;
}

function lineUnits(raw: string): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  while (start < raw.length) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    pushUnit(units, raw, start, end);
    start = end + 1;
  }
  return units;
}

const HTML_SKIP = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;

function htmlTextUnits(raw: string): Unit[] {
  const units: Unit[] = [];
  let pos = 0;
  for (const m of raw.matchAll(HTML_SKIP)) {
    if (m.index > pos) pushUnit(units, raw, pos, m.index);
    pos = m.index + m[0].length;
  }
  if (pos < raw.length) pushUnit(units, raw, pos, raw.length);
  return units;
}

function pushUnit(units: Unit[], raw: string, start: number, end: number): void {
  // Trim white space so offsets cover visible text only.
  while (start < end && /\s/.test(raw[start])) start++;
  while (end > start && /\s/.test(raw[end - 1])) end--;
  if (end <= start) return;
  const text = raw.slice(start, end);
  units.push({ start, end, text, script: dominantScript(text) });
}

/** Consecutive units of one script form a run; units without letters join the run before them. */
function groupByScript(units: Unit[]): Unit[][] {
  const runs: Unit[][] = [];
  let current: Unit[] = [];
  let script: Script | null = null;
  for (const u of units) {
    if (u.script === null || u.script === script || current.length === 0) {
      current.push(u);
      if (script === null) script = u.script;
      continue;
    }
    runs.push(current);
    current = [u];
    script = u.script;
  }
  if (current.length) runs.push(current);
  const merged: Unit[][] = [];
  for (const run of runs) {
    if (merged.length > 0 && letterCount(run) < MIN_RUN_LETTERS) merged[merged.length - 1].push(...run);
    else merged.push(run);
  }
  return merged.filter((r) => r.some((u) => u.script !== null));
}

function letterCount(run: Unit[]): number {
  let n = 0;
  for (const u of run) n += u.text.match(LETTER)?.length ?? 0;
  return n;
}

/** Identify one single-script run: long paragraphs on their own, the rest as a whole. */
function identifyRun(run: Unit[]): LanguageSegment[] {
  const whole = detectLanguage(run.map((u) => u.text).join('\n'));
  if (!whole) return [];
  const out: LanguageSegment[] = [];
  for (const u of run) {
    let lang = whole;
    if (u.text.length >= MIN_CHARS_ALONE) {
      const r = eld.detect(u.text.slice(0, SAMPLE_CHARS));
      if (r.language && r.isReliable()) lang = SCRIPT_LANGUAGE[u.script ?? 'other'] ?? r.language;
    }
    const last = out[out.length - 1];
    if (last && last.language === lang) last.end = u.end;
    else out.push({ language: lang, start: u.start, end: u.end });
  }
  return out;
}
