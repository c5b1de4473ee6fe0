// Capitalised-name spans with rough types, used only when the caller passes no entities (the real
// tagger lives in language/ner). Good enough to find speakers: people, organisations, places.
import type { EntityInput } from './types.js';
import { CAPITALISED_STOPWORDS, DEMONYMS, ORG_WORDS, PLACES, TITLE_WORDS } from './lexicon.js';

const TOKEN = String.raw`(?:(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Prof|Jr|Sr|\p{Lu})\.|\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Lu}[\p{L}\p{M}]*|-\p{L}+)*)`;
const CONNECTOR = String.raw`(?:of|for|de|da|di|del|du|la|le|van|von|bin|al|the)`;
const RUN = new RegExp(String.raw`${TOKEN}(?:[ \u00a0](?:${CONNECTOR}[ \u00a0](?:the[ \u00a0])?)?${TOKEN})*`, 'gu');
const ACRONYM = /^\p{Lu}{2,}s?$/u;

const lower = (t: string): string => t.toLowerCase();
const clean = (t: string): string => lower(t).replace(/\.$/, '');

/** Capitalised runs with leading stopwords removed, typed PERSON / ORG / GPE / NORP / MISC. */
export function fallbackEntities(text: string): EntityInput[] {
  const out: EntityInput[] = [];
  for (const m of text.matchAll(RUN)) {
    let start = m.index ?? 0;
    let surface = m[0];
    // Drop sentence-initial function words ("The", "But") and a trailing connector.
    for (;;) {
      const sp = surface.search(/[ \u00a0]/);
      const first = sp < 0 ? surface : surface.slice(0, sp);
      if (!CAPITALISED_STOPWORDS.has(clean(first)) && !CAPITALISED_STOPWORDS.has(lower(first))) break;
      if (sp < 0) { surface = ''; break; }
      start += sp + 1;
      surface = surface.slice(sp + 1);
    }
    surface = surface.replace(/[ \u00a0](?:of|for|the)$/u, '');
    if (!surface || /^\p{Lu}\.?$/u.test(surface)) continue;
    out.push({ text: surface, type: typeOf(surface), start, end: start + surface.length });
  }
  return out;
}

function typeOf(surface: string): string {
  const toks = surface.split(/[ \u00a0]+/u);
  const low = toks.map(clean);
  if (low.every((t) => DEMONYMS.has(t))) return 'NORP';
  if (low.some((t) => ORG_WORDS.has(t)) || (toks.length === 1 && ACRONYM.test(toks[0]) && !PLACES.has(low[0]))) return 'ORG';
  if (low.every((t) => PLACES.has(t) || t === 'the' || t === 'of')) return 'GPE';
  const rest = low.filter((t) => !TITLE_WORDS.has(t) && !DEMONYMS.has(t) && !PLACES.has(t) && t !== 'of' && t !== 'the');
  if (rest.length === 0) return 'MISC';
  return toks.length === 1 ? 'MISC' : 'PERSON';
}
