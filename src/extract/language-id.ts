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

/** Unicode blocks of the scripts that matter for news, as [first, last, script] code-point ranges. */
const SCRIPT_RANGES = ([
  [0x41, 0x5a, 'latin'], [0x61, 0x7a, 'latin'], [0xc0, 0x24f, 'latin'], [0x1e00, 0x1eff, 'latin'],
  [0x370, 0x3ff, 'greek'], [0x1f00, 0x1fff, 'greek'],
  [0x400, 0x52f, 'cyrillic'], [0x530, 0x58f, 'armenian'], [0x590, 0x5ff, 'hebrew'],
  [0x600, 0x6ff, 'arabic'], [0x750, 0x77f, 'arabic'], [0x8a0, 0x8ff, 'arabic'], [0xfb50, 0xfdff, 'arabic'], [0xfe70, 0xfeff, 'arabic'],
  [0x900, 0x97f, 'devanagari'], [0xe00, 0xe7f, 'thai'], [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'], [0x3130, 0x318f, 'hangul'], [0xac00, 0xd7af, 'hangul'],
  [0x3040, 0x30ff, 'kana'], [0x3400, 0x4dbf, 'han'], [0x4e00, 0x9fff, 'han'],
  // scriptOf stops at the first range starting above the code point, so the table must be sorted.
] satisfies [number, number, Script][] as [number, number, Script][]).sort((a, b) => a[0] - b[0]);
const IS_LETTER = /\p{L}/u;

/** The script of one code point, or null for digits, punctuation, spaces and symbols. */
function scriptOf(code: number): Script | null {
  if (code < 0x41) return null;
  for (const [lo, hi, script] of SCRIPT_RANGES) {
    if (code < lo) break;
    if (code <= hi) return script;
  }
  // Sorted ranges end here; anything else counts only when it is a letter.
  return code > 0x7f && IS_LETTER.test(String.fromCodePoint(code)) ? 'other' : null;
}

/** Scripts used by one language only: no detector needed. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el', hebrew: 'he', kana: 'ja', hangul: 'ko', thai: 'th', georgian: 'ka', armenian: 'hy',
};

/** The language of a text (ISO 639-1), or null when it has no letters or eld cannot tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!/\p{L}/u.test(sample)) return null;
  const script = dominantScript(sample);
  const fixed = script ? SCRIPT_LANGUAGE[script] : undefined;
  if (fixed) return fixed;
  // Lines in other scripts (a masthead) would sway the detector: keep the dominant script's lines.
  const lines = sample.split('\n').filter((l) => { const s = dominantScript(l); return s === null || s === script; });
  const kept = lines.join('\n');
  if (script === 'latin' && looksEnglish(kept, 0.15)) return 'en';
  const lang = eld.detect(kept).language;
  return lang || null;
}

/** Script of each UTF-16 code unit as an index into SCRIPT_BY_INDEX, filled on first sight (0 = not yet, NO_SCRIPT = none). */
const SCRIPT_BY_INDEX: (Script | null)[] = [null, 'latin', 'arabic', 'cyrillic', 'greek', 'hebrew', 'han', 'kana', 'hangul', 'thai', 'devanagari', 'georgian', 'armenian', 'other'];
const NO_SCRIPT = 255;
const SCRIPT_OF_UNIT = new Uint8Array(0x10000);

function scriptIndex(code: number): number {
  const k = SCRIPT_OF_UNIT[code];
  if (k !== 0) return k;
  const s = scriptOf(code);
  const i = s === null ? NO_SCRIPT : SCRIPT_BY_INDEX.indexOf(s);
  SCRIPT_OF_UNIT[code] = i;
  return i;
}

/** Letter counts per script index, reused across calls (dominantScript runs on every line of every article). */
const COUNTS = new Int32Array(SCRIPT_BY_INDEX.length);
const SEEN_ORDER = new Uint8Array(SCRIPT_BY_INDEX.length);

/**
 * The dominant writing system of a piece of text, by letter count; null without letters. On a tie the
 * script seen first wins. One table lookup per code unit (scriptOf walks the ranges once per code unit).
 */
export function dominantScript(text: string): Script | null {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path for ASCII non-letters, the bulk of any text.
    if (code < 0x41 || (code > 0x5a && code < 0x61) || (code > 0x7a && code < 0xc0)) continue;
    const k = code <= 0x7a ? 1 : scriptIndex(code);
    if (k === NO_SCRIPT) continue;
    if (COUNTS[k]++ === 0) SEEN_ORDER[seen++] = k;
  }
  let best = 0;
  let bestCount = 0;
  for (let j = 0; j < seen; j++) {
    const k = SEEN_ORDER[j];
    if (COUNTS[k] > bestCount) {
      best = k;
      bestCount = COUNTS[k];
    }
    COUNTS[k] = 0;
  }
  return SCRIPT_BY_INDEX[best];
}

interface Unit { start: number; end: number; text: string; script: Script | null }

// Most runs are English; a paragraph dense in English function words needs no detector call
// (eld costs ~0.3 ms a paragraph and dominated extraction time before this shortcut).
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'at', 'from', 'it', 'his', 'her', 'has', 'have', 'are', 'were', 'be', 'this', 'not', 'but', 'said', 'will', 'would', 'which', 'their', 'its', 'an', 'who']);
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/** Words are the [a-z]+ runs of the lower-cased text; scanned by code unit, sliced only when short enough to be a function word. */
export function looksEnglish(text: string, minShare = 0.12): boolean {
  const lower = text.toLowerCase();
  let words = 0;
  let hits = 0;
  for (let i = 0; i < lower.length; ) {
    let c = lower.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) {
      i++;
      continue;
    }
    const start = i;
    while (++i < lower.length && (c = lower.charCodeAt(i)) >= 0x61 && c <= 0x7a);
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(lower.slice(start, i))) hits++;
  }
  return words >= 8 && hits / words >= minShare;
}

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
  for (const u of run) n += lettersIn(u.text);
  return n;
}

/** Whether each BMP code unit is a letter, filled on first sight (0 = not yet, 1 = no, 2 = yes). */
const LETTER_UNIT = new Uint8Array(0x10000);

/** The number of letters (code points of \p{L}), without a match array per line. */
export function lettersIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (IS_LETTER.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    let k = LETTER_UNIT[c];
    if (k === 0) LETTER_UNIT[c] = k = c >= 0xd800 && c <= 0xdfff ? 1 : IS_LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    if (k === 2) n++;
  }
  return n;
}

/** Identify one single-script run: long paragraphs on their own, the rest as a whole. */
function identifyRun(run: Unit[]): LanguageSegment[] {
  const whole = detectLanguage(run.map((u) => u.text).join('\n'));
  if (!whole) return [];
  const out: LanguageSegment[] = [];
  for (const u of run) {
    let lang = whole;
    if (u.text.length >= MIN_CHARS_ALONE && !(whole === 'en' && looksEnglish(u.text))) {
      const r = eld.detect(u.text.slice(0, SAMPLE_CHARS));
      if (r.language && r.isReliable()) lang = SCRIPT_LANGUAGE[u.script ?? 'other'] ?? r.language;
    }
    const last = out[out.length - 1];
    if (last && last.language === lang) last.end = u.end;
    else out.push({ language: lang, start: u.start, end: u.end });
  }
  return out;
}
