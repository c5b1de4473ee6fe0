// TempEval-3 Task A on TBAQ-cleaned (TimeBank + AQUAINT, the training/dev part): timex extent and value.
// Scoring follows the task paper (section 4.1): strict = identical extent, relaxed = overlapping extent;
// value F1 counts relaxed matches whose value equals gold, with |system| and |gold| as denominators.
// The platinum test files are never read here. TEMPEVAL_ERRORS=1 prints every miss and wrong value to stderr.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import type { EvalSection } from './types.js';
import { sharedDir } from '../src/util/paths.js';
import { findDates } from '../src/language/dates/index.js';

interface Span { start: number; end: number; value: string; text: string }
interface Doc { id: string; subset: string; text: string; dct: string; gold: Span[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
const ATTR = /(\w+)="([^"]*)"/g;

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]] = m[2];
  return out;
}

/** Plain text of <TEXT> with the TIMEX3 extents (offsets into that text). */
export function parseTml(xml: string, id: string, subset: string): Doc {
  const dctAttrs = attrs(/<TIMEX3([^>]*functionInDocument="CREATION_TIME"[^>]*)>/.exec(xml)?.[1] ?? '');
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  let last = 0;
  const gold: Span[] = [];
  let open: { start: number; value: string } | null = null;
  for (const m of body.matchAll(TAG)) {
    text += unescape(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) open = { start: text.length, value: attrs(m[3]).value ?? '' };
    else if (open) {
      gold.push({ start: open.start, end: text.length, value: open.value, text: text.slice(open.start) });
      open = null;
    }
  }
  text += unescape(body.slice(last));
  return { id, subset, text, dct: (dctAttrs.value ?? '').slice(0, 10), gold };
}

function loadDocs(root: string): Doc[] {
  const docs: Doc[] = [];
  for (const subset of ['TimeBank', 'AQUAINT']) {
    const dir = join(root, subset);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
      docs.push(parseTml(readFileSync(join(dir, f), 'utf8'), f, subset));
    }
  }
  return docs;
}

interface Counts { sys: number; gold: number; strict: number; relSys: number; relGold: number; value: number }
const zero = (): Counts => ({ sys: 0, gold: 0, strict: 0, relSys: 0, relGold: 0, value: 0 });
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Adds one document's figures; `errors` collects value mismatches and misses when given. */
function score(sys: Span[], gold: Span[], c: Counts, errors?: string[]): void {
  c.sys += sys.length;
  c.gold += gold.length;
  for (const s of sys) {
    if (gold.some((g) => g.start === s.start && g.end === s.end)) c.strict++;
    if (gold.some((g) => overlaps(g, s))) c.relSys++;
    else errors?.push(`FP  ${JSON.stringify(s.text)} ${s.value}`);
  }
  const used = new Set<Span>();
  for (const g of gold) {
    const s = sys.find((x) => !used.has(x) && overlaps(g, x));
    if (!s) { errors?.push(`FN  ${JSON.stringify(g.text)} ${g.value}`); continue; }
    used.add(s);
    c.relGold++;
    if (s.value === g.value) c.value++;
    else errors?.push(`VAL ${JSON.stringify(g.text)} gold=${g.value} sys=${JSON.stringify(s.text)} ${s.value}`);
  }
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function metrics(c: Counts): Record<string, number> {
  const strict = f1(div(c.strict, c.sys), div(c.strict, c.gold));
  const relP = div(c.relSys, c.sys);
  const relR = div(c.relGold, c.gold);
  const value = f1(div(c.value, c.sys), div(c.value, c.gold));
  return { strict_f1: r3(strict), relaxed_p: r3(relP), relaxed_r: r3(relR), relaxed_f1: r3(f1(relP, relR)), value_f1: r3(value) };
}

/** chrono-node alone: casual parse, reference = DCT, value as precise as its certain components. */
function chronoBaseline(doc: Doc): Span[] {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const ref = new Date(y, (m || 1) - 1, d || 1, 12);
  return chrono.casual.parse(doc.text, ref).map((r) => {
    const c = r.start;
    const dt = c.date();
    const p2 = (n: number): string => String(n).padStart(2, '0');
    const ym = `${dt.getFullYear()}-${p2(dt.getMonth() + 1)}`;
    const value = c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month') && !c.isCertain('year')
      ? `${ym}-${p2(dt.getDate())}` : c.isCertain('month') ? ym : String(dt.getFullYear());
    return { start: r.index, end: r.index + r.text.length, value, text: r.text };
  });
}

function ours(doc: Doc): Span[] {
  return findDates(doc.text, { published: doc.dct || null });
}

function section(name: string, docs: Doc[], system: (d: Doc) => Span[], errors?: string[]): EvalSection {
  const total = zero();
  for (const doc of docs) {
    const errs: string[] = [];
    score(system(doc), doc.gold, total, errors ? errs : undefined);
    if (errors && errs.length) errors.push(`# ${doc.id} (DCT ${doc.dct})`, ...errs);
  }
  const m = metrics(total);
  const report = `${docs.length} docs, gold ${total.gold}, system ${total.sys}; ` +
    Object.entries(m).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ');
  return { name, metrics: m, report };
}

export async function run(): Promise<EvalSection[]> {
  const shared = sharedDir();
  const root = shared && join(shared, 'eval', 'tempeval3', 'Training', 'TBAQ-cleaned');
  let docs: Doc[] = [];
  try { docs = root ? loadDocs(root) : []; } catch { docs = []; }
  if (docs.length === 0) {
    const skipped = 'TBAQ-cleaned not found under ../shared/eval/tempeval3/Training';
    return ['', '/timebank', '/aquaint', '/chrono'].map((suffix) => `language/tempeval-tbaq${suffix}`)
      .map((name) => ({ name, metrics: {}, report: '', skipped }));
  }
  const errors = process.env.TEMPEVAL_ERRORS ? [] as string[] : undefined;
  const out = [
    section('language/tempeval-tbaq', docs, ours, errors),
    section('language/tempeval-tbaq/timebank', docs.filter((d) => d.subset === 'TimeBank'), ours),
    section('language/tempeval-tbaq/aquaint', docs.filter((d) => d.subset === 'AQUAINT'), ours),
    section('language/tempeval-tbaq/chrono', docs, chronoBaseline),
  ];
  if (errors) console.error(errors.join('\n'));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const s of await run()) console.log(`== ${s.name}\n${s.skipped ? `skipped: ${s.skipped}` : s.report}`);
}
