// Quality flags that need this stage's text analysis (extraction already flags truncation, mixed
// languages, boilerplate share, missing byline or date).
import type { Flag } from '../model-types.js';
import { garbledFlag } from './garbled.js';

export function qualityFlags(text: string): Flag[] {
  const garbled = garbledFlag(text);
  return garbled ? [garbled] : [];
}
