// Keys used to look outlets up: folded names and bare host names.

const DIACRITICS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const LEADING_THE = /^the /;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const PATH_START = /[/?#\\]/;

/** Case-, accent- and punctuation-insensitive key of an outlet name; a leading "the" is optional. */
export function nameKey(name: string): string {
  const folded = name.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().replace(NON_WORD, ' ').trim();
  return folded.replace(LEADING_THE, '');
}

/** The bare lower-case host of a URL, host name or e-mail address ("www." dropped), or null. */
export function hostOf(hostOrUrl: string): string | null {
  let s = hostOrUrl.trim().toLowerCase();
  if (!s) return null;
  const at = s.lastIndexOf('@');
  if (at >= 0 && !SCHEME.test(s)) s = s.slice(at + 1);
  if (!SCHEME.test(s)) {
    // A space before the path is a space in the host or port, which URL parsing rejects: answer without
    // the exception (tens of microseconds, and outlet names are looked up as domains on every article).
    const authorityEnd = s.search(PATH_START);
    if (s.slice(0, authorityEnd < 0 ? s.length : authorityEnd).includes(' ')) return null;
    s = `http://${s}`;
  }
  try {
    const host = new URL(s).hostname.replace(/^www\d?\./, '').replace(/\.$/, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** The host and each parent domain with at least two labels: a.b.cnn.com → [a.b.cnn.com, b.cnn.com, cnn.com]. */
export function hostChain(host: string): string[] {
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}
