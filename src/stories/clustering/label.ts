// Short labels for events and stories: who (top entities), what (an action word the articles
// share, else their top term), when (the day most articles point to) — "Varga – Sandoval call, 6 Mar 2025".
import { isoDay } from './dates.js';
import { ACTION_WORDS } from './label-lexicon.js';
import type { ArticleRep } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PERSON_FIRST = 2;

export function formatDay(day: number): string {
  const [y, m, d] = isoDay(day).split('-');
  return `${+d} ${MONTHS[+m - 1]} ${y}`;
}

/** Keys by the number of articles holding them, then total count, then key. */
function ranked(reps: readonly ArticleRep[], pick: (r: ArticleRep) => { keys: string[]; values: number[] }): string[] {
  const docs = new Map<string, number>(), total = new Map<string, number>();
  for (const r of reps) {
    const v = pick(r);
    v.keys.forEach((k, i) => { docs.set(k, (docs.get(k) ?? 0) + 1); total.set(k, (total.get(k) ?? 0) + v.values[i]); });
  }
  return [...docs.keys()].sort((a, b) => docs.get(b)! - docs.get(a)! || total.get(b)! - total.get(a)! || (a < b ? -1 : 1));
}

/** The most frequent day among publication days, else among stated days (earliest on ties). */
export function modalDay(reps: readonly ArticleRep[]): number | null {
  const count = new Map<number, number>();
  const published = reps.map((r) => r.day).filter((d): d is number => d !== null);
  for (const d of published.length ? published : reps.flatMap((r) => r.eventDays)) count.set(d, (count.get(d) ?? 0) + 1);
  let best: number | null = null;
  for (const [d, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && d < best)) best = d;
  return best;
}

export function labelGroup(reps: readonly ArticleRep[], level: 'event' | 'story'): string {
  if (reps.length === 0) return '';
  const entities = ranked(reps, (r) => r.entities);
  const nameOf = (k: string) => reps.find((r) => r.names[k])?.names[k] ?? k;
  const who = entities.slice(0, PERSON_FIRST).map(nameOf);
  const whoWords = new Set(who.flatMap((n) => n.toLowerCase().split(/\s+/)));
  const terms = ranked(reps, (r) => r.terms).filter((t) => !whoWords.has(t));
  const what = terms.find((t) => ACTION_WORDS.has(t)) ?? terms[0] ?? '';
  const head = [who.join(' – '), what].filter(Boolean).join(' ');
  if (level === 'story') {
    const days = reps.map((r) => r.day ?? r.eventDays[0]).filter((d): d is number => d !== undefined && d !== null).sort((a, b) => a - b);
    const span = days.length ? `, ${formatDay(days[0])}${days.at(-1)! > days[0] ? ` – ${formatDay(days.at(-1)!)}` : ''}` : '';
    return head + span;
  }
  const day = modalDay(reps);
  return day === null ? head : `${head}, ${formatDay(day)}`;
}
