// The sentences and entities handed to findQuotes in the evaluation: the project's splitter and NER
// when they load, else the quote module's own fallback (an empty context).
import type { QuoteContext } from '../../src/language/quotes/index.js';

export interface ContextMaker {
  label: string;
  make: (text: string) => QuoteContext;
}

export async function contextMaker(): Promise<ContextMaker> {
  if (process.env.PARALLAX_QUOTES_FALLBACK) return { label: 'the quote module fallback', make: () => ({}) };
  try {
    const ner = await import('../../src/language/ner/recognize-entities.js');
    const sentences = await import('../../src/language/sentences/split-sentences.js');
    const probe = ner.recognizeEntities('Wang Yi met Antony Blinken in Beijing.');
    if (!Array.isArray(probe)) throw new Error('unexpected NER output');
    return {
      label: 'language/ner + language/sentences',
      make: (text) => ({ entities: ner.recognizeEntities(text), sentences: sentences.splitSentences(text) }),
    };
  } catch (err) {
    return { label: `the quote module fallback (NER unavailable: ${(err as Error).message.split('\n')[0]})`, make: () => ({}) };
  }
}
