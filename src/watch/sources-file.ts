// The list of watched sources: JSON (`[{ "url": "…", "kind": "feed" | "page" }]`, or plain URL
// strings) or one URL per line, optionally followed by `feed` or `page`; `#` starts a comment.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { WatchSource } from './types.js';

const KIND = z.enum(['feed', 'page']);
const ENTRY = z.union([z.string(), z.object({ url: z.string(), kind: KIND.optional() })]);
const FILE = z.array(ENTRY);
const HTTP_RE = /^https?:\/\//i;
const SPACE_RE = /\s+/;

/** Thrown for a sources file that cannot be used; the message names the file and the line or entry. */
export class SourcesError extends Error {}

function checkUrl(url: string, where: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourcesError(`${where}: not a URL: ${url}`);
  }
  if (!HTTP_RE.test(url)) throw new SourcesError(`${where}: only http:// and https:// URLs can be watched: ${url}`);
  return parsed.href;
}

export function parseSources(text: string, name = 'sources'): WatchSource[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const out = trimmed.startsWith('[') ? fromJson(trimmed, name) : fromLines(trimmed, name);
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.url) && seen.add(s.url));
}

function fromJson(text: string, name: string): WatchSource[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SourcesError(`${name}: invalid JSON (${(e as Error).message})`);
  }
  const parsed = FILE.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourcesError(`${name}: entry ${Number(issue.path[0] ?? 0) + 1}: expected a URL string or { "url", "kind": "feed" | "page" }`);
  }
  return parsed.data.map((e, i) => {
    const where = `${name}: entry ${i + 1}`;
    if (typeof e === 'string') return { url: checkUrl(e, where) };
    return e.kind ? { url: checkUrl(e.url, where), kind: e.kind } : { url: checkUrl(e.url, where) };
  });
}

function fromLines(text: string, name: string): WatchSource[] {
  const out: WatchSource[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [url, kind, extra] = line.split(SPACE_RE);
    const where = `${name}:${i + 1}`;
    if (extra !== undefined || (kind !== undefined && !KIND.safeParse(kind).success)) {
      throw new SourcesError(`${where}: expected "URL" or "URL feed|page", got: ${line}`);
    }
    out.push(kind ? { url: checkUrl(url, where), kind: kind as WatchSource['kind'] } : { url: checkUrl(url, where) });
  });
  return out;
}

export async function readSourcesFile(path: string): Promise<WatchSource[]> {
  return parseSources(await readFile(path, 'utf8'), path);
}
