// The outlet registry: canonical names, domains, aliases and groups from data/outlets.json,
// extended or overridden by user files (later entries win on name, domain and alias).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../../util/paths.js';
import { hostChain, hostOf, nameKey } from './normalise.js';
import { OutletEntry, OutletFile } from './schema.js';

export type { OutletEntry } from './schema.js';

/** A registry name or alias found inside a longer text. */
export interface NameHit {
  entry: OutletEntry;
  text: string;
  index: number;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

export class OutletRegistry {
  private readonly entries: OutletEntry[] = [];
  private readonly byKey = new Map<string, OutletEntry>();
  private readonly byHost = new Map<string, OutletEntry>();
  /** Length of the longest name key: byName skips texts too long to fold to any key (it runs on every paragraph). */
  private longestKey = 0;
  private mentionRe: RegExp | null = null;
  private readonly mentionLookup = new Map<string, OutletEntry>();

  constructor(entries: readonly OutletEntry[] = []) {
    for (const e of entries) this.add(e);
  }

  /** The shipped registry plus user files (JSON arrays of entries); throws naming the file on bad input. */
  static load(extraFiles: readonly string[] = []): OutletRegistry {
    const registry = new OutletRegistry(readOutletFile(dataPath('outlets.json')));
    for (const file of extraFiles) for (const e of readOutletFile(file)) registry.add(e);
    return registry;
  }

  /** Adds an entry; an entry with the same name replaces the earlier one. */
  add(input: OutletEntry): void {
    const entry = OutletEntry.parse(input);
    const key = nameKey(entry.name);
    const old = this.byKey.get(key);
    if (old) this.entries.splice(this.entries.indexOf(old), 1);
    this.entries.push(entry);
    for (const k of [entry.name, ...entry.aliases].map(nameKey)) {
      if (!k) continue;
      this.byKey.set(k, entry);
      this.longestKey = Math.max(this.longestKey, k.length);
    }
    for (const d of entry.domains) {
      const host = hostOf(d);
      if (host) this.byHost.set(host, entry);
    }
    this.mentionRe = null;
  }

  /** The outlet of a host, URL or e-mail address; subdomains fold (edition.cnn.com → CNN). */
  byDomain(hostOrUrl: string): OutletEntry | null {
    const host = hostOf(hostOrUrl);
    if (!host) return null;
    for (const h of hostChain(host)) {
      const hit = this.byHost.get(h);
      if (hit) return hit;
    }
    return null;
  }

  /** The outlet named exactly by text (name or alias; case, accents, punctuation and a leading "the" ignored). */
  byName(text: string): OutletEntry | null {
    if (text.length > this.longestKey + 3 && asciiAlphanumerics(text, this.longestKey + 4) > this.longestKey + 3) return null;
    const key = nameKey(text);
    return key ? (this.byKey.get(key) ?? null) : null;
  }

  /** Groups of an outlet given by name or alias; [] when unknown. */
  groupsOf(name: string): string[] {
    return this.byName(name)?.groups ?? [];
  }

  all(): OutletEntry[] {
    return [...this.entries].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Names and aliases written in text, with their original capitalisation; longest match first. */
  findNamesIn(text: string): NameHit[] {
    const re = this.mentionPattern();
    const hits: NameHit[] = [];
    for (const m of text.matchAll(re)) {
      const entry = this.mentionLookup.get(m[1]);
      if (entry) hits.push({ entry, text: m[1], index: m.index + m[0].indexOf(m[1]) });
    }
    return hits;
  }

  // Case-sensitive so that short acronyms (AP, FT) do not fire on ordinary words.
  private mentionPattern(): RegExp {
    if (this.mentionRe) return this.mentionRe;
    this.mentionLookup.clear();
    for (const e of this.entries) {
      for (const n of [e.name, ...e.aliases]) {
        if (n.length < 2) continue;
        this.mentionLookup.set(n, e);
        // "The Weekly Lantern" is also written "Weekly Lantern"; a one-word rest ("The News" → "News") is a common word.
        if (/^The \S+\s+\S/.test(n)) this.mentionLookup.set(n.slice(4), e);
      }
    }
    const alts = [...this.mentionLookup.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    this.mentionRe = new RegExp(`(?<![\\p{L}\\p{N}])(${alts.map((a) => a.replace(ESCAPE, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    return this.mentionRe;
  }
}

/**
 * ASCII letters and digits in text, counted up to `limit`. Each one survives nameKey as one character
 * (a leading "the" drops three), so a text with more than longest key + 3 of them names no outlet.
 */
function asciiAlphanumerics(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) n++;
  }
  return n;
}

function readOutletFile(file: string): OutletEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`outlet file ${file}: cannot read JSON (${(err as Error).message})`);
  }
  const parsed = OutletFile.safeParse(json);
  if (!parsed.success) throw new Error(`outlet file ${file}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
  return parsed.data;
}
