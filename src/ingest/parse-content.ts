// One file's (or buffer's) bytes → records: gunzip when needed, sniff format, encoding and binary
// content from the head, then hand the stream to the format's reader. Everything that goes wrong
// becomes a failure naming the file; `file-done` follows only when the file was read through.
import type { ReadItem } from '../model/input.js';
import { GzipError, TooLargeError, collect, gunzip, peek, type ByteStream, type Peeked } from './bytes.js';
import { StreamDecoder, detectEncoding } from './decode.js';
import { describeFsError, isFsError } from './fs-errors.js';
import { SNIFF_BYTES } from './limits.js';
import { FormatError, decodeChunks, failureItem, type ReaderContext, type RecordItem } from './readers/context.js';
import { readCsv } from './readers/csv.js';
import { readFeed } from './readers/feed.js';
import { readJson } from './readers/json.js';
import { readJsonl } from './readers/jsonl.js';
import { shortError } from './readers/object-record.js';
import { readWarc } from './readers/warc.js';
import { readWholeFile } from './readers/whole-file.js';
import { binaryReason, hasGzipMagic, hasWarcMagic, nameHints, sniffFormat, type SniffedFormat } from './sniff.js';

export interface ContentInput {
  source: string;
  sha256: string;
  size: number;
  /** File name or URL whose extension hints at the format. */
  name: string;
  open: () => ByteStream;
  maxFileBytes: number;
}

const FIRST_NON_SPACE_RE = /^\s*</;

function describe(e: unknown, format: string | null): string {
  if (e instanceof GzipError) return `truncated or corrupt gzip: ${shortError(e)}`;
  if (e instanceof TooLargeError || e instanceof FormatError) return e.message;
  if (isFsError(e)) return describeFsError(e);
  return `cannot read${format ? ` as ${format}` : ''}: ${shortError(e)}`;
}

/** Sniffs the decompressed head and picks the reader; `format` is reported for error messages. */
async function* dispatch(ctx: ReaderContext, p: Peeked, setFormat: (f: SniffedFormat) => void): AsyncGenerator<RecordItem> {
  if (hasWarcMagic(p.head)) {
    setFormat('warc');
    yield* readWarc(ctx, p.all);
    return;
  }
  const guess = detectEncoding(p.head, { markup: FIRST_NON_SPACE_RE.test(p.head.subarray(0, 256).toString('latin1')) }, p.ended);
  const binary = binaryReason(p.head, guess);
  if (binary) throw new FormatError(binary);
  const format = sniffFormat(new StreamDecoder(guess).write(p.head), ctx.ext);
  setFormat(format);
  const text = () => {
    const decoder = new StreamDecoder(guess);
    return { chunks: decodeChunks(p.all, decoder), decoder };
  };
  switch (format) {
    case 'text':
    case 'markdown':
    case 'html':
      yield readWholeFile(ctx, await collect(p.all, ctx.maxFileBytes), format);
      return;
    case 'warc':
      return yield* readWarc(ctx, p.all);
    case 'json':
      return yield* readJson(ctx, text());
    case 'jsonl':
      return yield* readJsonl(ctx, text());
    case 'csv':
      return yield* readCsv(ctx, text());
    case 'feed':
      return yield* readFeed(ctx, text());
  }
}

export async function* parseContent(input: ContentInput): AsyncGenerator<ReadItem> {
  const { ext, gz: gzName } = nameHints(input.name);
  const ctx: ReaderContext = { source: input.source, sha256: input.sha256, ext, maxFileBytes: input.maxFileBytes };
  let format: SniffedFormat | null = null;
  let raw: Peeked | null = null;
  let head: Peeked | null = null;
  let records = 0;
  let fatal: string | null = null;
  try {
    raw = await peek(input.open(), 2);
    const gz = gzName || hasGzipMagic(raw.head);
    head = await peek(gz ? gunzip(raw.all) : raw.all, SNIFF_BYTES);
    if (head.head.length === 0 && head.error) throw head.error;
    if (head.head.length === 0) throw new FormatError(gz ? 'empty file (after decompression)' : 'empty file');
    for await (const item of dispatch(ctx, head, (f) => (format = f))) {
      if (item.kind === 'record') records++;
      yield item;
    }
  } catch (e) {
    fatal = describe(e, format);
  } finally {
    await head?.close();
    await raw?.close();
  }
  if (fatal) yield failureItem(input.source, fatal);
  else yield { kind: 'file-done', source: input.source, sha256: input.sha256, size: input.size, records };
}
