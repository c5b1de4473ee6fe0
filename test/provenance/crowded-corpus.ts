// A corpus where one text is reused by far more articles than a reuse list keeps, and one text has
// more near copies than a duplicates list keeps (written here; no third-party text).
import type { ProvenanceInput } from '../../src/provenance/types.js';
import { article, paragraph } from './fixtures.js';
export { shuffled } from '../helpers/shuffled.js';

const day = (d: number): string => `2024-05-${String(1 + (d % 28)).padStart(2, '0')}T08:00:00Z`;

/** Replaces word `w` of a paragraph (a light edit that keeps the text a near copy). */
function edit(text: string, w: number, word: string): string {
  const words = text.split(' ');
  words[w % (words.length - 1)] = word;
  return words.join(' ');
}

export function crowdedCorpus(reusers = 60, nearCopies = 36): ProvenanceInput[] {
  const source = Array.from({ length: 10 }, (_, i) => paragraph(9000 + i));
  const out: ProvenanceInput[] = [article('src', source.join('\n\n'), { outlet: { name: 'Wire', domain: null }, published: day(0) })];
  for (let i = 0; i < reusers; i++) {
    // 1 to 4 consecutive paragraphs of the source between two of its own: many equal shared fractions.
    const j = 1 + (i % 4);
    const taken = Array.from({ length: j }, (_, k) => source[(i * 3 + k) % source.length]);
    const text = [paragraph(20_000 + 2 * i), ...taken, paragraph(20_001 + 2 * i)].join('\n\n');
    const id = `r${String(i).padStart(3, '0')}`;
    out.push(article(id, text, { outlet: { name: `Paper ${i % 7}`, domain: null }, published: day(1 + (i % 9)) }));
    if (i % 9 === 4) out.push(article(`${id}x`, text, { outlet: { name: `Mirror ${i}`, domain: null }, published: day(2 + (i % 9)) }));
  }
  const base = Array.from({ length: 8 }, (_, i) => paragraph(30_000 + i));
  out.push(article('near', base.join('\n\n'), { outlet: { name: 'Origin', domain: null }, published: day(0) }));
  for (let k = 0; k < nearCopies; k++) {
    const paras = base.map((p, i) => (i === k % base.length ? edit(p, 3 + k, `edit${k}`) : p));
    const id = `n${String(k).padStart(3, '0')}`;
    out.push(article(id, paras.join('\n\n'), { outlet: { name: `Copier ${k % 5}`, domain: null }, published: day(1 + (k % 5)) }));
    if (k % 8 === 3) out.push(article(`${id}x`, paras.join('\n\n'), { outlet: { name: `Mirror n${k}`, domain: null }, published: day(3) }));
  }
  return out;
}
