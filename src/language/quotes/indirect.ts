// Reported speech without marks: "Wang said (that) …", "…, sources said.", "according to …".
// Content is the reported clause; sentences holding a direct quote are left to the mark finder.
import type { QuoteMention, Span } from './types.js';
import type { QuotedSpan } from './quote-marks.js';
import type { People } from './people.js';
import { CUE_FILLERS, NP_STOPS, SPEECH_VERBS } from './lexicon.js';
import { hasFrameToken, isLow, isWord, tokenize, type Token } from './tokens.js';
import { resolveSpeaker } from './speaker.js';
import { countWords } from './classify.js';

const OBJECT_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'warned', 'warns', 'assured', 'reminded', 'informed']);
const MIN_CONTENT_WORDS = 4;
const MAX_TRAILING_NP = 7;

export function findIndirect(text: string, masked: string, sentences: Span[], spans: QuotedSpan[], people: People): QuoteMention[] {
  const out: QuoteMention[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < spans.length && spans[k].close <= s.start) k++;
    if (k < spans.length && spans[k].open < s.end && countWords(text, spans[k].innerStart, spans[k].innerEnd, 4) > 3 && spans[k].open <= s.start + 2) continue;
    // A sentence without "according" or a speech verb has no frame: the scan marked those tokens.
    if (!hasFrameToken(masked, s.start, s.end)) continue;
    const toks = tokenize(masked, s.start, s.end);
    const found = trailing(toks) ?? leading(toks, s);
    if (!found) continue;
    const { content, np, cue, cueStart } = found;
    if (countWords(masked, content.start, content.end, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS) continue;
    const speaker = np ? resolveSpeaker(text, np, people) : null;
    out.push({ text: text.slice(content.start, content.end), kind: 'indirect', start: content.start, end: content.end, cue, cueStart, speaker });
  }
  return out;
}

/** The reported-speech frame of one sentence ("…, Holt said." / "Holt said (that) …"), if it has one. */
export function reportedSpeech(masked: string, s: Span): { np: Span | null; cue: string } | null {
  const toks = tokenize(masked, s.start, s.end);
  return trailing(toks) ?? leading(toks, s);
}

interface Found {
  content: Span;
  np: Span | null;
  cue: string;
  cueStart: number;
}

/** "…, NP said." / "…, said NP." / "…, according to NP." at the end of the sentence. */
function trailing(toks: Token[]): Found | null {
  let e = toks.length - 1;
  while (e >= 0 && !isWord(toks[e])) e--;
  while (e >= 0 && CUE_FILLERS.has(toks[e].lower) && !SPEECH_VERBS.has(toks[e].lower)) e--;
  let comma = -1;
  for (let j = e; j >= Math.max(0, e - MAX_TRAILING_NP - 1); j--) if (toks[j].text === ',') { comma = j; break; }
  if (comma <= 0) return null;
  // the tail after the comma: toks[comma + 1 .. e]
  const t0 = comma + 1;
  const content = { start: toks[0].start, end: toks[comma - 1].end };
  if (toks[t0]?.lower === 'according' && t0 <= e && toks[t0 + 1]?.lower === 'to' && t0 + 1 <= e && e - t0 + 1 > 2) {
    return { content, np: wordSpan(toks, t0 + 2, e + 1, false), cue: 'according to', cueStart: toks[t0].start };
  }
  let v = -1;
  for (let j = t0; j <= e; j++) if (SPEECH_VERBS.has(toks[j].lower)) { v = j; break; }
  if (v < 0) return null;
  const np = v === t0 ? wordSpan(toks, t0 + 1, e + 1, true) : wordSpan(toks, t0, v, false);
  return np ? { content, np, cue: toks[v].text, cueStart: toks[v].start } : null;
}

/** "NP said (that) …", "NP told X that …", "According to NP, …". */
function leading(toks: Token[], s: Span): Found | null {
  if (toks[0]?.lower === 'according' && toks[1]?.lower === 'to') {
    let comma = -1;
    for (let i = 3; i < toks.length; i++) if (toks[i].text === ',') { comma = i; break; }
    if (comma < 0 || comma > 10) return null;
    return { content: { start: toks[comma + 1]?.start ?? s.end, end: endOf(toks) }, np: wordSpan(toks, 2, comma, false), cue: 'according to', cueStart: toks[0].start };
  }
  let v = -1;
  for (let i = 1; i < toks.length && i < 16; i++) {
    const t = toks[i];
    if (SPEECH_VERBS.has(t.lower) && isLow(t) && toks[i - 1].lower !== 'to') { v = i; break; }
  }
  if (v < 0) return null;
  for (let i = 0; i < v; i++) if (toks[i].text === ',' || toks[i].text === ';') return null;
  let c = v + 1;
  let that = -1;
  for (let i = v + 1; i < toks.length && i <= v + 6; i++) if (toks[i].lower === 'that') { that = i; break; }
  if (OBJECT_VERBS.has(toks[v].lower)) {
    if (that < 0) return null;
    c = that + 1;
  } else if (that > v && allFillers(toks, v + 1, that)) c = that + 1; // said (in a statement) that …
  if (c >= toks.length || !isWord(toks[c])) return null;
  return { content: { start: toks[c].start, end: endOf(toks) }, np: wordSpan(toks, 0, v, false), cue: toks[v].text, cueStart: toks[v].start };
}

function allFillers(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!CUE_FILLERS.has(toks[i].lower)) return false;
  return true;
}

/** From the first to the last word of toks[from, to) (leaving out NP_STOPS when `noStops`), if any. */
function wordSpan(toks: Token[], from: number, to: number, noStops: boolean): Span | null {
  let a = -1;
  let z = -1;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (!isWord(t) || (noStops && NP_STOPS.has(t.lower))) continue;
    if (a < 0) a = i;
    z = i;
  }
  return a < 0 ? null : { start: toks[a].start, end: toks[z].end };
}

function endOf(toks: Token[]): number {
  let e = toks.length - 1;
  while (e > 0 && !isWord(toks[e]) && !/[”"’]/u.test(toks[e].text)) e--;
  return toks[e].end;
}
