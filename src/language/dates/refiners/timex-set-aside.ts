// Keeps results that carry their own TIMEX value away from chrono's merging refiners, then puts them back:
// `SetAsideTimexRefiner` runs first, `RestoreTimexRefiner` last. Overlaps go to the longer result;
// on a tie the news parser wins (it knows the granularity).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { timexOf } from '../timex.js';

const asideByContext = new WeakMap<ParsingContext, ParsingResult[]>();

export class SetAsideTimexRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const aside: ParsingResult[] = [];
    const rest: ParsingResult[] = [];
    for (const r of results) (timexOf(r) !== null ? aside : rest).push(r);
    asideByContext.set(context, aside);
    return rest;
  }
}

export class RestoreTimexRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const aside = asideByContext.get(context) ?? [];
    const all = [...aside, ...results];
    asideByContext.delete(context);
    // News results: the set-aside ones and any other with a TIMEX tag (checked once each, not per comparison).
    const news = new Set(aside);
    for (const r of results) if (timexOf(r) !== null) news.add(r);
    // Longest first, news results first on ties; then keep what does not overlap a kept one.
    all.sort((a, b) => b.text.length - a.text.length || Number(news.has(b)) - Number(news.has(a)) || a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const r of all) {
      const end = r.index + r.text.length;
      if (!kept.some((k) => r.index < k.index + k.text.length && k.index < end)) kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
