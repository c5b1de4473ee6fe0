// The context handed to findQuotes in the evaluation: none, so the default path runs — the project's
// sentence splitter (language/sentences) and trained tagger (language/ner), as in production.
import type { QuoteContext } from '../../src/language/quotes/index.js';

export interface ContextMaker {
  label: string;
  make: (text: string) => QuoteContext;
}

export async function contextMaker(): Promise<ContextMaker> {
  return { label: 'language/ner + language/sentences (the default path)', make: () => ({}) };
}
