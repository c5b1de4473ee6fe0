import type { Command } from 'commander';
import { Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { EXPORT_FORMATS, writeExport } from '../../services/export-writer.js';
import type { ExportFormat } from '../../services/export-writer.js';
import { openExistingStore } from '../open-existing-store.js';
import { collect, dbOption } from '../options.js';
import { OutletRegistry } from '../../extract/outlets/index.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the store as JSON ({ articles, stories, entities, quotes, events }), JSON lines or CSV')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS as string[]).default('json'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--groups <file>', 'outlet registry file with group labels (repeatable)', collect, [])
    .action(async (opts: { db: string; format: ExportFormat; out?: string; groups: string[] }) => {
      const store = await openExistingStore(opts.db);
      try {
        const out = opts.out ? createWriteStream(opts.out) : process.stdout;
        const registry = OutletRegistry.load(opts.groups);
        const n = await writeExport(store, opts.format, out, (name) => registry.groupsOf(name));
        if (opts.out) { out.end(); await finished(out); process.stderr.write(`exported ${n} articles to ${opts.out}\n`); }
      } finally {
        await store.close();
      }
    });
}
