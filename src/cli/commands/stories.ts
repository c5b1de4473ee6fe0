import type { Command } from 'commander';
import { openExistingStore, UsageError } from '../open-existing-store.js';
import { collect, dbOption, parsePositiveInt } from '../options.js';
import { OutletRegistry } from '../../extract/outlets/index.js';
import type { GroupTables } from '../../compare/group-tables.js';
import { storyGroups } from '../../services/story-groups.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('stories (threads of events) and events, with the outlets that cover them')
    .addOption(dbOption())
    .option('--level <level>', 'story or event')
    .option('--limit <n>', 'how many', parsePositiveInt, 50)
    .option('--json', 'print as JSON')
    .action(async (opts: { db: string; level?: 'story' | 'event'; limit: number; json?: boolean }) => {
      if (opts.level && !['story', 'event'].includes(opts.level)) throw new UsageError('--level is story or event');
      const store = await openExistingStore(opts.db);
      try {
        const res = await store.stories.list({ level: opts.level }, { limit: opts.limit, offset: 0 });
        if (opts.json) { process.stdout.write(JSON.stringify(res, null, 2) + '\n'); return; }
        for (const s of res.items) {
          process.stdout.write(`${s.id}  ${s.level.padEnd(5)}  ${String(s.article_count).padStart(3)} articles  ${s.label}\n    ${s.outlets.map((o) => `${o.name} (${o.articles})`).join(', ')}\n`);
        }
      } finally {
        await store.close();
      }
    });

  program
    .command('story')
    .description('one story or event: its articles, shared sentences, coverage, quote variants, framing and conflicts (use `report` for the full comparison)')
    .argument('<id>', 'story or event id')
    .addOption(dbOption())
    .option('--json', 'print the story record as JSON (with --groups, under "groups" its per-group tables)')
    .option('--groups <file>', 'outlet registry file with group labels (repeatable): adds per-group coverage, quote share and framing', collect, [])
    .action(async (id: string, opts: { db: string; json?: boolean; groups: string[] }) => {
      const registry = opts.groups.length ? OutletRegistry.load(opts.groups) : null;
      const store = await openExistingStore(opts.db);
      try {
        const s = await store.stories.get(id);
        if (!s) throw new UsageError(`no story ${id} in ${opts.db}`);
        const groups = registry ? await storyGroups(store, id, (name) => registry.groupsOf(name)) : null;
        if (opts.json) { process.stdout.write(JSON.stringify(groups ? { ...s, groups } : s, null, 2) + '\n'); return; }
        const lines = [`# ${s.label}`, `${s.level} ${s.id}, ${s.first_date ?? '?'} – ${s.last_date ?? '?'}`, ''];
        for (const aid of s.article_ids) {
          const a = await store.articles.get(aid, { provenanceLists: false });
          lines.push(`- ${aid}  ${a?.outlet?.name ?? '?'}  ${a?.title ?? ''}`);
        }
        if (s.summary.length) lines.push('', 'shared:', ...s.summary.map((x) => `  ${x}`));
        lines.push('', `${s.coverage?.claims.length ?? 0} claims, ${s.quote_variants.length} quote variant groups, ${s.framing.length} framed referents, ${s.conflicts.length} conflicts — \`parallax report ${s.id}\` shows them`);
        if (groups) lines.push('', ...groupLines(groups));
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}

/** One paragraph per outlet group: its outlets, claims reported / alone / left out, top speakers, labels. */
function groupLines(t: GroupTables): string[] {
  const out = ['by outlet group:'];
  for (const g of t.groups) {
    const c = t.coverage[g.name];
    out.push(`  ${g.name}: ${g.articleIds.length} article${g.articleIds.length === 1 ? '' : 's'} (${g.outlets.join(', ') || 'unknown outlet'})`);
    out.push(`    claims reported ${c.reported.length}, only this group ${c.unique.length}, left out ${c.omitted.length}`);
    const voices = (t.quoteShare[g.name] ?? []).slice(0, 3).map((v) => `${v.speaker} ${Math.round(100 * v.share)}%`);
    if (voices.length) out.push(`    quotes: ${voices.join(', ')}`);
    const labels = t.framing.filter((f) => f.labels[g.name]?.length).slice(0, 3).map((f) => `${f.referent} → ${f.labels[g.name].slice(0, 3).join('; ')}`);
    if (labels.length) out.push(`    names: ${labels.join(' | ')}`);
  }
  return out;
}
