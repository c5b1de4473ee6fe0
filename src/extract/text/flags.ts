// Quality flags of an extracted article, each with the evidence that raised it.
import type { Flag, LanguageSegment, RemovedSpan } from '../../model/article.js';
import {
  BOILERPLATE_HEAVY_SHARE, METADATA_REASONS, MIXED_LANGUAGE_MIN_CHARS, MIXED_LANGUAGE_MIN_SHARE,
} from './patterns.js';

export interface FlagInput {
  text: string;
  removed: readonly RemovedSpan[];
  authors: readonly string[];
  published: string | null;
  language: string | null;
  /** Language runs of the clean text (offsets into it). */
  textSegments: readonly LanguageSegment[];
}

const OPEN_END = /[\p{L}\p{N},;:–—-]$/u;
const ELLIPSIS_END = /(?:…|\.\.\.|\[…\])$/u;
const EXCERPT = 80;

function tail(text: string): string {
  return text.length > EXCERPT ? `…${text.slice(-EXCERPT)}` : text;
}

function boilerplateFlag(text: string, removed: readonly RemovedSpan[]): Flag | null {
  const byReason = new Map<string, number>();
  let junk = 0;
  let meta = 0;
  for (const r of removed) {
    if (METADATA_REASONS.has(r.reason)) meta += r.text.length;
    else {
      junk += r.text.length;
      byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + r.text.length);
    }
  }
  const total = junk + meta + text.length;
  if (!total || junk / total <= BOILERPLATE_HEAVY_SHARE) return null;
  const top = [...byReason].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  const parts = top.map(([r, n]) => `${r} ${Math.round((100 * n) / total)}%`).join(', ');
  return { flag: 'boilerplate_heavy', evidence: `${Math.round((100 * junk) / total)}% of the characters were boilerplate (${parts})` };
}

function truncatedFlag(text: string): Flag | null {
  const last = text.slice(text.lastIndexOf('\n\n') + 2).trim();
  if (!last) return null;
  const opens = (last.match(/“/g) ?? []).length;
  const closes = (last.match(/”/g) ?? []).length;
  const straight = (last.match(/"/g) ?? []).length;
  if (opens > closes || straight % 2 === 1) return { flag: 'truncated', evidence: `unclosed quotation at the end: "${tail(last)}"` };
  if (OPEN_END.test(last) || ELLIPSIS_END.test(last)) return { flag: 'truncated', evidence: `ends mid-sentence: "${tail(last)}"` };
  return null;
}

function mixedFlag(text: string, language: string | null, segments: readonly LanguageSegment[]): Flag | null {
  for (const s of segments) {
    const n = s.end - s.start;
    if (s.language === language || (n < MIXED_LANGUAGE_MIN_CHARS && n < MIXED_LANGUAGE_MIN_SHARE * text.length)) continue;
    const sample = text.slice(s.start, Math.min(s.end, s.start + EXCERPT));
    return { flag: 'mixed_languages', evidence: `${s.language} run of ${n} characters: "${sample}"` };
  }
  return null;
}

export function qualityFlags(input: FlagInput): Flag[] {
  const flags: Flag[] = [];
  if (!input.text.trim()) flags.push({ flag: 'empty_body', evidence: 'no body text remained after extraction' });
  if (!input.authors.length) flags.push({ flag: 'no_byline', evidence: 'no author in the record fields, metadata or a byline line' });
  if (!input.published) flags.push({ flag: 'no_date', evidence: 'no publication date in the record fields, metadata or a date line' });
  const optional = input.text.trim()
    ? [boilerplateFlag(input.text, input.removed), mixedFlag(input.text, input.language, input.textSegments), truncatedFlag(input.text)]
    : [];
  for (const f of optional) if (f) flags.push(f);
  return flags;
}
