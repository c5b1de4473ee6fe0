// Exact verification of a candidate pair: 5-gram containment both ways, what each side has in addition
// (body or boilerplate, truncation), and for partial reuse the aligned passages.
import { COPY_CONTAINMENT, NEAR_MUTUAL, REUSE_MIN_FRACTION, SHINGLE_SIZE } from './config.js';
import { SHORT_PARAGRAPH_TOKENS } from './boilerplate-patterns.js';
import { bodyTokens, type BodyTokens } from './body-tokens.js';
import { alignPassages } from './reuse.js';
import { wordEdits } from './word-edits.js';
import { distinctSorted, intersectionSize, shingleHashes } from './shingles.js';
import type { CopyLink, ExtraText } from './types.js';

const TRUNCATED_END = /(?:\.\.\.|…|[^.!?"”’)\]»:])\s*$/u;
const SENTENCE_END = /[.!?]["”’)]*$/u;

/** Compares two representatives' texts; null when they share too little to be related. */
export function compareTexts(idA: string, textA: string, idB: string, textB: string): CopyLink | null {
  const ta = bodyTokens(textA);
  const tb = bodyTokens(textB);
  const shA = shingleHashes(ta.hashes);
  const shB = shingleHashes(tb.hashes);
  const setA = distinctSorted(shA);
  const setB = distinctSorted(shB);
  if (setA.length === 0 || setB.length === 0) return null;
  const inter = intersectionSize(setA, setB);
  const aInB = inter / setA.length;
  const bInA = inter / setB.length;
  const shorter = setA.length <= setB.length ? aInB : bInA;
  const base = {
    a: idA, b: idB, aInB, bInA, jaccard: inter / (setA.length + setB.length - inter),
    extraA: extraText(textA, ta, new Set(setB)), extraB: extraText(textB, tb, new Set(setA)),
  };
  if (shorter >= COPY_CONTAINMENT) {
    const kind = Math.min(aInB, bInA) >= NEAR_MUTUAL ? 'near' : 'contained';
    const edits = wordEdits(textA, ta, textB, tb);
    base.extraA.rarerWords = edits.rarerA;
    base.extraB.rarerWords = edits.rarerB;
    return { ...base, kind, passages: [] };
  }
  if (shorter < REUSE_MIN_FRACTION) return null;
  const passages = alignPassages(shA, shB);
  return passages.length ? { ...base, kind: 'reuse', passages } : null;
}

/**
 * Classifies the paragraphs of one text that the other text does not cover: body when long enough
 * and ending like a sentence, else boilerplate (share prompts, newsletter pitches, captions). A short
 * paragraph between shared ones counts as neither: the other text may have cut it or this one inserted
 * it, so it says nothing of direction. The text is truncated when its last shared paragraph ends
 * mid-sentence.
 */
function extraText(text: string, t: BodyTokens, other: Set<number>): ExtraText {
  const out: ExtraText = { bodyTokens: 0, boilerplateTokens: 0, truncated: false };
  // Recognised boilerplate differs between members of an exact-duplicate group, so it is compared
  // per article in lineage (summary.boilerplateTokens), not here.
  const paras = t.paragraphs.filter((p) => !p.boilerplate);
  const shared = paras.map((p) => covered(t, p.t0, p.t1, other) >= 0.5);
  const first = shared.indexOf(true);
  const last = shared.lastIndexOf(true);
  paras.forEach((p, i) => {
    if (shared[i]) return;
    const raw = text.slice(p.start, p.end);
    const n = p.t1 - p.t0;
    const sentence = n >= SHORT_PARAGRAPH_TOKENS && SENTENCE_END.test(raw);
    if (sentence) out.bodyTokens += n;
    else if (i < first || i > last) out.boilerplateTokens += n;
  });
  out.truncated = last >= 0 && TRUNCATED_END.test(text.slice(paras[last].start, paras[last].end));
  return out;
}

/** Share of the shingles starting inside token range [t0, t1) that the other text holds. */
function covered(t: BodyTokens, t0: number, t1: number, other: Set<number>): number {
  const sh = shingleHashes(t.hashes, t0, t1, SHINGLE_SIZE);
  if (sh.length === 0) return 0;
  let hit = 0;
  for (const h of sh) if (other.has(h)) hit++;
  return hit / sh.length;
}
