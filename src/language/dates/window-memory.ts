// The findings of date windows already parsed, keyed by everything they depend on: the window's
// text, the reference day and the quarter in focus. News piles repeat windows verbatim (wire
// copies, datelines, boilerplate), and a hit costs one Map lookup instead of a chrono parse
// (parsers, refiners, a second parse without a publication date). Exact: the key is the full text.
import type { Reference } from './reference.js';
import type { NewsOption, TimexType } from './timex.js';

/** One result of a window, at its offset in the window. */
export interface WindowFinding {
  readonly index: number;
  readonly text: string;
  readonly value: string;
  readonly type: TimexType;
}

/** Windows remembered before every entry is dropped (a few MB at most). */
const MAX_WINDOWS = 1 << 14;

export class WindowMemory {
  private readonly windows = new Map<string, readonly WindowFinding[]>();

  constructor(private readonly maxWindows = MAX_WINDOWS) {}

  /** The key of a window parsed against `ref` with `focusQuarter` (the only option state the parse reads). */
  static key(window: string, ref: Reference, focusQuarter: NewsOption['focusQuarter']): string {
    const quarter = focusQuarter === null ? '-' : `${focusQuarter.y}Q${focusQuarter.q}`;
    return `${ref.known ? 'k' : 'u'}${ref.y}-${ref.m}-${ref.d}/${quarter}|${window}`;
  }

  get(key: string): readonly WindowFinding[] | undefined {
    return this.windows.get(key);
  }

  set(key: string, findings: readonly WindowFinding[]): void {
    if (this.windows.size >= this.maxWindows) this.windows.clear();
    this.windows.set(key, findings);
  }
}
