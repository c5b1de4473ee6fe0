// Convenience for callers without an upstream language stage (evaluation, CLI demos): sentences,
// NER, dates and the stand-in entity keys, then event extraction. The pipeline passes its own
// results to extractEvents instead, so nothing runs twice.
import { findDates } from '../../language/dates/index.js';
import { recognizeEntities } from '../../language/ner/recognize-entities.js';
import { splitSentences } from '../../language/sentences/split-sentences.js';
import { entitiesFromNer } from './entities-from-ner.js';
import { extractEvents } from './extract-events.js';
import type { ArticleEvent } from './types.js';

export function analyseText(text: string, published: string | null): ArticleEvent[] {
  const sentences = splitSentences(text);
  const entities = entitiesFromNer(recognizeEntities(text, sentences));
  const dates = findDates(text, { published });
  return extractEvents(text, { published, sentences, entities, dates });
}
