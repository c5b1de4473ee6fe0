import type { Command } from 'commander';
import type { Article } from '../../model/article.js';
import { openExistingStore, UsageError } from '../open-existing-store.js';
import { dbOption } from '../options.js';

export function registerLineage(program: Command): void {
  program
    .command('lineage')
    .description('where an article came from, its copies and duplicates, and what a copy changed')
    .argument('<id>', 'article id')
    .addOption(dbOption())
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { db: string; json?: boolean }) => {
      const store = await openExistingStore(opts.db);
      try {
        const a = await store.articles.get(id);
        if (!a) throw new UsageError(`no article ${id} in ${opts.db}`);
        const title = async (x: string) => (await store.articles.get(x))?.title ?? '(no title)';
        if (opts.json) {
          process.stdout.write(JSON.stringify({ id: a.id, original: a.original, copies: a.copies, duplicates: a.duplicates, reuse: a.reuse, diff: a.diff, flags: a.flags }, null, 2) + '\n');
          return;
        }
        process.stdout.write(await formatLineage(a, title));
      } finally {
        await store.close();
      }
    });
}

async function formatLineage(a: Article, title: (id: string) => Promise<string>): Promise<string> {
  const out = [`${a.id}  ${a.outlet?.name ?? '?'}  ${a.title ?? '(no title)'}`, ''];
  if (a.original) {
    const where = a.original.article_id ? `${a.original.article_id} “${await title(a.original.article_id)}”` : 'not in the corpus';
    out.push(`original: ${a.original.outlet ?? 'unknown outlet'}${a.original.published ? ', ' + a.original.published : ''} — ${where}`);
    out.push(`evidence: ${a.original.evidence}`);
  } else out.push('original: none found (this looks like the original)');
  for (const c of a.copies) out.push(`copy: ${c} “${await title(c)}”`);
  for (const d of a.duplicates) out.push(`${d.kind} duplicate (${d.similarity}): ${d.article_id} “${await title(d.article_id)}”`);
  for (const r of a.reuse) out.push(`reuses ${Math.round(r.shared_fraction * 100)}% of ${r.article_id} in ${r.passages.length} passage(s)`);
  if (a.diff) {
    out.push('', `diff against the original${a.diff.title_changed ? ' (headline changed)' : ''}:`);
    for (const p of a.diff.added) out.push(`  + ${p}`);
    for (const p of a.diff.removed) out.push(`  - ${p}`);
    for (const c of a.diff.changed) out.push(`  ~ ${c.from}\n    → ${c.to}`);
  }
  const flags = a.flags.filter((f) => f.flag === 'garbled' || f.flag === 'truncated');
  for (const f of flags) out.push(`flag ${f.flag}: ${f.evidence}`);
  return out.join('\n') + '\n';
}
