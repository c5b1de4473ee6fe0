// Cleans author strings from metadata and bylines into a list of names.
import { fold } from './text.js';

const BY_PREFIX_RE = /^(?:(?:written|words|reporting|posted|story|text|photos?)\s+)?by\s*:?\s+/i;
const SPLIT_RE = /\s*(?:,|;|\||\/|\band\b|&|\bund\b)\s*/i;
const ROLE_RE = /^(?:staff|senior|chief|contributing|special|political|foreign|deputy|associate|executive|managing|guest|freelance)?\s*(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|staff|staff writer|producer|photographer|analyst|author|news desk|desk|team)s?$/i;
const URL_RE = /^(?:https?:|www\.)|\.(?:com|org|net|co\.uk)\b|@/i;
const DIGIT_RE = /\d/;
const TRAILING_RE = /\s*(?:\(|\bfor\b|\bin\b|\bat\b|\bupdated\b|\bpublished\b|\bon\b\s+\w+day).*$/i;
const EDGE_PUNCT_RE = /^[-–—:]\s*|\s*[-–—:]$/g;
const MAX_WORDS = 5;
/** CMS placeholders that are not anybody's name. */
const PLACEHOLDER_RE = /^(?:no author|unknown|n\/a|none|admin|administrator|anonymous|guest|webmaster|editorial|newsroom|staff)$/i;

/** Names from raw author strings ("By Jane Doe and John Roe, Reporters" → ["Jane Doe", "John Roe"]). */
export function cleanAuthors(raws: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of raws) {
    if (!raw) continue;
    const text = fold(raw).replace(BY_PREFIX_RE, '');
    if (URL_RE.test(text) && !text.includes(' ')) continue;
    for (const part of text.split(SPLIT_RE)) {
      const name = part.replace(TRAILING_RE, '').replace(BY_PREFIX_RE, '').trim().replace(EDGE_PUNCT_RE, '');
      if (!isName(name)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}

function isName(name: string): boolean {
  if (PLACEHOLDER_RE.test(name)) return false;
  if (name.length < 2 || name.length > 80 || DIGIT_RE.test(name) || URL_RE.test(name) || ROLE_RE.test(name)) return false;
  return name.split(' ').length <= MAX_WORDS;
}
