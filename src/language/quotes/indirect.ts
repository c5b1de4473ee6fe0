// Reported speech without marks: "Wang said (that) …", "…, sources said.", "according to …".
// Content is the reported clause; sentences holding a direct quote are left to the mark finder.
import type { QuoteMention, Span } from './types.js';
import type { QuotedSpan } from './quote-marks.js';
import type { People } from './people.js';
import { CUE_FILLERS, NP_STOPS, SPEECH_VERBS } from './lexicon.js';
import { isWord, tokenize, type Token } from './tokens.js';
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
    if (k < spans.length && spans[k].open < s.end && countWords(text.slice(spans[k].innerStart, spans[k].innerEnd)) > 3 && spans[k].open <= s.start + 2) continue;
    // One tokenization per sentence; a sentence without "according" or a speech verb has no frame.
    const toks = tokenize(masked, s.start, s.end);
    if (!toks.some(isFrameWord)) continue;
    const found = trailing(toks) ?? leading(toks, s);
    if (!found) continue;
    const { content, np, cue, cueStart } = found;
    if (countWords(masked.slice(content.start, content.end)) < MIN_CONTENT_WORDS) continue;
    const speaker = np ? resolveSpeaker(text, np, people) : null;
    out.push({ text: text.slice(content.start, content.end), kind: 'indirect', start: content.start, end: content.end, cue, cueStart, speaker });
  }
  return out;
}

const isFrameWord = (t: Token): boolean => SPEECH_VERBS.has(t.lower) || t.lower === 'according';

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
  const tail = toks.slice(comma + 1, e + 1);
  const content = { start: toks[0].start, end: toks[comma - 1].end };
  const v = tail.findIndex((t) => SPEECH_VERBS.has(t.lower));
  if (tail[0]?.lower === 'according' && tail[1]?.lower === 'to' && tail.length > 2) {
    return { content, np: span(tail.slice(2)), cue: 'according to', cueStart: tail[0].start };
  }
  if (v < 0) return null;
  const np = v === 0 ? span(tail.slice(1).filter((t) => !NP_STOPS.has(t.lower))) : span(tail.slice(0, v));
  return np ? { content, np, cue: tail[v].text, cueStart: tail[v].start } : null;
}

/** "NP said (that) …", "NP told X that …", "According to NP, …". */
function leading(toks: Token[], s: Span): Found | null {
  if (toks[0]?.lower === 'according' && toks[1]?.lower === 'to') {
    const comma = toks.findIndex((t, i) => i > 2 && t.text === ',');
    if (comma < 0 || comma > 10) return null;
    return { content: { start: toks[comma + 1]?.start ?? s.end, end: endOf(toks) }, np: span(toks.slice(2, comma)), cue: 'according to', cueStart: toks[0].start };
  }
  const v = toks.findIndex((t, i) => i > 0 && i < 16 && SPEECH_VERBS.has(t.lower) && /^\p{Ll}/u.test(t.text) && toks[i - 1].lower !== 'to');
  if (v < 0 || toks.slice(0, v).some((t) => t.text === ',' || t.text === ';')) return null;
  let c = v + 1;
  const that = toks.findIndex((t, i) => i > v && i <= v + 6 && t.lower === 'that');
  if (OBJECT_VERBS.has(toks[v].lower)) {
    if (that < 0) return null;
    c = that + 1;
  } else if (that > v && toks.slice(v + 1, that).every((t) => CUE_FILLERS.has(t.lower))) c = that + 1; // said (in a statement) that …
  if (c >= toks.length || !isWord(toks[c])) return null;
  return { content: { start: toks[c].start, end: endOf(toks) }, np: span(toks.slice(0, v).filter(isWord)), cue: toks[v].text, cueStart: toks[v].start };
}

function span(toks: Token[]): Span | null {
  const w = toks.filter(isWord);
  return w.length ? { start: w[0].start, end: w[w.length - 1].end } : null;
}

function endOf(toks: Token[]): number {
  let e = toks.length - 1;
  while (e > 0 && !isWord(toks[e]) && !/[”"’]/u.test(toks[e].text)) e--;
  return toks[e].end;
}
