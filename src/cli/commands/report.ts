import type { Command } from 'commander';
import { Option } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStoryReport } from '../../report/story-report.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import { renderHtml } from '../../report/render-html.js';
import { renderCsvTables } from '../../report/render-csv.js';
import { openExistingStore, UsageError } from '../open-existing-store.js';
import { collect, dbOption } from '../options.js';
import { OutletRegistry } from '../../extract/outlets/index.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('a self-contained report of one story: coverage matrix, unique and omitted facts, quote variants, framing, conflicts, timeline')
    .argument('<story-id>', 'story or event id (see parallax stories)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'md, html or csv').choices(['md', 'html', 'csv']).default('md'))
    .option('-o, --out <path>', 'file to write (md/html), or folder for the csv tables (default: report-<id>/)')
    .option('--groups <file>', 'outlet registry file with group labels (repeatable): adds per-group tables', collect, [])
    .action(async (id: string, opts: { db: string; format: 'md' | 'html' | 'csv'; out?: string; groups: string[] }) => {
      const registry = opts.groups.length ? OutletRegistry.load(opts.groups) : null;
      const store = await openExistingStore(opts.db);
      try {
        const report = await buildStoryReport(store, id, { groupsOf: registry ? (name) => registry.groupsOf(name) : undefined });
        if (!report) throw new UsageError(`no story ${id} in ${opts.db}`);
        if (opts.format === 'csv') {
          const dir = opts.out ?? `report-${id}`;
          mkdirSync(dir, { recursive: true });
          const quotes = (await store.quotes.list({ articles: report.story.article_ids }, { limit: 100_000, offset: 0 })).items;
          for (const [name, content] of Object.entries(renderCsvTables(report, quotes))) writeFileSync(join(dir, name), content);
          process.stderr.write(`wrote ${dir}/matrix.csv, quotes.csv, timeline.csv${report.groups ? ', groups.csv, group_matrix.csv, group_quote_share.csv, group_framing.csv' : ''}\n`);
          return;
        }
        const text = opts.format === 'html' ? renderHtml(report) : renderMarkdown(report);
        if (opts.out) { writeFileSync(opts.out, text); process.stderr.write(`wrote ${opts.out}\n`); } else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
}
