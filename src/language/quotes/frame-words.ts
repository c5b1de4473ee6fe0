// Words that frame reported speech ("said", "according"): a sentence without one has no frame.
// Tested for every token of every article, so a table of word shapes (first letter, last letter,
// length) turns away nearly all tokens before a set lookup.
import { SPEECH_VERBS } from './lexicon.js';

const FRAME_SHAPES = new Uint32Array(128 * 128);
for (const w of [...SPEECH_VERBS, 'according']) {
  const a = w.charCodeAt(0);
  const z = w.charCodeAt(w.length - 1);
  if (a >= 128 || z >= 128 || w.length > 31) throw new Error(`frame word outside the shape table: ${w}`);
  FRAME_SHAPES[a * 128 + z] |= 1 << w.length;
}

/** Whether some frame word starts with char code `a`, ends with `z` and has `length` characters. */
export const frameShape = (a: number, z: number, length: number): boolean => a < 128 && z < 128 && length <= 31 && (FRAME_SHAPES[a * 128 + z] & (1 << length)) !== 0;

/** Whether a lower-case token is a speech verb or "according". */
export function isFrameLower(w: string): boolean {
  const a = w.charCodeAt(0);
  const z = w.charCodeAt(w.length - 1);
  if (a >= 128 || z >= 128 || w.length > 31 || (FRAME_SHAPES[a * 128 + z] & (1 << w.length)) === 0) return false;
  return SPEECH_VERBS.has(w) || w === 'according';
}
