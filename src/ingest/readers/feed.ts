// RSS 2.0, Atom and RSS 1.0 (RDF) feeds, streamed through htmlparser2 in xmlMode. htmlparser2 never
// reads a DTD: `<!ENTITY>` declarations are skipped and unknown entity references stay literal
// text, so entity-expansion bombs and external entities (XXE) are inert. Keep it that way.
import { Parser } from 'htmlparser2';
import { splitAuthors } from '../record-fields.js';
import { HTML_BODY_RE } from '../sniff-patterns.js';
import { FEED_BODY_FIELDS, FEED_ITEM_FIELDS, type FeedField } from '../feed-fields.js';
import { FormatError, decodeFields, failureItem, recordItem, type ReaderContext, type RecordItem, type TextInput } from './context.js';

interface Capture {
  field: FeedField;
  depth: number;
  parts: string[];
  escaped: string[];
  hasTags: boolean;
}

type Item = Partial<Record<FeedField, string[]>>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);
const RSS_AUTHOR_RE = /^\S+@\S+\s+\((.+)\)$/;

class FeedWalker {
  private stack: string[] = [];
  private capture: Capture | null = null;
  private item: Item | null = null;
  private itemDepth = 0;
  private channel: Item = {};
  kind: 'rss' | 'atom' | null = null;
  language: string | undefined;
  readonly items: Item[] = [];

  open(name: string, attrs: Record<string, string>): void {
    const n = name.toLowerCase();
    if (this.capture) {
      const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
      this.capture.parts.push(`<${name}${a}>`);
      this.capture.escaped.push(`<${name}${a}>`);
      this.capture.hasTags = true;
      this.stack.push(n);
      return;
    }
    const parent = this.stack.at(-1);
    this.stack.push(n);
    if (this.stack.length === 1 && !this.kind) this.kind = n === 'feed' ? 'atom' : n === 'rss' || n === 'rdf:rdf' ? 'rss' : null;
    if (!this.language && attrs['xml:lang']) this.language = attrs['xml:lang'];
    if (n === 'item' || n === 'entry') {
      this.item = {};
      this.itemDepth = this.stack.length;
    } else if (this.item) {
      this.openInItem(n, parent, attrs);
    } else if ((parent === 'channel' || parent === 'feed') && (n === 'title' || n === 'language')) {
      this.startCapture(n === 'title' ? 'channelTitle' : 'language');
    }
  }

  private openInItem(n: string, parent: string | undefined, attrs: Record<string, string>): void {
    const item = this.item as Item;
    if (n === 'link' && attrs.href !== undefined) {
      if ((attrs.rel ?? 'alternate') === 'alternate') (item.link ??= []).push(attrs.href);
      return;
    }
    if (n === 'author' && this.kind === 'atom') return; // its <name> child holds the author
    if (n === 'name' && parent === 'author') return this.startCapture('author');
    if (n === 'content' && attrs.src !== undefined) return; // out-of-line content: nothing to read
    const field = FEED_ITEM_FIELDS[n];
    if (field && this.stack.length === this.itemDepth + 1) this.startCapture(field);
  }

  private startCapture(field: FeedField): void {
    this.capture = { field, depth: this.stack.length, parts: [], escaped: [], hasTags: false };
  }

  text(t: string): void {
    if (!this.capture) return;
    this.capture.parts.push(t);
    this.capture.escaped.push(escapeXml(t));
  }

  close(name: string): void {
    const c = this.capture;
    if (c && this.stack.length > c.depth) {
      c.parts.push(`</${name}>`);
      c.escaped.push(`</${name}>`);
    } else if (c) {
      this.capture = null;
      // Child elements (Atom type="xhtml") are markup whose text must stay escaped; otherwise the
      // decoded text is the value (for RSS descriptions, that is the HTML itself).
      const value = (c.hasTags ? c.escaped : c.parts).join('');
      const target = this.item ?? this.channel;
      (target[c.field] ??= []).push(value);
    }
    this.stack.pop();
    if (this.item && this.stack.length < this.itemDepth) {
      this.items.push(this.item);
      this.item = null;
    }
  }

  get outlet(): string | undefined {
    return this.channel.channelTitle?.[0]?.trim() || undefined;
  }
  get feedLanguage(): string | undefined {
    return this.channel.language?.[0]?.trim() || this.language;
  }
}

const first = (item: Item, ...fields: FeedField[]) => {
  for (const f of fields) {
    const v = item[f]?.find((s) => s.trim());
    if (v) return v;
  }
  return undefined;
};

function itemRecord(ctx: ReaderContext, input: TextInput, walker: FeedWalker, item: Item, index: number): RecordItem {
  const title = first(item, 'title')?.trim();
  const body = first(item, ...FEED_BODY_FIELDS) ?? '';
  if (!title && !body.trim()) return failureItem(ctx.source, `item ${index + 1} has no title and no text`);
  const guid = first(item, 'guid')?.trim();
  const link = first(item, 'link')?.trim() ?? (guid && /^https?:\/\//.test(guid) ? guid : undefined);
  const authors = (item.author ?? []).flatMap((a) => splitAuthors(RSS_AUTHOR_RE.exec(a.trim())?.[1] ?? a));
  const published = first(item, 'published', 'updated')?.trim();
  return recordItem(ctx, {
    format: walker.kind ?? 'rss',
    bodyType: HTML_BODY_RE.test(body) ? 'html' : 'text',
    body,
    externalId: guid ?? null,
    recordIndex: index,
    fields: {
      ...(title ? { title } : {}),
      ...(link ? { url: link } : {}),
      ...(published ? { published } : {}),
      ...(walker.outlet ? { outlet: walker.outlet } : {}),
      ...(authors.length ? { authors } : {}),
      ...(walker.feedLanguage ? { language: walker.feedLanguage } : {}),
      ...decodeFields(input.decoder),
    },
  });
}

export async function* readFeed(ctx: ReaderContext, input: TextInput): AsyncGenerator<RecordItem> {
  const walker = new FeedWalker();
  const parser = new Parser(
    {
      onopentag: (name, attrs) => walker.open(name, attrs),
      ontext: (t) => walker.text(t),
      onclosetag: (name) => walker.close(name),
    },
    { xmlMode: true, decodeEntities: true },
  );
  let index = 0;
  for await (const chunk of input.chunks) {
    parser.write(chunk);
    for (const item of walker.items.splice(0)) yield itemRecord(ctx, input, walker, item, index++);
  }
  parser.end();
  for (const item of walker.items.splice(0)) yield itemRecord(ctx, input, walker, item, index++);
  if (!walker.kind) throw new FormatError('not an RSS, Atom or RDF feed (no <rss>, <feed> or <rdf:RDF> root element)');
  if (index === 0) throw new FormatError('feed has no items');
}
