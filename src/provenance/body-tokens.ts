// Tokens of the body of a clean text: every paragraph except recognised boilerplate, so copies are
// compared "after boilerplate removal" as the copy rule says. Also returns each paragraph's token range.
import { isBoilerplateParagraph } from './boilerplate.js';
import { paragraphSpans } from './paragraphs.js';
import { tokenize, type Tokens } from './tokens.js';

export interface ParagraphTokens {
  start: number;
  end: number;
  /** Token range [t0, t1) in the body tokens (empty for boilerplate paragraphs). */
  t0: number;
  t1: number;
  boilerplate: boolean;
}

export interface BodyTokens extends Tokens {
  paragraphs: ParagraphTokens[];
  /** Tokens left out in boilerplate paragraphs. */
  boilerplateTokens: number;
}

export function bodyTokens(text: string): BodyTokens {
  const all = tokenize(text);
  const spans = paragraphSpans(text);
  const keep = new Uint8Array(all.count);
  const paragraphs: ParagraphTokens[] = [];
  let t = 0;
  let kept = 0;
  for (const span of spans) {
    const boilerplate = isBoilerplateParagraph(text.slice(span.start, span.end));
    while (t < all.count && all.starts[t] < span.start) t++;
    const t0 = kept;
    while (t < all.count && all.starts[t] < span.end) {
      if (!boilerplate) {
        keep[t] = 1;
        kept++;
      }
      t++;
    }
    paragraphs.push({ start: span.start, end: span.end, t0, t1: kept, boilerplate });
  }
  // Exact-length copies: tokenize's arrays are views of buffers sized for the worst case (half the
  // text's length, ~3x the tokens of prose), and a corpus step's token cache keeps thousands of these
  // (85 MB of buffers for 11k texts at the 8th step of a 20k run, a third of it used).
  if (kept === all.count) return { hashes: all.hashes.slice(), starts: all.starts.slice(), ends: all.ends.slice(), count: all.count, paragraphs, boilerplateTokens: 0 };
  const hashes = new Uint32Array(kept);
  const starts = new Uint32Array(kept);
  const ends = new Uint32Array(kept);
  let w = 0;
  for (let i = 0; i < all.count; i++) {
    if (!keep[i]) continue;
    hashes[w] = all.hashes[i];
    starts[w] = all.starts[i];
    ends[w] = all.ends[i];
    w++;
  }
  return { hashes, starts, ends, count: kept, paragraphs, boilerplateTokens: all.count - kept };
}
