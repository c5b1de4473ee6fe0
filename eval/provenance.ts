// Provenance evaluation: (a) the seed articles (origins, republished copy, garbled flag), (b) a
// syndication benchmark generated from ECB+ (topics 1–35) and BASIL: copy-pair precision/recall,
// direction accuracy, and the garbled flag's false-positive rate over clean articles of the eval sets.
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { sharedDir } from '../src/util/paths.js';
import type { EvalSection } from './types.js';
import { seedsSection } from './provenance/seeds.js';
import { syndicationSection } from './provenance/syndication-eval.js';

export async function run(): Promise<EvalSection[]> {
  const shared = sharedDir();
  if (!shared) {
    const skipped = '../shared is absent';
    return [
      { name: 'provenance/seeds', metrics: {}, report: '', skipped },
      { name: 'provenance/syndication', metrics: {}, report: '', skipped },
    ];
  }
  return [await seedsSection(shared), await syndicationSection(shared)];
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const s of await run()) {
    console.log(`== ${s.name}${s.skipped ? ` (skipped: ${s.skipped})` : ''}`);
    console.log(JSON.stringify(s.metrics));
    console.log(s.report);
  }
}
