// The cheap pre-filter: one compiled regex over words that can belong to a temporal expression, so that
// chrono (dozens of regexes per character range) only sees short windows around them.
import { DATE_SHAPED, TRIGGER_WORDS } from './lexicon.js';

const TRIGGER = new RegExp(`\\d|\\b(?:${TRIGGER_WORDS.join('|')})\\b`, 'gi');

/** Characters of context kept on each side of a trigger: enough for "the first nine months of fiscal". */
const MARGIN = 48;

/** Sorted, non-overlapping [start, end) windows of `text` worth parsing. */
export function candidateWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  // Per window: whether a trigger word (not only a digit) falls in it.
  const worded: boolean[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const start = snapLeft(text, m.index - MARGIN);
    const end = snapRight(text, m.index + m[0].length + MARGIN);
    const word = m[0].length > 1 || !isDigit(m[0].charCodeAt(0));
    const last = windows.length - 1;
    if (last >= 0 && start <= windows[last][1]) {
      windows[last][1] = Math.max(windows[last][1], end);
      worded[last] ||= word;
    } else {
      windows.push([start, end]);
      worded.push(word);
    }
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, m.index + Math.max(1, m[0].length));
  }
  // A window with numbers only ("194 companies", "74 votes to 27") yields no date unless they are
  // date-shaped; dropping it whole leaves the other windows as they were.
  return windows.filter((w, i) => worded[i] || DATE_SHAPED.test(text.slice(w[0], w[1])));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Windows start and end at whitespace so no word is cut.
function snapLeft(text: string, i: number): number {
  if (i <= 0) return 0;
  const sp = text.lastIndexOf(' ', i);
  return sp < 0 || i - sp > 20 ? Math.max(0, i) : sp + 1;
}
function snapRight(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const sp = text.indexOf(' ', i);
  return sp < 0 || sp - i > 20 ? Math.min(text.length, i) : sp;
}
