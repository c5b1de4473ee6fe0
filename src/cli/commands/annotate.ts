import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { annotateText } from '../../language/annotate.js';
import { EntityIndex } from '../../language/entities/index.js';
import { UsageError } from '../open-existing-store.js';

export function registerAnnotate(program: Command): void {
  program
    .command('annotate')
    .description('sentences, entities, quotes with speakers and resolved dates of a raw text, as JSON (offsets into the input)')
    .argument('[file]', 'a text file, or - / nothing for stdin', '-')
    .option('--date <YYYY-MM-DD>', 'publication date that relative dates resolve against')
    .action((file: string, opts: { date?: string }) => {
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new UsageError('--date must be YYYY-MM-DD');
      let text: string;
      try {
        text = readFileSync(file === '-' ? 0 : file, 'utf8');
      } catch (err) {
        throw new UsageError(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
      }
      const a = annotateText(text, { published: opts.date ?? null });
      // Entity ids as the corpus would give them, from this one text.
      const index = new EntityIndex();
      index.addArticle('input', a.entities);
      const idOf = (key: string | null | undefined) => (key ? index.idOfLocal('input', key) : null);
      const out = {
        sentences: a.sentences.map((s) => ({ start: s.start, end: s.end })),
        entities: a.mentions.map((m) => ({ text: m.text, type: m.type, start: m.start, end: m.end, entity_id: idOf(m.key) })),
        quotes: a.quotes.map((q) => ({
          text: q.text, kind: q.kind, start: q.start, end: q.end, cue: q.cue,
          speaker: q.speaker ? { name: q.speaker.name, entity_id: idOf(q.speaker.entityKey) } : null,
        })),
        dates: a.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value })),
      };
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    });
}
