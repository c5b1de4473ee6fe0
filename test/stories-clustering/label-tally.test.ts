// The one-pass label and span tallies give what the array-based label did, on the fixture's groups
// and on arbitrary subsets of its articles (published, undated, named and unnamed members).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay, LabelTally, labelGroup } from '../../src/stories/clustering/label.js';
import { ACTION_WORDS } from '../../src/stories/clustering/label-lexicon.js';
import { StoryClusterer } from '../../src/stories/clustering/story-clusterer.js';
import type { ArticleRep } from '../../src/stories/clustering/types.js';
import { ARTICLES, TEST_MODEL } from './fixtures.js';

/** The label as computed before the tally: every representation held, each pass over the array. */
function reference(reps: readonly ArticleRep[], level: 'event' | 'story'): string {
  if (reps.length === 0) return '';
  const ranked = (pick: (r: ArticleRep) => { keys: string[]; values: number[] }) => {
    const docs = new Map<string, number>(), total = new Map<string, number>();
    for (const r of reps) pick(r).keys.forEach((k, i) => { docs.set(k, (docs.get(k) ?? 0) + 1); total.set(k, (total.get(k) ?? 0) + pick(r).values[i]); });
    return [...docs.keys()].sort((a, b) => docs.get(b)! - docs.get(a)! || total.get(b)! - total.get(a)! || (a < b ? -1 : 1));
  };
  const who = ranked((r) => r.entities).slice(0, 2).map((k) => reps.find((r) => r.names[k])?.names[k] ?? k);
  const whoWords = new Set(who.flatMap((n) => n.toLowerCase().split(/\s+/)));
  const terms = ranked((r) => r.terms).filter((t) => !whoWords.has(t));
  const head = [who.join(' – '), terms.find((t) => ACTION_WORDS.has(t)) ?? terms[0] ?? ''].filter(Boolean).join(' ');
  if (level === 'story') {
    const days = reps.map((r) => r.day ?? r.eventDays[0]).filter((d): d is number => d !== undefined && d !== null).sort((a, b) => a - b);
    return head + (days.length ? `, ${formatDay(days[0])}${days.at(-1)! > days[0] ? ` – ${formatDay(days.at(-1)!)}` : ''}` : '');
  }
  const count = new Map<number, number>();
  const published = reps.map((r) => r.day).filter((d): d is number => d !== null);
  for (const d of published.length ? published : reps.flatMap((r) => r.eventDays)) count.set(d, (count.get(d) ?? 0) + 1);
  let best: number | null = null;
  for (const [d, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && d < best)) best = d;
  return best === null ? head : `${head}, ${formatDay(best)}`;
}

test('the label tally equals the array-based label on groups and subsets, both levels', () => {
  const c = new StoryClusterer(TEST_MODEL);
  c.add(ARTICLES);
  const all = ARTICLES.map((a) => c.rep(a.id)!);
  const undated = all.map((r) => ({ ...r, day: null }));
  const groups: ArticleRep[][] = [[], all, undated, undated.slice(0, 3), ...c.eventGroups().map((g) => g.members.map((id) => c.rep(id)!))];
  for (let i = 0; i < all.length; i++) groups.push(all.filter((_, j) => (j * 7 + i) % 3 !== 0), [all[i]], [undated[i]]);
  for (const reps of groups) {
    for (const level of ['event', 'story'] as const) {
      const tally = new LabelTally();
      for (const r of reps) tally.add(r);
      assert.equal(tally.label(level), reference(reps, level));
      assert.equal(labelGroup(reps.values(), level), reference(reps, level));
    }
  }
});
