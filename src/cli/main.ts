// The `parallax` command line: thin commands over the pipeline and the store.
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerAnnotate } from './commands/annotate.js';
import { registerEntities } from './commands/entities.js';
import { registerLineage } from './commands/lineage.js';
import { registerQuotes } from './commands/quotes.js';
import { registerReanalyze } from './commands/reanalyze.js';
import { registerReport } from './commands/report.js';
import { registerStories } from './commands/stories.js';
import { registerTimeline } from './commands/timeline.js';
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
  registerAnnotate(program);
  registerEntities(program);
  registerLineage(program);
  registerQuotes(program);
  registerReanalyze(program);
  registerReport(program);
  registerStories(program);
  registerTimeline(program);
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

// `parallax export | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

await main(process.argv);
