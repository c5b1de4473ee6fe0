// A stand-in entity key until the cross-article linker lands: the normalised surface form
// (lower case, no leading article, no possessive, folded spaces). Keys stay opaque elsewhere.
const LEADING_THE_RE = /^the\s+/;
const POSSESSIVE_RE = /['’]s$/;
const SPACE_RE = /\s+/g;

export function surfaceKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(SPACE_RE, ' ').trim().replace(LEADING_THE_RE, '').replace(POSSESSIVE_RE, '');
}

/** Entity types that name participants (numbers and dates are handled elsewhere). */
export const NAMED_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC', 'PER']);
