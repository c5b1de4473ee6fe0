// Evaluation of coverage comparison (issue 6): seeds (compare/seeds), BASIL triplets (compare/basil)
// and a generated edit test on the demo corpus and BASIL articles (compare/generated).
// Helpers live in eval/compare/. Run standalone: node --import tsx eval/compare.ts
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../src/extract/index.js';
import { OutletRegistry } from '../src/extract/outlets/index.js';
import { repoRoot } from '../src/util/paths.js';
import type { EvalSection } from './types.js';
import { runBasil } from './compare/basil.js';
import { runGenerated, type BaseText } from './compare/generated.js';
import { runSeeds } from './compare/seeds.js';
import { textRecord } from './compare/story-input.js';

/** The demo corpus's plain-text articles (fictional, shipped in examples/) as clean texts. */
function demoBases(): BaseText[] {
  const root = join(repoRoot, 'examples', 'corpus');
  const outlets = OutletRegistry.load([join(repoRoot, 'examples', 'outlets.json')]);
  const out: BaseText[] = [];
  for (const folder of readdirSync(root).filter((f) => f !== 'feeds').sort()) {
    for (const f of readdirSync(join(root, folder)).filter((x) => x.endsWith('.txt')).sort()) {
      const a = extractArticle(textRecord(join(root, folder, f)), { outlets });
      if (a.text.length > 400) out.push({ id: `${folder}/${f}`, text: a.text, outlet: a.outlet?.name ?? folder });
    }
  }
  return out;
}

export async function run(): Promise<EvalSection[]> {
  const seeds = await runSeeds();
  const { section: basil, triplets } = await runBasil();
  const bases = demoBases();
  for (const list of triplets?.values() ?? []) {
    const first = list[0].article;
    bases.push({ id: `basil/${first.id.slice(0, 8)}`, text: first.text, outlet: first.outlet?.name ?? 'basil' });
  }
  return [seeds, basil, runGenerated(bases)];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const s of await run()) console.log(`## ${s.name}${s.skipped ? ` (skipped: ${s.skipped})` : ''}\n${s.report}\n${JSON.stringify(s.metrics)}`);
}
