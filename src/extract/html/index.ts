// HTML main-content extraction: metadata, then a cascade in the manner of trafilatura_sequence —
// our precise pass, Readability as a second opinion when the precise pass is not confident,
// and a baseline rescue when both come back nearly empty.
import type { DomElement } from './dom.js';
import { parseDocument } from './parse.js';
import type { HtmlExtraction, HtmlExtractOptions, RemovedBlock } from './types.js';
import { readMetadata, timeInside, type PageMetadata } from './metadata.js';
import { locateMain, type MainContainers } from './locate.js';
import { collectBlocks, record, type Block } from './collect.js';
import { filterBlocks, type Filtered } from './filter.js';
import { readabilityPass } from './readability-pass.js';
import { baselineBlocks, ldBodyBlocks } from './baseline.js';
import { chooseExtraction, readabilityMayWin, textLength } from './choose.js';
import { cleanAuthors } from './authors.js';
import { normaliseDate } from './dates.js';
import { DATE_LINE_RE, THRESHOLDS } from './patterns.js';
import { pageTextBound, visibleText } from './text.js';

export type { HtmlExtraction, HtmlExtractOptions, RemovedBlock } from './types.js';

/** Tiers whose container is trusted enough to skip the Readability comparison when long. */
/** Longer "author" blocks are bios or notes, not bylines. */
const MAX_BYLINE = 120;
const CONFIDENT_TIERS = new Set(['article-body', 'article']);

export function extractHtml(html: string, options: HtmlExtractOptions = {}): HtmlExtraction {
  const pageUrl = options.url ?? null;
  const doc = parseDocument(html);
  const meta = readMetadata(doc, pageUrl);
  const body = doc.body ?? doc.documentElement;
  if (!body) return assemble(meta, null, { kept: [], bylines: [], datelines: [] }, [], 'empty');

  const located = locateMain(body);
  const collected = collectBlocks(body, { containers: located?.elements ?? null, prune: true });
  const ours = filterBlocks(collected.blocks, collected.removed, located && located.tier !== 'main' ? 'lenient' : 'strict');
  const header = headerHints(body, located);
  const oursLen = textLength(ours.kept);
  const method = located ? `precise:${located.tier}` : 'precise:body';
  const result = (f: Filtered, removed: RemovedBlock[], m: string): HtmlExtraction =>
    assemble(meta, header, { ...f, bylines: ours.bylines, datelines: ours.datelines }, removed, m);

  if (located && CONFIDENT_TIERS.has(located.tier) && oursLen >= THRESHOLDS.confidentChars) {
    return result(ours, collected.removed, method);
  }
  // The baseline reads the untouched tree, so take it before Readability mutates the document.
  const rescue = oursLen < THRESHOLDS.minExtractedChars ? baselineBlocks(body, meta.ldBody) : null;
  const algo = readabilityMayWin(ours.kept, pageTextBound(doc.documentElement ?? body)) ? readabilityPass(doc) : null;
  let chosen: Filtered = ours;
  let removed = collected.removed;
  let chosenMethod = method;
  if (algo && chooseExtraction(ours.kept, algo.kept) === 'readability') {
    chosen = algo;
    removed = removedAgainst(collected.blocks, collected.removed, algo);
    chosenMethod = 'readability';
  }
  const chosenLen = textLength(chosen.kept);
  if (rescue && chosenLen < THRESHOLDS.minExtractedChars && textLength(rescue.blocks) > chosenLen) {
    return result({ kept: rescue.blocks, bylines: [], datelines: [] }, collected.removed, rescue.method);
  }
  // Pages rendered by script often carry the whole text only in JSON-LD articleBody.
  if (meta.ldBody && meta.ldBody.length >= THRESHOLDS.minExtractedChars && meta.ldBody.length > 2 * chosenLen) {
    return result({ kept: ldBodyBlocks(meta.ldBody), bylines: [], datelines: [] }, removed, 'jsonld-body');
  }
  return result(chosen, removed, chosenMethod);
}

/** When Readability wins, everything of the page it left out counts as removed. */
function removedAgainst(blocks: Block[], ourRemoved: RemovedBlock[], algo: Filtered & { removed: RemovedBlock[] }): RemovedBlock[] {
  const keptTexts = new Set(algo.kept.map((b) => b.text));
  const removed = ourRemoved.filter((r) => !keptTexts.has(r.text));
  for (const r of algo.removed) record(removed, r.text, r.reason);
  for (const b of blocks) if (b.main && !keptTexts.has(b.text)) record(removed, b.text.slice(0, THRESHOLDS.maxRemovedChars), 'not-main');
  return removed;
}

interface HeaderHints {
  h1: string | null;
  time: string | null;
}

/** The headline and `<time datetime>` of the article header, read before Readability mutates the tree. */
function headerHints(body: DomElement, located: MainContainers | null): HeaderHints {
  const scopes = located ? located.elements.map((el) => enclosingArticle(el)) : [];
  const h1 = scopes.map((s) => s.querySelector('h1')).find(Boolean) ?? body.querySelector('h1');
  return { h1: h1 ? visibleText(h1) || null : null, time: timeInside(scopes.length > 0 ? scopes : [body]) };
}

/** The `<article>` (or the container itself) around a body container: the headline sits just above the text. */
function enclosingArticle(el: DomElement): DomElement {
  for (let p: DomElement | null = el; p; p = p.parentElement) if (p.localName === 'article') return p;
  return el.parentElement ?? el;
}

function assemble(meta: PageMetadata, header: HeaderHints | null, f: Filtered, removed: RemovedBlock[], method: string): HtmlExtraction {
  // Visible fallbacks: byline/dateline lines and elements the header area gave up.
  const bylines = [...f.bylines, ...removed.filter((r) => r.reason === 'byline' && r.text.length <= MAX_BYLINE).slice(0, 3).map((r) => r.text)];
  const dateTexts = [...f.datelines, ...removed.filter((r) => r.reason === 'dateline').slice(0, 3).map((r) => r.text)];
  const datelines = dateTexts.map((line) => normaliseDate(DATE_LINE_RE.exec(line)?.[3] ?? line)).filter(Boolean) as string[];
  return {
    title: meta.title ?? header?.h1 ?? meta.docTitle,
    authors: meta.authors.length > 0 ? meta.authors : cleanAuthors(bylines),
    published: meta.published ?? header?.time ?? datelines[0] ?? null,
    modified: meta.modified,
    siteName: meta.siteName,
    url: meta.url,
    domain: meta.domain,
    language: meta.language,
    description: meta.description,
    section: meta.section,
    isNewsArticle: meta.isNewsArticle,
    text: f.kept.map((b) => b.text).join('\n\n'),
    removed,
    method,
  };
}
