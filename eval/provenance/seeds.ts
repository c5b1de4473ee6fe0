// Seeds section: origins of 000 (World Socialist Web Site, credit line), 002 (Associated Press, from
// the dateline) and 004 (none); 001 a republished copy of unknown origin; 002 garbled, 000/001/004 not.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addArticles } from '../../src/provenance/add-articles.js';
import { MemoryProvenanceIndex } from '../../src/provenance/memory-index.js';
import { provenanceOf } from '../../src/provenance/provenance-of.js';
import type { ProvenanceInput } from '../../src/provenance/types.js';
import type { EvalSection } from '../types.js';

type Expected = { articles: Record<string, { original?: { outlet?: string; evidence?: string } | null; quality_flags?: string[] }> };

export async function seedsSection(shared: string): Promise<EvalSection> {
  const dir = join(shared, 'corpus', 'seeds');
  const expectedFile = join(shared, 'corpus', 'seeds.expected.json');
  if (!existsSync(dir) || !existsSync(expectedFile)) return { name: 'provenance/seeds', metrics: {}, report: '', skipped: 'seeds absent' };
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const { articles, how } = await readSeeds(dir, files);
  const index = new MemoryProvenanceIndex();
  addArticles(articles, index);
  const lines: string[] = [`articles read by ${how}`];
  const checks: Record<string, boolean> = {};
  files.forEach((f, i) => {
    const p = provenanceOf(articles[i].id, index);
    const exp = expected.articles[f];
    const tag = f.slice(0, 3);
    const garbled = p.flags.some((x) => x.flag === 'garbled');
    if (exp?.original?.outlet && !exp.original.outlet.startsWith('unknown')) {
      checks[`${tag}_original`] = p.original?.outlet === exp.original.outlet && (!exp.original.evidence || p.original.evidence.includes(exp.original.evidence.replace(/\s*—$/, '')));
    } else if (exp?.original === null) checks[`${tag}_no_original`] = p.original === null;
    else if (exp?.original?.outlet?.startsWith('unknown')) checks[`${tag}_republished_unknown`] = p.original !== null && p.original.outlet === null && p.original.article_id === null;
    if (tag === '003') {
      // 003 has no expectation about its origin; it is reported, not scored.
    }
    const wantGarbled = (exp?.quality_flags ?? []).some((q) => q.includes('garbled'));
    if (wantGarbled || ['000', '001', '004'].includes(tag)) checks[`${tag}_${wantGarbled ? 'garbled' : 'not_garbled'}`] = garbled === wantGarbled;
    lines.push(`${tag}  original: ${p.original ? `${p.original.outlet ?? '(unknown outlet)'} — ${p.original.evidence}` : 'none'}${garbled ? '  [garbled]' : ''}`);
  });
  const names = Object.keys(checks).sort();
  lines.push('', ...names.map((n) => `${checks[n] ? 'ok  ' : 'FAIL'} ${n}`));
  const passed = names.filter((n) => checks[n]).length;
  return { name: 'provenance/seeds', metrics: { checks_passed: passed / names.length }, report: lines.join('\n') };
}

async function readSeeds(dir: string, files: string[]): Promise<{ articles: ProvenanceInput[]; how: string }> {
  try {
    const { extractArticle } = await import('../../src/extract/index.js');
    const { OutletRegistry } = await import('../../src/extract/outlets/registry.js');
    const outlets = OutletRegistry.load();
    const articles = files.map((f) => {
      const body = readFileSync(join(dir, f), 'utf8');
      const a = extractArticle({ source: f, externalId: null, format: 'text', bodyType: 'text', body, fields: {}, recordIndex: 0, fileSha256: '' }, { outlets });
      return { ...a, id: f.slice(0, 3) };
    });
    return { articles, how: 'extractArticle (src/extract)' };
  } catch (err) {
    const articles = files.map((f) => plainSeed(f, readFileSync(join(dir, f), 'utf8')));
    return { articles, how: `a plain reading (extraction unavailable: ${(err as Error).message.split('\n')[0]})` };
  }
}

/** Minimal clean-up: markdown marks dropped, the first line taken as the title. */
function plainSeed(file: string, raw: string): ProvenanceInput {
  const text = raw.replace(/[*#]+/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\\$/g, '$').trim();
  const [first, ...rest] = text.split('\n');
  return { id: file.slice(0, 3), title: first.trim() || null, text: rest.join('\n').trim(), published: null, outlet: null, dateline: null, original: null };
}
