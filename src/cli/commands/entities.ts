import type { Command } from 'commander';
import { openExistingStore } from '../open-existing-store.js';
import { dbOption, parsePositiveInt } from '../options.js';

export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('entities linked across articles: canonical name, type, aliases, roles, articles')
    .addOption(dbOption())
    .option('--type <type>', 'PERSON, ORG, GPE, LOC, NORP, EVENT or MISC')
    .option('--name <text>', 'names or aliases containing this')
    .option('--limit <n>', 'how many', parsePositiveInt, 50)
    .option('--json', 'print as JSON')
    .action(async (opts: { db: string; type?: string; name?: string; limit: number; json?: boolean }) => {
      const store = await openExistingStore(opts.db);
      try {
        const res = await store.entities.list({ type: opts.type?.toUpperCase(), q: opts.name }, { limit: opts.limit, offset: 0 });
        if (opts.json) { process.stdout.write(JSON.stringify(res, null, 2) + '\n'); return; }
        process.stdout.write(`${res.total} entities\n\n`);
        for (const e of res.items) {
          const extra = [e.aliases.length ? `aka ${e.aliases.join(', ')}` : '', e.roles.length ? `roles: ${e.roles.slice(0, 3).join('; ')}` : ''].filter(Boolean).join(' — ');
          process.stdout.write(`${e.id}  ${e.type.padEnd(6)} ${e.name}  (${e.mentions} mentions in ${e.article_ids.length} articles)${extra ? '\n    ' + extra : ''}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
