import type { Command } from 'commander';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../store/snippet-markers.js';
import { openExistingStore } from '../open-existing-store.js';
import { dbOption, parsePositiveInt } from '../options.js';

interface SearchOpts { db: string; outlet?: string; language?: string; flag?: string; from?: string; to?: string; limit: number; json?: boolean }

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over titles and texts')
    .argument('<query>', 'words (all must match); "quoted phrases"; prefix*')
    .addOption(dbOption())
    .option('--outlet <name>', 'only this outlet')
    .option('--language <code>', 'only this language (ISO 639-1)')
    .option('--flag <flag>', 'only articles with this quality flag')
    .option('--from <date>', 'published on or after (YYYY-MM-DD)')
    .option('--to <date>', 'published on or before (YYYY-MM-DD)')
    .option('--limit <n>', 'number of hits', parsePositiveInt, 20)
    .option('--json', 'print hits as JSON')
    .action(async (query: string, opts: SearchOpts) => {
      const store = await openExistingStore(opts.db);
      try {
        const { outlet, language, flag, from, to } = opts;
        const res = await store.articles.search(query, { outlet, language, flag, from, to }, { limit: opts.limit, offset: 0 });
        if (opts.json) { process.stdout.write(JSON.stringify(res, null, 2) + '\n'); return; }
        process.stdout.write(`${res.total} hit${res.total === 1 ? '' : 's'}\n`);
        for (const h of res.items) {
          const snippet = h.snippet.replaceAll(SNIPPET_OPEN, '*').replaceAll(SNIPPET_CLOSE, '*').replace(/\s+/g, ' ');
          process.stdout.write(`\n${h.id}  ${h.published ?? '—'}  ${h.outlet ?? '?'}\n  ${h.title ?? '(no title)'}\n  ${snippet}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
