// Error dump for studying speaker misses: `POLNEAR_ERRORS=train node --import tsx eval/polnear.ts`
// prints every found quote whose speaker is wrong, with the gold source and the text around it.
// Only train and dev may be dumped: the test split is held out.
import type { GoldArticle } from './brat.js';
import type { SpeakerMiss } from './score.js';
import { sourceHead } from './score.js';

export const DUMPABLE_SPLITS = new Set(['train', 'dev']);

const oneLine = (s: string) => s.replace(/\s+/gu, ' ');

/** One block per miss: article, gold source (head), predicted speaker, and the quote in context. */
export function formatMisses(a: GoldArticle, misses: SpeakerMiss[]): string[] {
  return misses.map(({ gold, pred }) => {
    const from = Math.max(0, Math.min(gold.content.start, gold.source?.start ?? Infinity) - 160);
    const to = Math.min(a.text.length, Math.max(gold.content.end, gold.source?.end ?? 0) + 120);
    const context = oneLine(a.text.slice(from, to));
    const src = gold.source ? `${oneLine(gold.source.text)} [${sourceHead(gold.source.text, { text: a.text, start: gold.source.start })}]` : '(none)';
    return `-- ${a.name} @${gold.content.start}\n   gold: ${src}\n   got:  ${pred.speaker ?? '(none)'}\n   ${context}`;
  });
}
