// Synthetic article texts for provenance tests (written here; no third-party text).
import type { ProvenanceInput } from '../../src/provenance/types.js';

const WORDS = ('harbor council budget vote river bridge mayor school teacher union strike market price grain farmer ' +
  'storm coast rescue boat crew hospital nurse doctor court judge ruling appeal minister treaty border trade tariff ' +
  'energy plant reactor wind solar grid outage winter heating city train station delay commuter police report fire ' +
  'museum painting theft auction festival music crowd stadium match coach player injury season record').split(' ');

/** A deterministic paragraph of n words (seeded), ending with a period. */
export function paragraph(seed: number, n = 40): string {
  let x = seed * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length]);
  }
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

export function articleText(seed: number, paragraphs = 6): string {
  return Array.from({ length: paragraphs }, (_, i) => paragraph(seed * 100 + i)).join('\n\n');
}

export function article(id: string, text: string, extra: Partial<ProvenanceInput> = {}): ProvenanceInput {
  return { id, title: null, text, published: null, outlet: null, dateline: null, original: null, ...extra };
}
