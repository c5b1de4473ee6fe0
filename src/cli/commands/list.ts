import type { Command } from 'commander';
import { openExistingStore } from '../open-existing-store.js';
import { dbOption, parsePositiveInt } from '../options.js';

interface ListOpts { db: string; outlet?: string; language?: string; flag?: string; limit: number; offset: number; json?: boolean }

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list stored articles: date, outlet, title, flags')
    .addOption(dbOption())
    .option('--outlet <name>', 'only this outlet')
    .option('--language <code>', 'only this language')
    .option('--flag <flag>', 'only articles with this flag')
    .option('--limit <n>', 'how many', parsePositiveInt, 100)
    .option('--offset <n>', 'skip this many', (v) => Math.max(0, Number(v) || 0), 0)
    .option('--json', 'print as JSON')
    .action(async (opts: ListOpts) => {
      const store = await openExistingStore(opts.db);
      try {
        const res = await store.articles.list({ outlet: opts.outlet, language: opts.language, flag: opts.flag }, { limit: opts.limit, offset: opts.offset });
        if (opts.json) { process.stdout.write(JSON.stringify(res, null, 2) + '\n'); return; }
        process.stdout.write(`${res.total} article${res.total === 1 ? '' : 's'} in ${opts.db}\n\n`);
        for (const a of res.items) {
          const flags = a.flags.length ? `  [${a.flags.join(', ')}]` : '';
          process.stdout.write(`${a.id}  ${(a.published ?? '—').slice(0, 10).padEnd(10)}  ${(a.outlet ?? '?').slice(0, 28).padEnd(28)}  ${a.title ?? '(no title)'}${flags}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
