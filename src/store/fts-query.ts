// Turns what a user types into a safe full-text query: every word becomes a quoted term, so
// FTS5 operators and stray quotes in user input can neither error nor inject query syntax.
// "double-quoted phrases" stay phrases; a trailing * keeps prefix search.

export interface ParsedQuery { terms: { text: string; phrase: boolean; prefix: boolean }[] }

export function parseUserQuery(input: string): ParsedQuery {
  const terms: ParsedQuery['terms'] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.slice(0, 1000).matchAll(re)) {
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      if (words.length) terms.push({ text: words.join(' '), phrase: true, prefix: false });
    } else {
      const prefix = m[2].endsWith('*');
      for (const w of wordsOf(m[2])) terms.push({ text: w, phrase: false, prefix });
    }
  }
  return { terms: terms.slice(0, 32) };
}

function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FTS5 MATCH expression (implicit AND), or null when nothing searchable remains. */
export function toFts5(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  return q.terms.map((t) => `"${t.text}"${t.prefix ? ' *' : ''}`).join(' ');
}

/** PostgreSQL tsquery text (for to_tsquery('simple', …)): terms ANDed, phrases as <->, prefixes as :*.
 * Terms hold only letters and digits (wordsOf), so quoting each as a lexeme cannot break the syntax. */
export function toTsQuery(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  const lexeme = (w: string, prefix: boolean) => `'${w}'${prefix ? ':*' : ''}`;
  return q.terms
    .map((t) => (t.phrase ? `(${t.text.split(' ').map((w) => lexeme(w, false)).join(' <-> ')})` : lexeme(t.text, t.prefix)))
    .join(' & ');
}
