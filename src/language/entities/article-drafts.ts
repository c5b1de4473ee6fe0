// The mutable record of one entity while an article is being linked, and how it becomes a LocalEntity.
import type { PersonName } from './person-name.js';
import { parseRole, type RoleInfo } from './role-phrase.js';
import type { LinkedType, LocalEntity, MentionSpan } from './types.js';

export interface Draft {
  key: string;
  /** Set for people with a full name (2+ parts) or a surname-only person. */
  person: PersonName | null;
  /** Name and type imposed by the alias table or a government metonym. */
  fixedName: string | null;
  fixedType: LinkedType | null;
  types: Map<LinkedType, number>;
  /** Name surfaces (title-only mentions excluded) with counts, in first-seen order. */
  surfaces: Map<string, number>;
  roles: string[];
  roleInfos: RoleInfo[];
  mentions: MentionSpan[];
  /** Starts of full-name mentions, ascending. */
  fullStarts: number[];
  firstStart: number;
}

const TYPE_ORDER: readonly LinkedType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC'];

export function newDraft(key: string, at: number, person: PersonName | null = null): Draft {
  return {
    key, person, fixedName: null, fixedType: null, types: new Map(), surfaces: new Map(), roles: [], roleInfos: [],
    mentions: [], fullStarts: [], firstStart: at,
  };
}

export function addMention(d: Draft, span: MentionSpan, type: LinkedType | null, surface: string | null): void {
  d.mentions.push(span);
  if (type) d.types.set(type, (d.types.get(type) ?? 0) + 1);
  if (surface) d.surfaces.set(surface, (d.surfaces.get(surface) ?? 0) + 1);
  if (span.start < d.firstStart) d.firstStart = span.start;
}

export function addRoles(d: Draft, roles: readonly string[]): void {
  for (const r of roles) {
    const lower = r.toLowerCase();
    if (d.roles.some((x) => x.toLowerCase() === lower)) continue;
    const info = parseRole(r);
    if (!info) continue;
    d.roles.push(r);
    d.roleInfos.push(info);
  }
}

function nameOf(d: Draft): string {
  if (d.fixedName) return d.fixedName;
  let best = '';
  let bestWords = 0;
  let bestCount = 0;
  for (const [s, n] of d.surfaces) {
    const words = wordCount(s);
    const better = d.person
      ? words > bestWords || (words === bestWords && n > bestCount)
      : s.length > best.length || (s.length === best.length && n > bestCount);
    if (better) [best, bestWords, bestCount] = [s, words, n];
  }
  return best || (d.mentions[0]?.text ?? d.key);
}

/** Words of a surface joined by single spaces (as s.split(' ').length, without the array). */
function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

function typeOf(d: Draft): LinkedType {
  if (d.fixedType) return d.fixedType;
  if (d.person) return 'PERSON';
  let best: LinkedType = 'MISC';
  let bestN = -1;
  for (const t of TYPE_ORDER) {
    const n = d.types.get(t) ?? 0;
    if (n > bestN) [best, bestN] = [t, n];
  }
  return best;
}

/** The finished entity (mentions sorted; `related` filled in later). */
export function finishDraft(d: Draft): LocalEntity {
  const name = nameOf(d);
  const aliases: string[] = [];
  for (const s of d.surfaces.keys()) if (s !== name) aliases.push(s);
  const mentions = d.mentions.slice();
  if (!isSorted(mentions)) mentions.sort((a, b) => a.start - b.start);
  return { key: d.key, name, type: typeOf(d), aliases, roles: d.roles.slice(), mentions, related: [] };
}

function isSorted(spans: readonly MentionSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}
