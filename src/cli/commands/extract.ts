import type { Command } from 'commander';
import { once } from 'node:events';
import { readInputs } from '../../ingest/index.js';
import { extractOnly } from '../../pipeline/extract-task.js';
import { collect, EXIT_INPUT_FAILED } from '../options.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print clean articles as a JSON array on stdout; nothing is stored')
    .argument('<files...>', 'files or directories; - reads stdin')
    .option('--outlets <file>', 'extra outlet registry file (repeatable)', collect, [])
    .action(async (files: string[], opts: { outlets: string[] }) => {
      const out = process.stdout;
      const write = async (s: string) => { if (!out.write(s)) await once(out, 'drain'); };
      let n = 0;
      let failed = 0;
      await write('[');
      for await (const item of readInputs(files)) {
        if (item.kind === 'failure') {
          failed++;
          process.stderr.write(`failed: ${item.failure.source}: ${item.failure.message}\n`);
        } else if (item.kind === 'record') {
          try {
            const article = extractOnly({ record: item.record, outletFiles: opts.outlets });
            await write((n++ === 0 ? '\n' : ',\n') + JSON.stringify(article, null, 2));
          } catch (err) {
            failed++;
            process.stderr.write(`failed: ${item.record.source}: extraction failed: ${(err as Error).message}\n`);
          }
        }
      }
      await write(n ? '\n]\n' : ']\n');
      if (failed) process.exitCode = EXIT_INPUT_FAILED;
    });
}
