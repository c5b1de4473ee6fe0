import type { Command } from 'commander';
import { openExistingStore } from '../open-existing-store.js';
import { dbOption, parsePositiveInt } from '../options.js';

export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('quotes with their speakers')
    .addOption(dbOption())
    .option('--speaker <name|id>', "speaker's canonical name or entity id")
    .option('--article <id>', 'quotes of one article')
    .option('--story <id>', 'quotes of the articles of one story')
    .option('--kind <kind>', 'direct, partial, indirect or scare (default: all but scare)')
    .option('--limit <n>', 'how many', parsePositiveInt, 100)
    .option('--json', 'print as JSON')
    .action(async (opts: { db: string; speaker?: string; article?: string; story?: string; kind?: string; limit: number; json?: boolean }) => {
      const store = await openExistingStore(opts.db);
      try {
        const articles = opts.story ? (await store.stories.get(opts.story))?.article_ids ?? [] : undefined;
        const res = await store.quotes.list({ speaker: opts.speaker, article: opts.article, articles }, { limit: 100_000, offset: 0 });
        const items = res.items.filter((q) => (opts.kind ? q.kind === opts.kind : q.kind !== 'scare')).slice(0, opts.limit);
        if (opts.json) { process.stdout.write(JSON.stringify({ items, total: items.length }, null, 2) + '\n'); return; }
        for (const q of items) {
          process.stdout.write(`${(q.speaker?.name ?? 'unattributed').padEnd(22)} ${q.kind.padEnd(8)} “${q.text.replace(/\s+/g, ' ')}”  [${q.article_id}]\n`);
        }
      } finally {
        await store.close();
      }
    });
}
