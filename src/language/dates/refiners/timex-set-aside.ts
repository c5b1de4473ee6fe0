// Keeps results that carry their own TIMEX value away from chrono's merging refiners, then puts them back:
// `SetAsideTimexRefiner` runs first, `RestoreTimexRefiner` last. Overlaps go to the longer result;
// on a tie the news parser wins (it knows the granularity).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isTimexResult, timexOf } from '../timex.js';

// One parse at a time runs the refiners (synchronously, in order), so one slot holds the set-aside
// results, marked with their context (a WeakMap entry per window cost more than the refiners' work).
let asideContext: ParsingContext | null = null;
let asideResults: ParsingResult[] = [];

export class SetAsideTimexRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const aside: ParsingResult[] = [];
    const rest: ParsingResult[] = [];
    // The parsers' own results: isTimexResult tells the tagged ones apart.
    for (const r of results) (isTimexResult(r) ? aside : rest).push(r);
    asideContext = context;
    asideResults = aside;
    return rest;
  }
}

export class RestoreTimexRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const aside = asideContext === context ? asideResults : [];
    asideContext = null;
    asideResults = [];
    // One result alone has nothing to settle.
    if (aside.length + results.length <= 1) return aside.length ? aside : results;
    const all = [...aside, ...results];
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
