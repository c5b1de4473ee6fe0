// Keeps results that carry their own TIMEX value away from chrono's merging refiners, then puts them back:
// `SetAsideTimexRefiner` runs first, `RestoreTimexRefiner` last. Overlaps go to the longer result;
// on a tie the news parser wins (it knows the granularity).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { timexOf } from '../timex.js';

const asideByContext = new WeakMap<ParsingContext, ParsingResult[]>();

export class SetAsideTimexRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    asideByContext.set(context, results.filter((r) => timexOf(r) !== null));
    return results.filter((r) => timexOf(r) === null);
  }
}

export class RestoreTimexRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const all = [...(asideByContext.get(context) ?? []), ...results];
    asideByContext.delete(context);
    // Longest first, news results first on ties; then keep what does not overlap a kept one.
    all.sort((a, b) => b.text.length - a.text.length || Number(timexOf(b) !== null) - Number(timexOf(a) !== null) || a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const r of all) {
      const end = r.index + r.text.length;
      if (!kept.some((k) => r.index < k.index + k.text.length && k.index < end)) kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
