// Whether the words just before an expression point to the future ("will meet Friday").
import { CLAUSE_BREAK, FUTURE_CUE } from './lexicon.js';

const LOOK_BACK = 60;

export function pointsForward(text: string, index: number): boolean {
  let before = text.slice(Math.max(0, index - LOOK_BACK), index);
  const parts = before.split(CLAUSE_BREAK);
  before = parts[parts.length - 1] ?? '';
  return FUTURE_CUE.test(before);
}
