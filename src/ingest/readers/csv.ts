// CSV/TSV with a header row, streamed through csv-parse. A row whose field count differs from the
// header, or that csv-parse cannot parse, is a failure naming its line; the rest goes on.
import { Readable } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import { hasArticleColumn } from '../record-fields.js';
import { csvDelimiter } from '../sniff.js';
import { FormatError, failureItem, type ReaderContext, type RecordItem, type TextInput } from './context.js';
import { objectRecord, shortError } from './object-record.js';

/** Leading decoded text, enough to see the header line (which sets the delimiter). */
async function headAndRest(chunks: AsyncIterable<string>): Promise<{ head: string; all: AsyncGenerator<string> }> {
  const it = chunks[Symbol.asyncIterator]();
  const pulled: string[] = [];
  let size = 0;
  let done = false;
  while (!done && size < 64 * 1024 && !pulled.join('').includes('\n')) {
    const r = await it.next();
    if (r.done) done = true;
    else {
      pulled.push(r.value);
      size += r.value.length;
    }
  }
  async function* all(): AsyncGenerator<string> {
    yield* pulled;
    if (!done) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head: pulled.join(''), all: all() };
}

export async function* readCsv(ctx: ReaderContext, input: TextInput): AsyncGenerator<RecordItem> {
  const { head, all } = await headAndRest(input.chunks);
  const headerLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const skipped: RecordItem[] = [];
  const rows = parse({
    delimiter: csvDelimiter(headerLine, ctx.ext),
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  rows.on('skip', (err: CsvError) => {
    const line = (err as CsvError & { lines?: number }).lines;
    skipped.push(failureItem(ctx.source, `unreadable CSV row (${shortError(err)})`, line));
  });
  const src = Readable.from(all, { objectMode: false });
  src.on('error', (e) => rows.destroy(e));
  src.pipe(rows);
  let header: string[] | null = null;
  let index = 0;
  try {
    for await (const { record, info } of rows as AsyncIterable<{ record: string[]; info: Info }>) {
      yield* skipped.splice(0);
      if (!header) {
        header = record.map((h) => h.trim());
        if (!hasArticleColumn(header)) throw new FormatError(`CSV header has no title or text column (${shortError(header.join(', '), 120)})`);
        continue;
      }
      if (record.length !== header.length) {
        yield failureItem(ctx.source, `row has ${record.length} fields, the header has ${header.length}`, info.lines);
      } else {
        const obj = Object.fromEntries(header.map((h, i) => [h, record[i] === '' ? undefined : record[i]]));
        yield objectRecord(ctx, input, 'csv', obj, index, info.lines);
      }
      index++;
    }
    yield* skipped.splice(0);
  } finally {
    src.destroy();
    rows.destroy();
  }
  if (!header) throw new FormatError('CSV file has no header row');
}
