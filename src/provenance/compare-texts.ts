// Exact verification of a candidate pair: 5-gram containment both ways, what each side has in addition
// (body or boilerplate, truncation), and for partial reuse the aligned passages.
import { COPY_CONTAINMENT, NEAR_MUTUAL, REUSE_MIN_FRACTION, SHINGLE_SIZE } from './config.js';
import { SHORT_PARAGRAPH_TOKENS } from './boilerplate-patterns.js';
import { alignPassages, shinglePositions, type ShinglePositions } from './reuse.js';
import { distinctOf, shinglesOf, textForms, type TextForms, type TokenCache } from './token-cache.js';
import { wordEdits } from './word-edits.js';
import { intersectionSize, shingleHashes } from './shingles.js';
import type { CopyLink, ExtraText } from './types.js';
import { sortedHas } from '../util/sorted-has.js';

const TRUNCATED_END = /(?:\.\.\.|…|[^.!?"”’)\]»:])\s*$/u;
const SENTENCE_END = /[.!?]["”’)]*$/u;

/**
 * Compares two representatives' texts; null when they share too little to be related. A corpus step
 * passes its token cache: each text is tokenised once however many candidates it is compared with.
 */
export function compareTexts(idA: string, textA: string, idB: string, textB: string, cache?: TokenCache | null): CopyLink | null {
  const known = cache?.pair(idA, textA, idB, textB);
  if (known !== undefined) return known;
  const link = compare(idA, textA, idB, textB, cache);
  cache?.rememberPair(idA, textA, idB, textB, link);
  return link;
}

function compare(idA: string, textA: string, idB: string, textB: string, cache?: TokenCache | null): CopyLink | null {
  const fa = textForms(cache, idA, textA);
  const fb = textForms(cache, idB, textB);
  const ta = fa.tokens;
  const tb = fb.tokens;
  const setA = distinctOf(fa);
  const setB = distinctOf(fb);
  if (setA.length === 0 || setB.length === 0) return null;
  const inter = intersectionSize(setA, setB);
  const aInB = inter / setA.length;
  const bInA = inter / setB.length;
  const shorter = setA.length <= setB.length ? aInB : bInA;
  // Unrelated pairs (about 40% of the candidates verified) are told apart before the costlier parts.
  if (shorter < REUSE_MIN_FRACTION) return null;
  const copy = shorter >= COPY_CONTAINMENT;
  const passages = copy ? [] : alignPassages(shinglesOf(fa), shinglesOf(fb), SHINGLE_SIZE, positionsOf(fa));
  if (!copy && passages.length === 0) return null;
  const base = {
    a: idA, b: idB, aInB, bInA, jaccard: inter / (setA.length + setB.length - inter),
    extraA: extraText(textA, fa, setB), extraB: extraText(textB, fb, setA),
  };
  if (!copy) return { ...base, kind: 'reuse', passages };
  const kind = Math.min(aInB, bInA) >= NEAR_MUTUAL ? 'near' : 'contained';
  const edits = wordEdits(textA, ta, textB, tb);
  base.extraA.rarerWords = edits.rarerA;
  base.extraB.rarerWords = edits.rarerB;
  return { ...base, kind, passages: [] };
}

/** A body paragraph of one text and what the pair classification reads of it (same for every pair). */
interface BodyParagraph {
  /** Tokens of the paragraph. */
  n: number;
  /** Shingles starting inside the paragraph. */
  shingles: Uint32Array;
  /** Long enough and ending like a sentence. */
  sentence: boolean;
  /** Ends mid-sentence or with an ellipsis. */
  truncatedEnd: boolean;
}

/** Shingle positions per text forms: a text aligned with many candidates is indexed once. */
function positionsOf(f: TextForms): ShinglePositions {
  return (f.positions ??= shinglePositions(shinglesOf(f), distinctOf(f)));
}

/** Body paragraphs per text forms: a text compared with many candidates is classified once. */
const bodyParagraphCache = new WeakMap<TextForms, BodyParagraph[]>();

function bodyParagraphs(text: string, f: TextForms): BodyParagraph[] {
  const hit = bodyParagraphCache.get(f);
  if (hit) return hit;
  const t = f.tokens;
  // Recognised boilerplate differs between members of an exact-duplicate group, so it is compared
  // per article in lineage (summary.boilerplateTokens), not here.
  const all = shinglesOf(f);
  const out = t.paragraphs.filter((p) => !p.boilerplate).map((p) => {
    const raw = text.slice(p.start, p.end);
    const n = p.t1 - p.t0;
    return {
      // A paragraph of SHINGLE_SIZE tokens or more has exactly the text's shingles that start and end
      // in it: a view of those, not an array (and buffer) of its own per paragraph.
      n, shingles: n >= SHINGLE_SIZE ? all.subarray(p.t0, p.t1 - SHINGLE_SIZE + 1) : shingleHashes(t.hashes, p.t0, p.t1, SHINGLE_SIZE),
      sentence: n >= SHORT_PARAGRAPH_TOKENS && SENTENCE_END.test(raw), truncatedEnd: TRUNCATED_END.test(raw),
    };
  });
  bodyParagraphCache.set(f, out);
  return out;
}

/**
 * Classifies the paragraphs of one text that the other text does not cover: body when long enough
 * and ending like a sentence, else boilerplate (share prompts, newsletter pitches, captions). A short
 * paragraph between shared ones counts as neither: the other text may have cut it or this one inserted
 * it, so it says nothing of direction. The text is truncated when its last shared paragraph ends
 * mid-sentence.
 */
function extraText(text: string, f: TextForms, other: Uint32Array): ExtraText {
  const out: ExtraText = { bodyTokens: 0, boilerplateTokens: 0, truncated: false };
  const paras = bodyParagraphs(text, f);
  const shared = paras.map((p) => covered(p.shingles, other) >= 0.5);
  const first = shared.indexOf(true);
  const last = shared.lastIndexOf(true);
  paras.forEach((p, i) => {
    if (shared[i]) return;
    if (p.sentence) out.bodyTokens += p.n;
    else if (i < first || i > last) out.boilerplateTokens += p.n;
  });
  out.truncated = last >= 0 && paras[last].truncatedEnd;
  return out;
}

/** Share of the shingles (of one paragraph) that the other text (sorted distinct shingles) holds. */
function covered(sh: Uint32Array, other: Uint32Array): number {
  if (sh.length === 0) return 0;
  let hit = 0;
  for (const h of sh) if (sortedHas(other, h)) hit++;
  return hit / sh.length;
}

