// A syndication benchmark generated reproducibly (fixed seed) from real articles: copies with added
// boilerplate, credit lines, captions, cut paragraphs, new headlines, light word edits and
// truncations; round-ups that reuse a few paragraphs of two same-topic articles (hard negatives);
// dates and outlets drawn so that neither gives the answer away.
import { createHash } from 'node:crypto';
import type { EvalArticle } from './corpora.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

/** Neutral ids, so that id order says nothing about which text is the original. */
const neutralId = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

export interface BenchDoc {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string;
  /** The full text, as an article page would give it. */
  text: string;
  /** The text without what the generator added as boilerplate (gold is computed on this). */
  body: string;
  /** For generated copies: the id of the original and the transforms applied. */
  copyOf: string | null;
  transforms: string[];
}

const OUTLETS = [
  'Harbor Daily', 'Midland Courier', 'The Evening Ledger', 'Northgate Times', 'Coastal Herald', 'Valley Record',
  'Metro Dispatch', 'Capital Observer', 'Lakeside Post', 'Summit Tribune', 'Riverbend News', 'Prairie Sentinel',
  'Union Gazette', 'Civic Monitor', 'Bayview Press', 'Granite Journal', 'Redwood Reporter', 'Frontier Wire',
  'Atlas News Network', 'Beacon Online', 'Daily Digest Hub', 'NewsNow Aggregator', 'Global Feed 24', 'Insight Stream',
];
const BOILERPLATE = [
  'Source link', 'Share this article', 'Leave a Reply', 'Your email address will not be published.',
  'Subscribe to our newsletter for the latest updates.', 'Join 40,000 readers who get our morning briefing every day',
  'Follow us on Twitter and Facebook', 'Related Posts', 'Advertisement', 'Read more stories like this',
  'Copyright 2014 all rights reserved by the publisher.', 'Click here to get the app', 'Tags: news, world, politics',
  'We value your privacy and use cookies to improve your experience', 'Please support independent journalism today',
];
const CAPTIONS = ['(Photo: Staff photographer / Wire file photo)', 'A general view of the scene on the day. (AP Photo/File)', 'Image: handout via Reuters'];
const CREDITS = ['Originally published by {o}.', 'This article first appeared on {o}.', 'Source: {o}', 'Republished from {o} with permission.'];
const EDITS: Record<string, string> = {
  said: 'stated', says: 'states', told: 'informed', people: 'individuals', police: 'officers', government: 'administration',
  killed: 'left dead', announced: 'revealed', officials: 'authorities', big: 'large', new: 'fresh', city: 'town', also: 'additionally',
};

/** A small seeded PRNG, so the benchmark is the same on every run. */
export const prng = mulberry32;

export function generateSyndication(base: EvalArticle[], seed = 20240601): BenchDoc[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const docs: BenchDoc[] = [];
  const usable = base.filter((a) => a.paragraphs.length >= 3);
  usable.forEach((a, n) => {
    const published = a.published ?? (rnd() < 0.85 ? randomDate(rnd) : null);
    const text = a.paragraphs.join('\n\n');
    docs.push({ id: neutralId(`o${n}`), title: a.title, published, outlet: pick(OUTLETS), text, body: text, copyOf: null, transforms: [] });
  });
  const originals = [...docs];
  let c = 0;
  for (const o of originals) {
    if (rnd() >= 0.4) continue;
    const copies = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < copies; k++) docs.push(makeCopy(o, neutralId(`c${c++}`), rnd, pick));
  }
  const byGroup = new Map<string, number[]>();
  usable.forEach((a, i) => byGroup.set(a.group, [...(byGroup.get(a.group) ?? []), i]));
  let r = 0;
  for (const members of byGroup.values()) {
    if (members.length < 2 || rnd() >= 0.5) continue;
    const [x, y] = [originals[members[0]], originals[members[1 + Math.floor(rnd() * (members.length - 1))]]];
    const paras = [...x.body.split('\n\n').slice(0, 2), ...y.body.split('\n\n').slice(1, 3)];
    const text = paras.join('\n\n');
    docs.push({ id: neutralId(`r${r++}`), title: `Round-up: ${x.title ?? 'the news'}`, published: x.published, outlet: pick(OUTLETS), text, body: text, copyOf: null, transforms: ['roundup'] });
  }
  return docs;
}

function makeCopy(o: BenchDoc, id: string, rnd: () => number, pick: <T>(xs: readonly T[]) => T): BenchDoc {
  let paras = o.body.split('\n\n');
  const t: string[] = [];
  if (paras.length > 4 && rnd() < 0.35) {
    const cut = 1 + Math.floor(rnd() * 2);
    for (let i = 0; i < cut; i++) paras.splice(1 + Math.floor(rnd() * (paras.length - 2)), 1);
    t.push('cut');
  }
  if (paras.length > 3 && rnd() < 0.25) {
    paras = paras.slice(0, Math.max(2, Math.ceil(paras.length * (0.4 + rnd() * 0.3))));
    const last = paras[paras.length - 1].split(' ');
    paras[paras.length - 1] = `${last.slice(0, Math.max(4, Math.floor(last.length * 0.6))).join(' ')} …`;
    t.push('truncated');
  }
  if (rnd() < 0.5) {
    paras = paras.map((p) => p.replace(/\b[a-z]+\b/g, (w) => (EDITS[w] && rnd() < 0.5 ? EDITS[w] : w)));
    t.push('edits');
  }
  const body = paras.join('\n\n');
  const before: string[] = [];
  const after: string[] = [];
  if (rnd() < 0.2) {
    paras.splice(1 + Math.floor(rnd() * Math.max(1, paras.length - 1)), 0, pick(CAPTIONS));
    t.push('caption');
  }
  if (rnd() < 0.35) {
    after.push(pick(CREDITS).replace('{o}', o.outlet));
    t.push('credit');
  }
  if (rnd() < 0.7 || t.length === 0) {
    const n = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) (rnd() < 0.3 ? before : after).push(pick(BOILERPLATE));
    t.push('boilerplate');
  }
  let title = o.title;
  if (rnd() < 0.5) {
    title = rnd() < 0.5 ? `${o.title ?? 'News'} | ${pick(OUTLETS)}` : `WATCH: ${(o.title ?? 'Latest').toLowerCase()}`;
    t.push('headline');
  }
  const u = rnd();
  const published = o.published === null || u < 0.2 ? null : u < 0.6 ? o.published : laterDate(o.published, 1 + Math.floor(rnd() * 4));
  let outlet = pick(OUTLETS);
  while (outlet === o.outlet) outlet = pick(OUTLETS);
  return { id, title, published, outlet, text: [...before, ...paras, ...after].join('\n\n'), body, copyOf: o.id, transforms: t };
}

function randomDate(rnd: () => number): string {
  const d = new Date(Date.UTC(2008, 0, 1) + Math.floor(rnd() * 6 * 365) * 86400000);
  return d.toISOString().slice(0, 10);
}

function laterDate(iso: string, days: number): string {
  return new Date(Date.parse(iso.slice(0, 10)) + days * 86400000).toISOString().slice(0, 10);
}
