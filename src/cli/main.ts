// The `parallax` command line: thin commands over the pipeline and the store.
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerList } from './commands/list.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerWatch } from './commands/watch.js';
import { UsageError } from './open-existing-store.js';
import { EXIT_FATAL } from './options.js';

export function buildProgram(): Command {
  const program = new Command('parallax')
    .description('Shows how every outlet tells the same story: clean articles, their provenance, who said what, and how coverage differs.')
    .version('0.1.0')
    .showHelpAfterError();
  registerAnalyze(program);
  registerExtract(program);
  registerExport(program);
  registerList(program);
  registerSearch(program);
  registerServe(program);
  registerShow(program);
  registerWatch(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_FATAL;
      return;
    }
    process.stderr.write(`parallax: ${err instanceof UsageError ? err.message : (err as Error).stack ?? String(err)}\n`);
    process.exitCode = EXIT_FATAL;
  }
}

await main(process.argv);
