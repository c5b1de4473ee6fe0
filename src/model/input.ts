// What a reader hands to extraction: one record of one input, decoded to a string.
// Readers never interpret content beyond their format; extraction does the rest.

export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'csv' | 'rss' | 'atom' | 'warc';

/** Structured metadata that a container format states explicitly (JSON/CSV fields, feed items, WARC headers). */
export interface RecordFields {
  title?: string;
  url?: string;
  published?: string;
  outlet?: string;
  authors?: string[];
  language?: string;
  /** WARC-Date: when the page was crawled — only a hint for the publication date, never the date itself. */
  crawled?: string;
  /** The character encoding the reader decoded the bytes with, e.g. utf-8, windows-1252, utf-16le. */
  charset?: string;
  /** Set when bytes could not be decoded cleanly and were replaced with U+FFFD (not a failure). */
  decodeNote?: string;
}

export interface InputRecord {
  /** Path as reached from the command-line argument (for records inside a container, the container's path), or the URL. */
  source: string;
  /** The record's own id: JSON/CSV `id`, WARC-Record-ID, feed guid; null for plain files. */
  externalId: string | null;
  format: InputFormat;
  /** How `body` must be read: markup goes through HTML extraction, text through the text extractor. */
  bodyType: 'html' | 'text';
  /** The decoded record body (HTML markup or plain text), as the raw input that is stored. */
  body: string;
  fields: RecordFields;
  /** Position of the record inside its file (0 for single-record files). */
  recordIndex: number;
  /** SHA-256 (hex) of the whole file's bytes; '' for stdin-less sources like URLs before fetching. */
  fileSha256: string;
}

/** A file or record that could not be read; the batch goes on. */
export interface ReadFailure {
  source: string;
  /** One clear sentence naming the problem, e.g. "binary content (NUL bytes), not text". */
  message: string;
}

export type ReadItem =
  | { kind: 'record'; record: InputRecord }
  | { kind: 'failure'; failure: ReadFailure }
  /** Emitted once per file after its records, so the store can remember fully read files by hash. */
  | { kind: 'file-done'; source: string; sha256: string; size: number; records: number }
  /** A file whose SHA-256 the caller already knows (ReadOptions.skipFile said so): not parsed again. */
  | { kind: 'file-skipped'; source: string; sha256: string; size: number };

export interface ReadOptions {
  /** Asked once per file after hashing it and before parsing; true skips the file (already stored). */
  skipFile?: (sha256: string, source: string) => boolean | Promise<boolean>;
  /** Files larger than this are refused with a clear failure (default 256 MiB). */
  maxFileBytes?: number;
  /** Readable used for the path '-' (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}
