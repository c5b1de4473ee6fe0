// WARC files (already gunzipped by the caller), streamed record by record with warcio. Only HTML
// pages become records: `response` records with a 2xx HTTP status and an HTML Content-Type, and
// `resource` records of type text/html. warcio undoes chunked and gzip/deflate transfer coding.
import { WARCParser, type WARCRecord } from 'warcio';
import { charsetOfContentType, decodeBytes } from '../decode.js';
import { GzipError, formatBytes } from '../bytes.js';
import { failureItem, recordItem, type ReaderContext, type RecordItem } from './context.js';
import { shortError } from './object-record.js';

const HTML_TYPE_RE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** The HTML Content-Type of a page record, or null for anything that is not an HTML page. */
function htmlContentType(rec: WARCRecord): string | null {
  let type: string | null | undefined = null;
  if (rec.warcType === 'response') {
    const status = Number(rec.httpHeaders?.statusCode);
    if (!(status >= 200 && status < 300)) return null;
    type = rec.httpHeaders?.headers.get('content-type');
  } else if (rec.warcType === 'resource') {
    type = rec.warcContentType;
  }
  return type && HTML_TYPE_RE.test(type) ? type : null;
}

/**
 * Reads past a record we do not want. warcio's own skip loops forever when a record is cut short
 * (its skipSize returns 0 at end of input and the loop waits for the rest), so we stream the raw
 * block to its end ourselves and mark the record consumed.
 */
async function drain(rec: WARCRecord): Promise<void> {
  for await (const chunk of rec.reader) void chunk;
  rec.consumed = 'skipped';
}

export async function* readWarc(ctx: ReaderContext, bytes: AsyncIterable<Buffer>): AsyncGenerator<RecordItem> {
  let position = -1;
  for await (const rec of new WARCParser(bytes)) {
    position++;
    const type = htmlContentType(rec);
    if (!type) {
      await drain(rec); // request, metadata, warcinfo, images, redirects…
      continue;
    }
    const id = rec.warcHeader('WARC-Record-ID') ?? null;
    const name = `WARC record ${position + 1}${id ? ` ${id}` : ''}`;
    if (rec.warcContentLength > ctx.maxFileBytes) {
      await drain(rec);
      yield failureItem(ctx.source, `${name} is ${formatBytes(rec.warcContentLength)}, over the ${formatBytes(ctx.maxFileBytes)} limit`);
      continue;
    }
    let payload: Uint8Array;
    try {
      payload = await rec.readFully(rec.warcType === 'response');
    } catch (e) {
      if (e instanceof GzipError) throw e; // the file itself is cut: a file-level failure
      rec.consumed = 'skipped'; // never let warcio skip a damaged record itself (see drain)
      yield failureItem(ctx.source, `${name}: cannot decode its content (${shortError(e)})`);
      continue;
    }
    const decoded = decodeBytes(payload, { markup: true, declared: charsetOfContentType(type) });
    if (!decoded.text.trim()) {
      yield failureItem(ctx.source, `${name} has an empty HTML body`);
      continue;
    }
    const url = rec.warcTargetURI;
    const crawled = rec.warcDate;
    yield recordItem(ctx, {
      format: 'warc',
      bodyType: 'html',
      body: decoded.text,
      externalId: id,
      recordIndex: position,
      fields: {
        ...(url ? { url } : {}),
        ...(crawled ? { crawled } : {}),
        charset: decoded.encoding,
        ...(decoded.note ? { decodeNote: decoded.note } : {}),
      },
    });
  }
}
