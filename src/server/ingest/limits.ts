// Limits of the write endpoints, kept as data: what one request may carry and how many may wait.

/** JSON body of POST /api/articles (all items together). */
export const MAX_JSON_BODY_BYTES = 8 * 1024 * 1024;
/** One uploaded file. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Files in one multipart request. */
export const MAX_FILES = 20;
/** Items in one JSON request; records of all files in one request. */
export const MAX_ITEMS = 200;
export const MAX_RECORDS = 2000;
/** Characters of one item's text or html. */
export const MAX_ITEM_CHARS = 2 * 1024 * 1024;
/** Ingest requests allowed to wait behind the running one before the server answers 503. */
export const MAX_WAITING = 8;
/** Write requests per minute per client (on top of the global rate limit). */
export const WRITES_PER_MINUTE = 30;
