import type { Command } from 'commander';
import { renderTimeline } from '../../stories/events/index.js';
import { timeline } from '../../services/timeline.js';
import { openExistingStore, UsageError } from '../open-existing-store.js';
import { dbOption } from '../options.js';

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('dated events in order, with cooperation–conflict scores, for a story or an actor pair')
    .addOption(dbOption())
    .option('--story <id>', 'events of one story')
    .option('--actors <A,B>', 'events where A acts on B (names, aliases or entity ids)')
    .option('--json', 'print as JSON')
    .action(async (opts: { db: string; story?: string; actors?: string; json?: boolean }) => {
      const actors = opts.actors?.split(',').map((s) => s.trim());
      if (actors && (actors.length !== 2 || actors.some((a) => !a))) throw new UsageError('--actors takes two names: A,B');
      const store = await openExistingStore(opts.db);
      try {
        const entries = await timeline(store, { story: opts.story, actors: actors as [string, string] | undefined });
        if (opts.json) process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
        else process.stdout.write(renderTimeline(entries, actors ? `${actors[0]} → ${actors[1]}` : opts.story ? `story ${opts.story}` : 'all events') + '\n');
      } finally {
        await store.close();
      }
    });
}
