/** Markers around matched words in search snippets; the UI escapes the text, then highlights. */
export const SNIPPET_OPEN = '\u27e6';
export const SNIPPET_CLOSE = '\u27e7';
