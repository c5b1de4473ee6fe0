// Sizes and thresholds of the readers, kept as data so they are easy to find and tune.

/** Files (and decompressed single-record bodies) larger than this are refused unless ReadOptions says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Bytes looked at (after decompression) to sniff format, encoding and binary content. */
export const SNIFF_BYTES = 8 * 1024;

/** The format signals (`<rss`, `<html`, `[`…) are looked for in this many leading characters. */
export const SNIFF_CHARS = 1024;

/** A `<meta charset>` / XML encoding declaration only counts within the first bytes, as in browsers. */
export const META_CHARSET_BYTES = 2048;

/** Chunk size for file reads. */
export const READ_CHUNK_BYTES = 64 * 1024;

/** Share of C0 control bytes (other than tab, newline, CR, form feed, escape) above which content is binary. */
export const MAX_CONTROL_SHARE = 0.05;

/** UTF-16 without BOM: share of NUL bytes on one parity (and at most this other share on the other). */
export const UTF16_NUL_SHARE = 0.3;
export const UTF16_OTHER_NUL_SHARE = 0.05;

/** Nesting depth up to which a JSON document is searched for an array of articles (`response.docs`). */
export const JSON_WRAPPER_DEPTH = 3;

/** JSON text is tokenized in slices at most this long (and cut after every `}`/`]`): a syntax error loses only its own slice. */
export const JSON_SLICE_CHARS = 4096;
