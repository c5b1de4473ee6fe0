// Seed-article check: every non-stretch quote of seeds.expected.json found with the right speaker.
// Reads the seed files at run time; nothing of them is stored in the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalSection } from '../types.js';
import { findQuotes } from '../../src/language/quotes/index.js';

interface ExpectedQuote {
  contains: string;
  speaker: string;
  speaker_alternatives?: string[];
  stretch?: boolean;
}

const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

export async function seedQuoteSection(shared: string | null): Promise<EvalSection> {
  const name = 'language/seed-quotes';
  const expectedPath = shared ? join(shared, 'corpus', 'seeds.expected.json') : '';
  if (!shared || !existsSync(expectedPath)) return { name, metrics: {}, report: '', skipped: 'seeds.expected.json not found' };
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { articles: Record<string, { quotes?: ExpectedQuote[] }> };
  const rows: string[] = [];
  let total = 0;
  let right = 0;
  for (const [file, art] of Object.entries(expected.articles)) {
    const path = join(shared, 'corpus', 'seeds', file);
    if (!existsSync(path)) continue;
    const quotes = findQuotes(readFileSync(path, 'utf8'));
    for (const q of art.quotes ?? []) {
      if (q.stretch) continue;
      total++;
      const holds = (m: (typeof quotes)[number]) => fold(m.text).includes(fold(q.contains));
      const hit = quotes.find((m) => (m.kind === 'direct' || m.kind === 'partial') && holds(m)) ?? quotes.find((m) => m.kind === 'indirect' && holds(m));
      const names = [q.speaker, ...(q.speaker_alternatives ?? [])];
      const ok = !!hit?.speaker && names.includes(hit.speaker.name);
      if (ok) right++;
      rows.push(`${ok ? 'ok ' : 'BAD'} ${file.slice(0, 3)} ${q.speaker.padEnd(14)} got ${(hit ? (hit.speaker?.name ?? 'no speaker') : 'not found').padEnd(16)} ${hit?.kind ?? ''}`);
    }
  }
  return { name, metrics: { found_right_pct: total ? Math.round((1000 * right) / total) / 10 : 0 }, report: [`${right}/${total} seed quotes found with the right speaker`, ...rows].join('\n') };
}
