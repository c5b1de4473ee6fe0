import type { Command } from 'commander';
import type { Article } from '../../model/article.js';
import { openExistingStore, UsageError } from '../open-existing-store.js';
import { dbOption } from '../options.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show one article: metadata, clean text, removed boilerplate and flags')
    .argument('<id>', 'article id (from analyze, search or export)')
    .addOption(dbOption())
    .option('--json', 'print the article record as JSON')
    .option('--raw', 'print the raw input as stored')
    .action(async (id: string, opts: { db: string; json?: boolean; raw?: boolean }) => {
      const store = await openExistingStore(opts.db);
      try {
        const article = await store.articles.get(id);
        if (!article) throw new UsageError(`no article ${id} in ${opts.db}`);
        if (opts.raw) process.stdout.write((await store.articles.getRaw(id))?.raw ?? '');
        else if (opts.json) process.stdout.write(JSON.stringify(article, null, 2) + '\n');
        else process.stdout.write(formatArticle(article));
      } finally {
        await store.close();
      }
    });
}

export function formatArticle(a: Article): string {
  const meta: [string, string | null][] = [
    ['id', a.id], ['source', a.source], ['url', a.url], ['outlet', a.outlet ? `${a.outlet.name}${a.outlet.domain ? ` (${a.outlet.domain})` : ''}` : null],
    ['authors', a.authors.join(', ') || null], ['published', a.published ? a.published + (a.published_estimated ? ' (estimated)' : '') : null],
    ['dateline', a.dateline], ['language', a.language + (a.segments.some((s) => s.language !== a.language) ? ` (segments: ${[...new Set(a.segments.map((s) => s.language))].join(', ')})` : '')],
    ['original', a.original ? `${a.original.outlet ?? 'unknown outlet'}${a.original.published ? ', ' + a.original.published : ''} — evidence: ${a.original.evidence}` : null],
  ];
  const out = [`# ${a.title ?? '(no title)'}`, ''];
  for (const [k, v] of meta) if (v) out.push(`${k.padEnd(10)} ${v}`);
  if (a.flags.length) { out.push('', 'flags:'); for (const f of a.flags) out.push(`  ${f.flag}: ${f.evidence}`); }
  out.push('', a.text, '');
  if (a.removed.length) {
    out.push(`removed (${a.removed.length}):`);
    for (const r of a.removed) out.push(`  [${r.reason}] ${r.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return out.join('\n') + '\n';
}
