// compare/seeds: the quote variants, conflicts and framing labels a careful analyst reads out of the
// five seed articles (../shared/corpus/seeds.expected.json), against the comparison of the seed story.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutletRegistry } from '../../src/extract/outlets/index.js';
import { compareStory, storyContract } from '../../src/compare/index.js';
import { sharedDir } from '../../src/util/paths.js';
import type { EvalSection } from '../types.js';
import { analyseRecord, textRecord } from './story-input.js';

interface Rendering { article: string; contains: string }
interface Expected {
  quote_variants: { same_statement_by: string; renderings: Rendering[] }[];
  conflicts: { about: string; claims: Rendering[] }[];
  framing: { thing: string; labels: Record<string, string[]> }[];
}

export const fold = (s: string) => s.replace(/[\s\u2009\u00a0]+/gu, ' ').replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"').trim().toLowerCase();
const stripDet = (s: string) => fold(s).replace(/^(?:the|a|an) /u, '');

/** Whether `label` is the expected one or holds it as whole words ("mounting US confrontation with …" holds "confrontation"). */
export function labelHolds(label: string, expected: string): boolean {
  const l = ` ${stripDet(label).replace(/[^\p{L}\p{N}()' -]/gu, ' ')} `;
  const e = stripDet(expected).replace(/[^\p{L}\p{N}()' -]/gu, ' ');
  return l.includes(` ${e} `);
}

export async function runSeeds(): Promise<EvalSection> {
  const shared = sharedDir();
  const dir = shared && join(shared, 'corpus', 'seeds');
  const file = shared && join(shared, 'corpus', 'seeds.expected.json');
  if (!dir || !file || !existsSync(dir) || !existsSync(file)) return { name: 'compare/seeds', metrics: {}, report: '', skipped: 'seed corpus not found (../shared/corpus)' };
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected;
  const outlets = OutletRegistry.load();
  const articles = readdirSync(dir).sort().map((f) => analyseRecord(f, textRecord(join(dir, f)), outlets));
  const cmp = compareStory(articles, { groupsOf: (n) => outlets.groupsOf(n) });
  const contract = storyContract(cmp);
  const lines: string[] = [];
  let found = 0;
  let total = 0;
  const tally = (ok: boolean, what: string) => {
    total++;
    if (ok) found++;
    lines.push(`  ${ok ? 'ok  ' : 'MISS'} ${what}`);
  };
  for (const qv of expected.quote_variants) {
    const ok = contract.quote_variants.some((g) => qv.renderings.every((r) => g.renderings.some((x) => x.article_id === r.article && fold(x.text).includes(fold(r.contains)))));
    const label = contract.quote_variants.find((g) => qv.renderings.every((r) => g.renderings.some((x) => x.article_id === r.article && fold(x.text).includes(fold(r.contains)))))?.label;
    tally(ok, `quote variant (${qv.same_statement_by}): ${qv.renderings.map((r) => r.article.slice(0, 3)).join(' / ')}${label ? ` → ${label}` : ''}`);
  }
  for (const c of expected.conflicts) {
    const hit = contract.conflicts.find((x) => c.claims.every((r) => x.claims.some((y) => y.article_id === r.article && fold(y.text).includes(fold(r.contains)))));
    tally(Boolean(hit), `conflict: ${c.about}${hit ? ` (flags: ${hit.flags.map((f) => `${f.article_id.slice(0, 3)}:${f.flag}`).join(', ') || 'none'})` : ''}`);
  }
  for (const f of expected.framing) {
    const score = (labels: Record<string, string[]>) => Object.entries(f.labels).reduce((n, [a, ls]) => n + ls.filter((l) => (labels[a] ?? []).some((x) => labelHolds(x, l))).length, 0);
    const best = [...contract.framing].sort((x, y) => score(y.labels) - score(x.labels))[0];
    for (const [article, ls] of Object.entries(f.labels)) {
      for (const l of ls) tally(Boolean(best && (best.labels[article] ?? []).some((x) => labelHolds(x, l))), `framing "${f.thing}" → ${best?.referent ?? '-'}: ${article.slice(0, 3)} "${l}"`);
    }
  }
  const multi = contract.coverage.claims.filter((c) => c.article_ids.length > 1).length;
  lines.push(`  story: ${articles.length} articles, ${cmp.coverage.claims.length} claims, ${contract.coverage.claims.length} claim groups (${multi} reported by several), ${contract.quote_variants.length} quote variant groups, ${contract.framing.length} framed referents, ${contract.conflicts.length} conflicts`);
  return { name: 'compare/seeds', metrics: { items_found_pct: total ? (100 * found) / total : 0 }, report: lines.join('\n') };
}
