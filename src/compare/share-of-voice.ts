// Who each article, outlet and outlet group quotes, and how much: quote count and quoted words per
// speaker (direct, partial and indirect quotes; scare quotes have no speaker).
import { speakerKeys } from './speakers.js';
import { words } from './terms.js';
import type { CompareArticle, GroupsOf } from './types.js';

export interface SpeakerShare {
  /** Linked entity id, or the normalised name when the speaker is not linked. */
  key: string;
  speaker: string;
  quotes: number;
  words: number;
  /** This speaker's share of all quoted words in the article/outlet/group (0–1). */
  share: number;
}

export interface ShareOfVoice {
  byArticle: Record<string, SpeakerShare[]>;
  byOutlet: Record<string, SpeakerShare[]>;
  byGroup: Record<string, SpeakerShare[]>;
}

type Tally = Map<string, { quotes: number; words: number }>;

function finish(t: Tally, nameOf: (k: string) => string): SpeakerShare[] {
  const total = [...t.values()].reduce((s, x) => s + x.words, 0) || 1;
  return [...t]
    .map(([key, x]) => ({ key, speaker: nameOf(key), quotes: x.quotes, words: x.words, share: x.words / total }))
    .sort((a, b) => b.words - a.words || b.quotes - a.quotes || a.key.localeCompare(b.key));
}

/** What the tally reads of an article (a stored story's articles and quotes fit as well as compare inputs). */
export type VoiceArticle = Pick<CompareArticle, 'id' | 'outlet' | 'outletGroups' | 'quotes'>;

export function shareOfVoice(articles: readonly VoiceArticle[], groupsOf?: GroupsOf): ShareOfVoice {
  const keys = speakerKeys(articles);
  const tallies = { byArticle: new Map<string, Tally>(), byOutlet: new Map<string, Tally>(), byGroup: new Map<string, Tally>() };
  const add = (m: Map<string, Tally>, k: string, speaker: string, n: number) => {
    let t = m.get(k);
    if (!t) m.set(k, (t = new Map()));
    const x = t.get(speaker) ?? { quotes: 0, words: 0 };
    x.quotes++;
    x.words += n;
    t.set(speaker, x);
  };
  for (const a of articles) {
    const groups = new Set([...a.outletGroups, ...(a.outlet && groupsOf ? groupsOf(a.outlet.name) : [])]);
    if (!tallies.byArticle.has(a.id)) tallies.byArticle.set(a.id, new Map());
    for (const q of a.quotes) {
      const key = q.kind === 'scare' ? null : keys.keyOf(q);
      if (!key) continue;
      const n = words(q.text).length;
      add(tallies.byArticle, a.id, key, n);
      if (a.outlet) add(tallies.byOutlet, a.outlet.name, key, n);
      for (const g of groups) add(tallies.byGroup, g, key, n);
    }
  }
  const done = (m: Map<string, Tally>) => Object.fromEntries([...m].map(([k, t]) => [k, finish(t, keys.nameOf)]));
  return { byArticle: done(tallies.byArticle), byOutlet: done(tallies.byOutlet), byGroup: done(tallies.byGroup) };
}
