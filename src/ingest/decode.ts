// Character decoding for every reader: BOM, then a declared charset (HTTP header, <meta>, XML
// declaration), then UTF-8 validity, then chardet + iconv-lite. Never fails: bytes that no
// encoding explains are decoded with U+FFFD and a note says so.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { META_CHARSET_BYTES, UTF16_NUL_SHARE, UTF16_OTHER_NUL_SHARE } from './limits.js';

export interface DecodeHints {
  /** HTML/XML: honour `<meta charset>`, `http-equiv` and `<?xml encoding?>` in the first 2 KB. */
  markup?: boolean;
  /** A charset stated outside the bytes, e.g. the HTTP Content-Type of a WARC response. */
  declared?: string | null;
}

export interface EncodingGuess {
  /** iconv-lite encoding name, e.g. utf-8, windows-1252, utf-16le. */
  encoding: string;
  bomLength: number;
  how: 'bom' | 'utf-16-pattern' | 'declared' | 'meta' | 'utf-8' | 'detected' | 'fallback';
  /** Set when bytes had to be replaced (invalid UTF-8 that no detector could place). */
  note?: string;
}

export interface Decoded {
  text: string;
  encoding: string;
  note?: string;
}

const BOMS: ReadonlyArray<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// Labels browsers treat as windows-1252 (a superset that also has the curly quotes in 0x80–0x9F).
const WINDOWS_1252_LABELS = new Set([
  'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252',
  'windows-1252', 'x-cp1252', 'cp819', 'ibm819', 'x-user-defined',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);

const META_CHARSET_RE = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_DECL_RE = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)/i;
const UTF8_DECODE_NOTE = 'invalid UTF-8 bytes replaced with U+FFFD';
const UNPLACED_NOTE = 'invalid UTF-8 that no encoding detector could place; bytes replaced with U+FFFD';

/** Maps a charset label to an iconv-lite encoding name, or null when unknown. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (UTF8_LABELS.has(l)) return 'utf-8';
  if (WINDOWS_1252_LABELS.has(l)) return 'windows-1252';
  return l && iconv.encodingExists(l) ? l : null;
}

/** The charset named in an HTTP Content-Type value, e.g. `text/html; charset=ISO-8859-1`. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1] : null;
}

export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [sig, encoding] of BOMS) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return { encoding, length: sig.length };
  }
  return null;
}

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte. */
export function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd / pairs >= UTF16_NUL_SHARE && even / pairs <= UTF16_OTHER_NUL_SHARE) return 'utf-16le';
  if (even / pairs >= UTF16_NUL_SHARE && odd / pairs <= UTF16_OTHER_NUL_SHARE) return 'utf-16be';
  return null;
}

/** The charset a document declares in its first 2 KB (`<meta>` or XML declaration). */
export function declaredInMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_CHARSET_BYTES)).toString('latin1');
  const m = XML_DECL_RE.exec(head) ?? META_CHARSET_RE.exec(head);
  if (!m) return null;
  const enc = normalizeCharset(m[1]);
  // A UTF-16 label inside ASCII-readable markup is a lie (the bytes could not be read otherwise): HTML says UTF-8.
  return enc && enc.startsWith('utf-16') ? 'utf-8' : enc;
}

/** Bytes at the end of `bytes` that start a UTF-8 sequence not yet complete (0–3). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Counts well-formed multi-byte sequences and stray bytes (first 1 MB) to tell damaged UTF-8 from a legacy charset. */
function utf8Damage(bytes: Uint8Array): { multi: number; invalid: number } {
  const n = Math.min(bytes.length, 1 << 20);
  let multi = 0;
  let invalid = 0;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let ok = need > 0 && i + need <= n;
    for (let k = 1; ok && k < need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      i++;
    } else {
      if (need > 1) multi++;
      i += need;
    }
  }
  return { multi, invalid };
}

function chardetGuess(bytes: Uint8Array): string | null {
  for (const match of chardet.analyse(bytes.subarray(0, 1 << 16))) {
    const enc = normalizeCharset(match.name);
    if (enc && enc !== 'utf-8' && !enc.startsWith('utf-16') && !enc.startsWith('utf-32')) return enc;
  }
  return null;
}

/**
 * Picks the encoding of `bytes`. `complete` is false when `bytes` is only the head of a stream
 * (a multi-byte sequence cut at the end is then not a sign of damage).
 */
export function detectEncoding(bytes: Uint8Array, hints: DecodeHints = {}, complete = true): EncodingGuess {
  const bom = sniffBom(bytes);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length, how: 'bom' };
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, how: 'utf-16-pattern' };
  const body = complete ? bytes : bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes));
  const valid = isUtf8(body);
  const declared = normalizeCharset(hints.declared);
  const stated = declared ? { enc: declared, how: 'declared' as const } : hints.markup ? { enc: declaredInMarkup(bytes), how: 'meta' as const } : null;
  if (stated?.enc) {
    const note = stated.enc === 'utf-8' && !valid ? UTF8_DECODE_NOTE : undefined;
    return { encoding: stated.enc, bomLength: 0, how: stated.how, ...(note ? { note } : {}) };
  }
  if (valid) return { encoding: 'utf-8', bomLength: 0, how: 'utf-8' };
  const damage = utf8Damage(body);
  if (damage.multi > damage.invalid) return { encoding: 'utf-8', bomLength: 0, how: 'utf-8', note: UTF8_DECODE_NOTE };
  const guessed = chardetGuess(body);
  if (guessed) return { encoding: guessed, bomLength: 0, how: 'detected' };
  return { encoding: 'utf-8', bomLength: 0, how: 'fallback', note: UNPLACED_NOTE };
}

/** Decodes a whole buffer with the encoding `detectEncoding` picks. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const guess = detectEncoding(bytes, hints, true);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + guess.bomLength, bytes.length - guess.bomLength), guess.encoding, { stripBOM: true });
  return { text, encoding: guess.encoding, ...(guess.note ? { note: guess.note } : {}) };
}

/** Incremental decoder for streamed formats; notes invalid UTF-8 met after the sniffed head. */
export class StreamDecoder {
  readonly encoding: string;
  private readonly decoder: ReturnType<typeof iconv.getDecoder>;
  private readonly checkUtf8: boolean;
  private carry: Buffer = Buffer.alloc(0);
  note: string | undefined;

  constructor(guess: EncodingGuess) {
    this.encoding = guess.encoding;
    this.note = guess.note;
    this.decoder = iconv.getDecoder(guess.encoding, { stripBOM: true });
    this.checkUtf8 = guess.encoding === 'utf-8' && !guess.note;
  }

  write(chunk: Buffer): string {
    if (this.checkUtf8 && !this.note) {
      const all = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
      const tail = incompleteUtf8Tail(all);
      if (!isUtf8(all.subarray(0, all.length - tail))) this.note = UTF8_DECODE_NOTE;
      this.carry = Buffer.from(all.subarray(all.length - tail));
    }
    return this.decoder.write(chunk);
  }

  end(): string {
    if (this.checkUtf8 && !this.note && this.carry.length) this.note = UTF8_DECODE_NOTE;
    return this.decoder.end() ?? '';
  }
}
