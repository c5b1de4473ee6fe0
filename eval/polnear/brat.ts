// Reads PolNeAR brat standoff: one annotator per article, attributions as content/source spans.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldAttribution {
  /** min..max over the content fragments (an interrupted quote is one span). */
  content: { start: number; end: number; text: string };
  source: { start: number; end: number; text: string } | null;
}

export interface GoldArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

interface Bound {
  role: string;
  start: number;
  end: number;
}

/** Articles of one split; the first annotator in file-name order when several annotated an article. */
export function readPolnear(dir: string): GoldArticle[] {
  const annDir = join(dir, 'attributions');
  if (!existsSync(annDir)) return [];
  const byArticle = new Map<string, string>();
  for (const f of readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const article = f.replace(/_[^_]+\.ann$/, '');
    if (!byArticle.has(article)) byArticle.set(article, f);
  }
  return [...byArticle].map(([name, file]) => {
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    return { name, text, attributions: parseAnn(readFileSync(join(annDir, file), 'utf8'), text) };
  });
}

/**
 * An offset as a small integer. `.map(Number)` gave arrays of doubles once optimised (V8 types
 * Number(string) as any number), so offsets were heap numbers: their {start, end, …} objects share
 * hidden classes with the language stage's spans, whose fields then turned to doubles and
 * deoptimised the stage's code in the PolNeAR bench.
 */
function toOffset(s: string): number {
  const n = Number(s);
  return n === (n | 0) ? n | 0 : n;
}

function parseAnn(ann: string, text: string): GoldAttribution[] {
  const bounds = new Map<string, Bound>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const frags = body.slice(sp + 1).split(';').map((f) => f.trim().split(/\s+/).map(toOffset));
      bounds.set(id, { role: body.slice(0, sp), start: frags[0][0], end: frags[frags.length - 1][1] });
    } else if (id.startsWith('E')) {
      events.push(Object.fromEntries(body.trim().split(/\s+/).map((kv) => kv.split(':') as [string, string])));
    }
  }
  const span = (id: string | undefined) => {
    const b = id ? bounds.get(id) : undefined;
    return b ? { start: b.start, end: b.end, text: text.slice(b.start, b.end) } : null;
  };
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const content = span(e.Content);
    if (content) out.push({ content, source: span(e.Source) });
  }
  return out;
}
