// `parallax reanalyze`: recompute what an upgraded stage changed, from the stored raw input.
import type { Command } from 'commander';
import { Option } from 'commander';
import { reanalyze } from '../../pipeline/reanalyze.js';
import type { ReanalyzeSummary } from '../../pipeline/reanalyze.js';
import { STAGES } from '../../pipeline/stages.js';
import { openExistingStore } from '../open-existing-store.js';
import { collect, dbOption, EXIT_INPUT_FAILED, parsePositiveInt } from '../options.js';

interface ReanalyzeCliOptions { db: string; stage?: string[]; all?: boolean; dryRun?: boolean; outlets: string[]; threads?: number; quiet?: boolean; json?: boolean }

export function registerReanalyze(program: Command): void {
  program
    .command('reanalyze')
    .description('recompute the records an upgraded stage changed (stamped with another version) from the stored raw input, then what depends on them')
    .addOption(dbOption())
    .addOption(new Option('--stage <names...>', 'recompute these stages whatever their stamps say (and what depends on them)').choices(STAGES.map((s) => s.name)))
    .option('--all', 'recompute every stage')
    .option('--dry-run', 'say what would be recomputed; change nothing')
    .option('--outlets <file>', 'extra outlet registry file (repeatable), as given to analyze', collect, [])
    .option('--threads <n>', 'worker threads for per-article stages (default: all cores)', parsePositiveInt)
    .option('-q, --quiet', 'no progress output')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: ReanalyzeCliOptions) => {
      const store = await openExistingStore(opts.db);
      try {
        const progress = opts.quiet || !process.stderr.isTTY ? undefined : (p: { articles: number }) => process.stderr.write(`\r  ${p.articles} articles recomputed`);
        const summary = await reanalyze({
          store, stages: opts.stage, all: opts.all, dryRun: opts.dryRun, outletFiles: opts.outlets, threads: opts.threads, onProgress: progress,
        });
        if (progress) process.stderr.write('\n');
        process.stdout.write(opts.json ? JSON.stringify(summary, null, 2) + '\n' : formatReanalyze(summary, store.location));
        if (summary.failed.length > 0) process.exitCode = EXIT_INPUT_FAILED;
      } finally {
        await store.close();
      }
    });
}

export function formatReanalyze(s: ReanalyzeSummary, db: string): string {
  const n = (k: number, what: string) => `${k} article${k === 1 ? '' : 's'} ${what}`;
  const lines: string[] = [];
  const corpus = [...s.reset.map((a) => `${a.stage} rebuilt (${a.why === 'version' ? `version ${a.from} → ${a.to}` : a.why})`), ...s.unfinished.map((a) => `${a.stage} finished`)];
  if (s.dryRun) {
    lines.push(`dry run, nothing changed: would re-extract ${n(s.extract.recomputed, 'and re-annotate up to')} ${s.language.recomputed}`);
    lines.push(`corpus stages to rebuild: ${corpus.length ? corpus.join(', ') : 'none'} (and whatever depends on articles that change)`);
  } else if (s.extract.recomputed + s.language.recomputed === 0 && !s.corpusStepsRan) {
    lines.push(`nothing to reanalyze: every record carries its stage's current version  → ${db}`);
  } else {
    lines.push(`${n(s.extract.recomputed, 're-extracted')} (${s.extract.changed} changed), ${n(s.language.recomputed, 're-annotated')} (${s.language.changed} changed) in ${s.seconds.toFixed(1)} s  → ${db}`);
    lines.push(`corpus stages: ${corpus.length ? corpus.join(', ') : 'none rebuilt'}${s.corpusStepsRan ? '; corpus steps re-run' : ''}`);
    if (s.groups) {
      for (const level of ['event', 'story'] as const) {
        const g = s.groups[level];
        lines.push(`${level} groups: ${g.before} → ${g.after} (${g.unchanged} unchanged, ${g.changed} changed members, ${g.added} new, ${g.removed} gone)`);
      }
    }
  }
  if (s.notReextractable.length) {
    lines.push(`${n(s.notReextractable.length, 'could not be re-extracted')}: stored before record fields were kept; analyze their files into a new store (e.g. ${s.notReextractable.slice(0, 3).join(', ')})`);
  }
  for (const f of s.failed) lines.push(`  failed: ${f.id}: ${f.message}`);
  return lines.join('\n') + '\n';
}
