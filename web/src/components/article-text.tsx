// An article's clean text in paragraphs, with optional marked passages. Text only: titles and
// bodies are untrusted, so they are never parsed as HTML.
import { paragraphs, runs, type Span } from '../lib/spans.js';

export function ArticleText<K extends string>({ text, marks = [], markClass }: { text: string; marks?: Span<K>[]; markClass?: (k: K) => string }) {
  return (
    <div class="article-text">
      {paragraphs(text).map((p) => (
        <p key={p.start}>
          {runs(text, p.start, p.end, marks).map((r, i) =>
            r.span ? <mark key={i} class={markClass?.(r.span.kind) ?? ''} title={r.span.title} data-kind={r.span.kind}>{r.text}</mark> : r.text)}
        </p>
      ))}
    </div>
  );
}
