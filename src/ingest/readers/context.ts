// What every reader receives and the helpers it uses to emit records and failures.
import type { InputFormat, InputRecord, ReadItem, RecordFields } from '../../model/input.js';
import type { StreamDecoder } from '../decode.js';

export interface ReaderContext {
  /** Path as reached from the argument (or `-`, or a URL). */
  source: string;
  sha256: string;
  /** The extension that names the content, gzip suffix removed, e.g. `.tsv`. */
  ext: string;
  maxFileBytes: number;
}

/** Decoded text of a streamed container (JSON, JSONL, CSV, feed) and the decoder that made it. */
export interface TextInput {
  chunks: AsyncIterable<string>;
  decoder: StreamDecoder;
}

export type RecordItem = Extract<ReadItem, { kind: 'record' | 'failure' }>;

export interface RecordParts {
  format: InputFormat;
  bodyType: 'html' | 'text';
  body: string;
  externalId: string | null;
  fields: RecordFields;
  recordIndex: number;
}

export function recordItem(ctx: ReaderContext, parts: RecordParts): RecordItem {
  const record: InputRecord = { source: ctx.source, fileSha256: ctx.sha256, ...parts };
  return { kind: 'record', record };
}

/** A failure whose message names the file (and line or record) itself, e.g. `a.jsonl:17: invalid JSON (…)`. */
export function failureItem(source: string, message: string, line?: number): RecordItem {
  const at = line === undefined ? source : `${source}:${line}`;
  return { kind: 'failure', failure: { source, message: `${at}: ${message}` } };
}

/** The charset fields every record of a decoded container carries (the note appears once damage is seen). */
export function decodeFields(decoder: StreamDecoder): RecordFields {
  return { charset: decoder.encoding, ...(decoder.note ? { decodeNote: decoder.note } : {}) };
}

/** Text input as string chunks: decodes a byte stream incrementally. */
export async function* decodeChunks(bytes: AsyncIterable<Buffer>, decoder: StreamDecoder): AsyncGenerator<string> {
  for await (const chunk of bytes) {
    const s = decoder.write(chunk);
    if (s) yield s;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** A problem that ends the reading of one file (its records so far stay emitted), e.g. malformed JSON. */
export class FormatError extends Error {}
