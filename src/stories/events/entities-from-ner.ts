// Stand-in for the entity linker: NER mentions to keyed entities. A one-word mention that is the
// first or last word of an earlier multi-word person name ("Wang" after "Wang Yi", "Blinken" after
// "Antony Blinken") becomes that person, whatever type the tagger gave it. Keys are normalised names,
// so the same full name matches across articles. Drop this once src/language/entities/ links mentions.
import type { EventEntity } from './types.js';

const SKIP_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']);
const LEADING_THE_RE = /^the\s+/i;
const POSSESSIVE_RE = /['’]s?$/;

export function nameKey(name: string): string {
  return 'name:' + name.toLowerCase().replace(/\s+/g, ' ');
}

export function entitiesFromNer(mentions: readonly { text: string; type: string; start: number; end: number }[]): EventEntity[] {
  const fullNames = new Map<string, string>(); // one word → fullest person name containing it first or last
  const out: EventEntity[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (SKIP_TYPES.has(m.type)) continue;
    const name = m.text.replace(LEADING_THE_RE, '').replace(POSSESSIVE_RE, '').trim();
    if (name === '') continue;
    const words = name.split(/\s+/);
    let type = m.type;
    let full = name;
    if (words.length === 1 && fullNames.has(name.toLowerCase())) {
      full = fullNames.get(name.toLowerCase())!;
      type = 'PERSON';
    } else if (m.type === 'PERSON' && words.length > 1) {
      for (const w of [words[0], words[words.length - 1]]) {
        const known = fullNames.get(w.toLowerCase());
        if (!known || known.length <= name.length) fullNames.set(w.toLowerCase(), name);
      }
    }
    out.push({ key: nameKey(full), name: full, type, start: m.start, end: m.end });
  }
  return out;
}
