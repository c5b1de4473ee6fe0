// The cheap pre-filter: one compiled regex over words that can belong to a temporal expression, so that
// chrono (dozens of regexes per character range) only sees short windows around them.
import { TRIGGER_WORDS } from './lexicon.js';

const TRIGGER = new RegExp(`\\d|\\b(?:${TRIGGER_WORDS.join('|')})\\b`, 'gi');

/** Characters of context kept on each side of a trigger: enough for "the first nine months of fiscal". */
const MARGIN = 48;

/** Sorted, non-overlapping [start, end) windows of `text` worth parsing. */
export function candidateWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const start = snapLeft(text, m.index - MARGIN);
    const end = snapRight(text, m.index + m[0].length + MARGIN);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, m.index + Math.max(1, m[0].length));
  }
  return windows;
}

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
