// One key per speaker across a story: the linked entity id when there is one, else the name
// normalised; a one-word name ("Wang") joins the story's only longer name that contains it.
import type { CompareArticle, CompareQuote } from './types.js';

const TITLE_RE = /^(?:mr|mrs|ms|dr|president|premier|minister|gen|general|sen|senator|rep)\.?\s+/iu;

export function normaliseName(name: string): string {
  return name.replace(TITLE_RE, '').replace(/['’]s$/u, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export interface SpeakerKeys {
  keyOf(q: CompareQuote): string | null;
  /** Display name of a key (the fullest form seen). */
  nameOf(key: string): string;
}

export function speakerKeys(articles: readonly Pick<CompareArticle, 'quotes'>[]): SpeakerKeys {
  const names = new Map<string, string>();
  for (const a of articles) for (const q of a.quotes) if (q.speaker) {
    const n = normaliseName(q.speaker.name);
    if (n && (!names.has(n) || q.speaker.name.length > names.get(n)!.length)) names.set(n, q.speaker.name);
  }
  // Longer names by the words they hold (each name once per word): a lookup per one-word name, not a scan.
  const holding = new Map<string, string[]>();
  for (const m of names.keys()) {
    if (!m.includes(' ')) continue;
    for (const w of new Set(m.split(' '))) {
      const list = holding.get(w);
      if (list) list.push(m);
      else holding.set(w, [m]);
    }
  }
  const alias = new Map<string, string>();
  for (const n of names.keys()) {
    if (n.includes(' ')) continue;
    const hits = holding.get(n) ?? [];
    if (hits.length === 1) alias.set(n, hits[0]);
  }
  const byId = new Map<string, string>();
  return {
    keyOf(q) {
      if (!q.speaker) return null;
      if (q.speaker.entity_id) {
        byId.set(q.speaker.entity_id, q.speaker.name);
        return q.speaker.entity_id;
      }
      const n = normaliseName(q.speaker.name);
      return n ? (alias.get(n) ?? n) : null;
    },
    nameOf(key) {
      return byId.get(key) ?? names.get(key) ?? key;
    },
  };
}
