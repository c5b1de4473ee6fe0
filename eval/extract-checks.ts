// Item checks shared by the extraction evaluations (seeds, demo corpus): one extracted article against
// its ground-truth entry, white space folded before comparing, and the report that sums them up.
import type { ExtractedArticle } from '../src/model/article.js';

export type Expected = Record<string, unknown>;
export interface Check { key: string; item: string; ok: boolean; detail: string }

export interface CheckOptions {
  /** Compare `original.published` too (the demo's copies are dated by provenance, not by the text). */
  originalPublished: boolean;
  /** Also check `outlet` (the host outlet's name), when the ground truth states it as a string. */
  outlet: boolean;
  /** The raw record body: an `original.evidence` that is not in it is a corpus-level finding, not scored. */
  raw?: string;
}

export const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const show = (v: unknown): string => (v === undefined ? '—' : JSON.stringify(v));

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A publication date is right on the same calendar day: the ground truth gives days, metadata often a time too. */
function samePublished(exp: unknown, got: string | null): boolean {
  return got === exp || (typeof exp === 'string' && DAY.test(exp) && got !== null && got.startsWith(`${exp}T`));
}

export function isStretch(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { stretch?: unknown }).stretch === true;
}

function checkOriginal(exp: unknown, got: ExtractedArticle['original'], opts: CheckOptions): [boolean, string] {
  if (exp === null) return [got === null, `expected null, got ${show(got)}`];
  const e = exp as { outlet?: string; published?: string; evidence?: string };
  const ok = !!got && got.outlet === e.outlet && (!opts.originalPublished || e.published === undefined || got.published === e.published) &&
    (e.evidence === undefined || fold(got.evidence).includes(fold(e.evidence)));
  return [ok, `expected ${show(e)}, got ${show(got)}`];
}

/** Whether the original is something extraction can see: not a stretch, its evidence written in the record. */
function originalScored(exp: unknown, opts: CheckOptions): boolean {
  if (isStretch(exp)) return false;
  const evidence = (exp as { evidence?: unknown } | null)?.evidence;
  return opts.raw === undefined || typeof evidence !== 'string' || fold(opts.raw).includes(fold(evidence));
}

export function checksFor(key: string, exp: Expected, a: ExtractedArticle, opts: CheckOptions): Check[] {
  const out: Check[] = [];
  const add = (item: string, ok: boolean, detail: string) => out.push({ key, item, ok, detail });
  const text = fold(a.text);
  const removed = a.removed.map((r) => fold(r.text));
  if ('title' in exp) add('title', (a.title === null ? null : fold(a.title)) === (exp.title === null ? null : fold(String(exp.title))), `expected ${show(exp.title)}, got ${show(a.title)}`);
  if ('authors' in exp) add('authors', JSON.stringify([...a.authors].sort()) === JSON.stringify([...(exp.authors as string[])].sort()), `expected ${show(exp.authors)}, got ${show(a.authors)}`);
  if ('published' in exp) add('published', samePublished(exp.published, a.published), `expected ${show(exp.published)}, got ${show(a.published)}`);
  if (opts.outlet && typeof exp.outlet === 'string') add('outlet', a.outlet?.name === exp.outlet, `expected ${show(exp.outlet)}, got ${show(a.outlet?.name ?? null)}`);
  if ('dateline' in exp) add('dateline', a.dateline === exp.dateline, `expected ${show(exp.dateline)}, got ${show(a.dateline)}`);
  if ('original' in exp && originalScored(exp.original, opts)) add('original', ...checkOriginal(exp.original, a.original, opts));
  if ('language' in exp) add('language', a.language === exp.language, `expected ${show(exp.language)}, got ${show(a.language)}`);
  for (const lang of (exp.other_language_segments as string[] | undefined) ?? []) {
    add(`segment ${lang}`, a.segments.some((s) => s.language === lang), `segments: ${a.segments.map((s) => s.language).join(',')}`);
  }
  for (const b of (exp.boilerplate as string[] | undefined) ?? []) {
    const f = fold(b);
    add(`boilerplate "${b.slice(0, 40)}"`, removed.some((r) => r.includes(f)) && !text.includes(f), removed.some((r) => r.includes(f)) ? 'still in text' : 'not in removed');
  }
  for (const k of (exp.body_keeps as string[] | undefined) ?? []) add(`keeps "${k.slice(0, 40)}"`, text.includes(fold(k)), 'missing from text');
  return out;
}

/** Share of items right and the list of misses; `label` shortens an article key for the report. */
export function summarise(checks: readonly Check[], label: (key: string) => string = (k) => k): { metrics: Record<string, number>; lines: string[] } {
  const right = checks.filter((c) => c.ok).length;
  const misses = checks.filter((c) => !c.ok).map((c) => `  ${label(c.key)}  ${c.item.padEnd(48)} ${c.detail}`);
  const pct = checks.length ? (100 * right) / checks.length : 0;
  return {
    metrics: { items_right_pct: pct, items_right: right, items_total: checks.length },
    lines: [`items right: ${right}/${checks.length} (${pct.toFixed(1)}%)`, misses.length ? 'misses:' : 'misses: none', ...misses],
  };
}
