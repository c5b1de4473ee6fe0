// The line/paragraph boilerplate classifier. `classifyUnit` says what one unit is by its own text;
// `classifyUnits` adds position: the header zone before the title, the body, and the footer zone that
// starts at the first footer-like unit followed by (almost) no more prose.
import type { OutletRegistry } from '../outlets/registry.js';
import { parseByline, type Byline } from './byline.js';
import { findCredit, type Credit } from './credits.js';
import { dominantScript, isHeadlineLike, isProse, isShortSentence, unitFeatures, type UnitFeatures } from './features.js';
import { isCounterLine, parseMetaLine } from './meta-line.js';
import {
  BOILERPLATE_RULES, CAPTION_CREDIT, CAPTION_MAX_WORDS, FOOTER_HEADER_MAX_WORDS, FOOTER_HEADERS, FOOTER_MAX_PROSE_AFTER,
  FOOTER_MAX_PROSE_SHARE, FOOTER_STARTERS, META_SEPARATOR, NAVIGATION_SEPARATORS, SEGMENTED_MAX_WORDS, TITLE_LOOKBACK_UNITS,
} from './patterns.js';

const LONG_S = /ſ/g;

function ruleReason(text: string, f: UnitFeatures): string | null {
  // Case-insensitive unicode patterns also match "ſ" for "s" (and "K" for "k", which toLowerCase folds).
  let lower: string | null = null;
  for (const rule of BOILERPLATE_RULES) {
    if (f.words > rule.maxWords) continue;
    if (rule.cues) {
      lower ??= text.toLowerCase().replace(LONG_S, 's');
      if (!rule.cues.some((c) => lower!.includes(c))) continue;
    }
    if (rule.re.test(text) && (!rule.requires || rule.requires.test(text))) return rule.reason;
  }
  return null;
}

/** "Share this story | Got a tip? Call our newsdesk": a line of prompts, each boilerplate on its own. */
function segmentedReason(text: string, f: UnitFeatures): string | null {
  if (f.words > SEGMENTED_MAX_WORDS) return null;
  const parts = text.split(META_SEPARATOR);
  if (parts.length < 2) return null;
  const reasons = parts.map((p) => ruleReason(p, unitFeatures(p)));
  return reasons.every((r) => r !== null) ? reasons[0] : null;
}

/** What one unit is by its own text: a boilerplate reason, or null for possible content. */
export function classifyUnit(text: string, f: UnitFeatures = unitFeatures(text)): string | null {
  const rule = ruleReason(text, f);
  if (rule) return rule;
  if (f.words <= CAPTION_MAX_WORDS && CAPTION_CREDIT.test(text)) return 'caption';
  if (f.words <= SEGMENTED_MAX_WORDS && isCounterLine(text)) return 'view_counter';
  const segmented = segmentedReason(text, f);
  if (segmented) return segmented;
  if (NAVIGATION_SEPARATORS.test(text) && !f.terminal) return 'navigation';
  if (f.linkOnly) return /contact|@/i.test(text) ? 'contact' : 'link';
  return null;
}

export interface UnitRole {
  role: 'body' | 'title' | 'removed';
  reason: string | null;
}

export interface Classification {
  roles: UnitRole[];
  title: number | null;
  bylines: Byline[];
  /** Credits in unit order. */
  credits: Credit[];
}

export interface ClassifyOptions {
  registry: OutletRegistry;
  /** Look for a title before the first body paragraph (plain text); HTML extraction already has one. */
  findTitle: boolean;
  /** Reason for unclassified units before the title/body (plain text: masthead); null keeps them. */
  headerDefault: string | null;
}

interface Facts {
  text: string;
  f: UnitFeatures;
  pattern: string | null;
  prose: boolean;
  foreign: boolean;
  /** The unit is exactly a registered outlet's name: a masthead, never a title or byline. */
  outletName: boolean;
  /** A byline, date line or header meta line. */
  byline: Byline | null;
}

function factsOf(texts: readonly string[], registry: OutletRegistry): Facts[] {
  const script = dominantScript(texts.join(' '));
  return texts.map((text) => {
    const f = unitFeatures(text);
    const pattern = classifyUnit(text, f);
    const foreign = f.script !== null && f.script !== script;
    const outletName = !pattern && registry.byName(text) !== null;
    const byline = pattern || outletName ? null : (parseMetaLine(text, registry) ?? parseByline(text, registry));
    return { text, f, pattern, foreign, outletName, prose: !pattern && !foreign && isProse(f), byline };
  });
}

/** A byline unit: a meta line, dated, introduced by "By", or a bare name next to a date line. */
function isBylineAt(facts: Facts[], i: number): boolean {
  const b = facts[i].byline;
  if (!b) return false;
  if (b.meta || b.date || b.outlets.length || /^by\b/i.test(facts[i].text)) return true;
  const dateOnly = (k: number) => !!facts[k]?.byline?.date && facts[k].byline!.authors.length === 0;
  return dateOnly(i - 1) || dateOnly(i + 1);
}

function findTitle(facts: Facts[], firstProse: number): number | null {
  const from = firstProse < 0 ? Math.min(facts.length, TITLE_LOOKBACK_UNITS) : firstProse;
  const order = firstProse < 0 ? [...Array(from).keys()] : [...Array(from).keys()].reverse();
  for (const j of order.slice(0, TITLE_LOOKBACK_UNITS)) {
    const u = facts[j];
    if (u.pattern || u.foreign || u.outletName || isBylineAt(facts, j)) continue;
    if (isHeadlineLike(u.text, u.f)) return j;
  }
  return null;
}

/** Index of the first footer unit, or facts.length when the text has no footer. */
function footerStart(facts: Facts[], firstProse: number, credits: (Credit | null)[]): number {
  const proseChars = facts.map((u) => (u.prose ? u.text.length : 0));
  let after = proseChars.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < facts.length; i++) {
    after -= proseChars[i];
    const u = facts[i];
    if (i > firstProse && (FOOTER_STARTERS.has(u.pattern ?? '') || credits[i]) && after <= FOOTER_MAX_PROSE_AFTER) {
      const header = FOOTER_HEADERS.has(u.pattern ?? 'credit_line') && u.f.words <= FOOTER_HEADER_MAX_WORDS;
      if (header ? after < before : after <= FOOTER_MAX_PROSE_SHARE * before) return i;
    }
    before += proseChars[i];
  }
  return facts.length;
}

function headerRole(facts: Facts[], i: number, afterTitle: boolean, opts: ClassifyOptions): UnitRole {
  const u = facts[i];
  if (u.pattern) return { role: 'removed', reason: u.pattern };
  if (u.outletName) return { role: 'removed', reason: 'masthead' };
  if (isBylineAt(facts, i) || (afterTitle && u.byline?.authors.length)) {
    const b = u.byline!;
    return { role: 'removed', reason: b.authors.length ? 'byline' : b.masthead ? 'masthead' : 'dateline_header' };
  }
  if (afterTitle && (isShortSentence(u.f) || u.prose)) return { role: 'body', reason: null };
  return opts.headerDefault ? { role: 'removed', reason: opts.headerDefault } : { role: 'body', reason: null };
}

/** The first body paragraph: the first prose unit, unless a byline follows it (then it was a headline). */
function firstBody(facts: Facts[]): number {
  const first = facts.findIndex((u) => u.prose);
  const next = facts.findIndex((u, i) => i > first && u.prose);
  if (first < 0 || next < 0) return first;
  const between = [...Array(next - first - 1).keys()].map((k) => first + 1 + k);
  const bylineAfter = between.some((i) => isBylineAt(facts, i)) && between.every((i) => isBylineAt(facts, i) || facts[i].pattern);
  return bylineAfter && !facts[first].f.fullStop ? next : first;
}

export function classifyUnits(texts: readonly string[], opts: ClassifyOptions): Classification {
  const facts = factsOf(texts, opts.registry);
  const firstProse = firstBody(facts);
  const lastProse = facts.findLastIndex((u) => u.prose);
  const title = opts.findTitle ? findTitle(facts, firstProse) : null;
  const credits = facts.map((u, i) =>
    i > firstProse && (!u.pattern || u.pattern === 'credit_line' || u.pattern === 'source_link') ? findCredit(u.text, opts.registry, i > lastProse) : null,
  );
  const footer = firstProse < 0 ? facts.length : footerStart(facts, firstProse, credits);
  const bodyFrom = firstProse < 0 ? (title ?? -1) + 1 : firstProse;
  const roles: UnitRole[] = [];
  let inherited = 'footer';
  for (let i = 0; i < facts.length; i++) {
    const u = facts[i];
    const creditReason = credits[i] ? (u.pattern ?? 'credit_line') : null;
    if (i === title) roles.push({ role: 'title', reason: 'title' });
    else if (i < bodyFrom) roles.push(headerRole(facts, i, title !== null && i > title, opts));
    else if (i >= footer) {
      inherited = u.pattern ?? creditReason ?? inherited;
      roles.push({ role: 'removed', reason: u.pattern ?? creditReason ?? inherited });
    } else if (u.pattern || creditReason) roles.push({ role: 'removed', reason: u.pattern ?? creditReason });
    else roles.push({ role: 'body', reason: null });
  }
  const isMeta = (i: number) => roles[i].reason === 'byline' || roles[i].reason === 'dateline_header' || (roles[i].reason === 'masthead' && !!facts[i].byline?.masthead);
  const bylines = facts.flatMap((u, i) => (isMeta(i) && u.byline ? [u.byline] : []));
  return { roles, title, bylines, credits: credits.filter((c): c is Credit => c !== null) };
}
