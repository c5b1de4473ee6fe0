// Benchmark corpus generator: perturbs the demo corpus (examples/) into any number of articles with
// new names, shifted dates and numbers, reordered or cut paragraphs, boilerplate, and exact or near copies.
// Each event words its text its own way (bench/corpus/event-wording.ts), so text reuse stays within an
// event's coverage as in real news; --shared-wording keeps the demo wording for every event (the
// provenance worst case: ~30 families of near-copies).
// Deterministic for a seed; streams, holding only a bounded window of recent articles for copies.
//   node --import tsx bench/generate-corpus.ts --count 20000 --seed 1 --out DIR [--html-share 0.3] [--truth FILE]
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { OUTLET_PLACES, OUTLET_WORDS, CREDIT_FORMATS } from './corpus/corpus-pools.js';
import { loadDemoTemplates, type DemoTemplate } from './corpus/demo-templates.js';
import { renderHtml, renderText, type ArticleModel } from './corpus/render-article.js';
import { rewriteText, shiftDate } from './corpus/rewrite-text.js';
import { createRandom, mixSeed, type Random } from './corpus/seeded-random.js';
import { EventWordings } from './corpus/event-wording.js';
import { createWorld, type StoryWorld } from './corpus/story-world.js';

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Share of articles rendered as HTML (default 0.3). */
  htmlShare?: number;
  /**
   * Every event of a demo template keeps the template's wording (only names, numbers and dates
   * change), as the generator did before per-event wording: a worst case of ~30 text families of
   * near-copies. Default false: each event words its text its own way.
   */
  sharedWording?: boolean;
}

export interface GeneratedArticle {
  path: string;
  content: string;
  /** Ground truth for benchmarks: the generated event and story the article reports. */
  event: string;
  story: string;
  /** Key of the demo article (examples/corpus) the text was perturbed from. */
  template: string;
  copyOf: string | null;
  copyKind: 'exact' | 'near' | null;
}

export interface PlannedEvent {
  id: string;
  story: string;
  demoEvent: string;
  world: StoryWorld;
  shiftDays: number;
  numberFactor: number;
  /** Seed of the event's own wording (word variants, sentence choices); drawn from no shared stream. */
  wordingSeed: number;
  /** Days (0-6) of shiftDays beyond whole weeks, by which weekday names move (0 with shared wording). */
  weekdayShift: number;
}

const ARTICLES_PER_EVENT = 40;
const COPY_SHARE = 0.13;
const EXACT_SHARE_OF_COPIES = 0.5;
const RECENT_WINDOW = 200; // originals kept for copying: bounds memory
const FILES_PER_FOLDER = 1000;
const MAX_SHIFT_WEEKS = 150;

/**
 * The events of a corpus of `count` articles: about count/40, grouped in stories that instantiate a
 * demo story. With shared wording dates move by whole weeks (weekday words stay true); otherwise a
 * story also moves by a few days, drawn from its own stream, and its weekday names move alike.
 */
export function planEvents(count: number, seed: number, templates: DemoTemplate[], sharedWording = false): PlannedEvent[] {
  const byTopic = new Map<string, string[]>();
  for (const t of templates) {
    const events = byTopic.get(t.topic) ?? [];
    if (!events.includes(t.event) && templates.filter((x) => x.event === t.event).length >= 2) events.push(t.event);
    byTopic.set(t.topic, events);
  }
  const topics = [...byTopic.entries()].filter(([, e]) => e.length > 0).sort(([a], [b]) => a.localeCompare(b));
  const target = Math.max(1, Math.round(count / ARTICLES_PER_EVENT));
  const plan: PlannedEvent[] = [];
  for (let s = 0; plan.length < target; s++) {
    const rng = createRandom(mixSeed(seed, 2, s));
    const [, events] = rng.pick(topics);
    const world = createWorld(rng);
    const weekdayShift = sharedWording ? 0 : mixSeed(seed, 5, s) % 7;
    const shiftDays = 7 * rng.int(-MAX_SHIFT_WEEKS, MAX_SHIFT_WEEKS) + weekdayShift;
    for (const demoEvent of events) {
      if (plan.length >= target) break;
      const wordingSeed = mixSeed(seed, 3, plan.length);
      plan.push({ id: `e${plan.length}`, story: `s${s}`, demoEvent, world, shiftDays, numberFactor: 0.6 + rng.next() * 0.9, wordingSeed, weekdayShift });
    }
  }
  return plan;
}

function makeOutlets(rng: Random): { name: string; domain: string }[] {
  const names = new Set<string>();
  for (const place of OUTLET_PLACES) for (const word of OUTLET_WORDS) if (rng.chance(0.25)) names.add(`The ${place} ${word}`);
  return [...names].map((name) => ({ name, domain: name.toLowerCase().replace(/^the /, '').replace(/\s+/g, '') + '.example' }));
}

function perturb(t: DemoTemplate, ev: PlannedEvent, rng: Random, outlet: ArticleModel['outlet']): ArticleModel {
  const factor = ev.numberFactor * (rng.chance(0.2) ? 1.1 + rng.next() * 0.4 : 1); // some outlets disagree
  const rewrite = { world: ev.world, shiftDays: ev.shiftDays, numberFactor: factor };
  let paragraphs = t.paragraphs.map((p) => rewriteText(p, rewrite));
  if (paragraphs.length > 3 && rng.chance(0.3)) {
    const i = rng.int(1, paragraphs.length - 1);
    const j = rng.int(1, paragraphs.length - 1);
    [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
  }
  const cut = paragraphs.length > 5 ? rng.int(0, 2) : paragraphs.length > 4 ? rng.int(0, 1) : 0;
  if (cut > 0) paragraphs = paragraphs.slice(0, paragraphs.length - cut);
  const [y, m, d] = t.published.split('-').map(Number);
  const published = shiftDate(y, m, d, ev.shiftDays + (rng.chance(0.3) ? rng.int(0, 2) : 0)).toISOString().slice(0, 10);
  const author = rng.chance(0.7) ? rewriteText(rng.pick(AUTHORS), rewrite) : null;
  return { title: rewriteText(t.title, rewrite), paragraphs, outlet, author, published, credit: null };
}
const AUTHORS = ['Lena Halvorsen', 'Dario Nunes', 'Mikael Strand', 'Sofie Brandvold', 'Mikkel Aune', 'Rick Dolan', 'Sasha Pym', 'Kristin Alm', 'Yana Merok'];

/** A republished copy: another outlet, a paragraph cut, a new headline style and a credit line. */
function nearCopy(orig: ArticleModel, rng: Random, outlet: ArticleModel['outlet']): ArticleModel {
  const paragraphs = [...orig.paragraphs];
  if (paragraphs.length > 3) paragraphs.splice(rng.int(1, paragraphs.length - 1), 1);
  const title = rng.chance(0.5) ? orig.title.replace(/\b\w/g, (c) => c.toUpperCase()) : `${orig.title} – report`;
  const [y, m, d] = orig.published.split('-');
  const credit = rng.pick(CREDIT_FORMATS).replace('{outlet}', orig.outlet.name).replace('{dd}', d).replace('{mm}', m).replace('{yyyy}', y).replace('{yyyy}', y).replace('{mm}', m).replace('{dd}', d);
  const published = shiftDate(Number(y), Number(m), Number(d), rng.int(0, 2)).toISOString().slice(0, 10);
  return { ...orig, title, paragraphs, outlet, author: null, published, credit };
}

function pathFor(i: number, outlet: string, html: boolean): string {
  const folder = String(Math.floor(i / FILES_PER_FOLDER)).padStart(4, '0');
  const slug = outlet.toLowerCase().replace(/^the /, '').replace(/[^a-z0-9]+/g, '-');
  return `${folder}/${String(i).padStart(7, '0')}-${slug}.${html ? 'html' : 'txt'}`;
}

export function* generateCorpus(options: GenerateOptions): Generator<GeneratedArticle> {
  const { count, seed, htmlShare = 0.3, sharedWording = false } = options;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!(htmlShare >= 0 && htmlShare <= 1)) throw new Error(`htmlShare must be between 0 and 1, got ${htmlShare}`);
  const templates = loadDemoTemplates();
  const plan = planEvents(count, seed, templates, sharedWording);
  const eventById = new Map(plan.map((e) => [e.id, e]));
  const byEvent = new Map<string, DemoTemplate[]>();
  for (const t of templates) byEvent.set(t.event, [...(byEvent.get(t.event) ?? []), t]);
  const wordings = sharedWording ? null : new EventWordings(templates, seed);
  const rng = createRandom(mixSeed(seed, 1));
  const outlets = makeOutlets(rng);
  const recent: { model: ArticleModel; article: GeneratedArticle }[] = [];
  for (let i = 0; i < count; i++) {
    const outlet = rng.pick(outlets);
    const html = rng.chance(htmlShare);
    const source = recent.length > 0 && rng.chance(COPY_SHARE) ? rng.pick(recent) : null;
    if (source && rng.chance(EXACT_SHARE_OF_COPIES)) {
      const ext = source.article.path.endsWith('.html');
      yield { ...source.article, path: pathFor(i, outlet.name, ext), copyOf: source.article.path, copyKind: 'exact' };
      continue;
    }
    const ev = source ? eventById.get(source.article.event)! : rng.pick(plan);
    const template = source ? null : rng.pick(byEvent.get(ev.demoEvent)!);
    const wording = template && wordings ? wordings.of(ev, template) : template;
    const model = source ? nearCopy(source.model, rng, outlet) : perturb(wording!, ev, rng, outlet);
    const article: GeneratedArticle = {
      path: pathFor(i, outlet.name, html),
      content: html ? renderHtml(model, rng) : renderText(model, rng),
      event: ev.id,
      story: ev.story,
      template: source ? source.article.template : template!.key,
      copyOf: source ? source.article.path : null,
      copyKind: source ? 'near' : null,
    };
    if (!source) {
      recent.push({ model, article });
      if (recent.length > RECENT_WINDOW) recent.shift();
    }
    yield article;
  }
}

function main(argv: string[]): void {
  const opts = new Command()
    .name('generate-corpus')
    .requiredOption('--count <n>', 'number of articles', (v) => Number.parseInt(v, 10))
    .requiredOption('--out <dir>', 'output folder (subfolders of at most 1000 files)')
    .option('--seed <n>', 'PRNG seed', (v) => Number.parseInt(v, 10), 1)
    .option('--html-share <x>', 'share of HTML articles', Number.parseFloat, 0.3)
    .option('--shared-wording', 'every event of a demo template keeps its wording (the worst case for provenance)', false)
    .option('--truth <file>', 'also write ground truth (path, event, story, copy) as JSONL to this file; keep it outside --out')
    .parse(argv)
    .opts<{ count: number; out: string; seed: number; htmlShare: number; sharedWording: boolean; truth?: string }>();
  const truth = opts.truth ? openSync(opts.truth, 'w') : null;
  let written = 0;
  for (const a of generateCorpus({ count: opts.count, seed: opts.seed, htmlShare: opts.htmlShare, sharedWording: opts.sharedWording })) {
    if (written % FILES_PER_FOLDER === 0) mkdirSync(join(opts.out, a.path.split('/')[0]), { recursive: true });
    writeFileSync(join(opts.out, a.path), a.content);
    if (truth !== null) writeSync(truth, JSON.stringify({ path: a.path, event: a.event, story: a.story, template: a.template, copyOf: a.copyOf, copyKind: a.copyKind }) + '\n');
    written++;
  }
  if (truth !== null) closeSync(truth);
  console.log(`wrote ${written} articles to ${opts.out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv);
