// A search snippet with its matches marked; every part is rendered as text.
import { parseSnippet } from '../lib/snippet.js';

export function Snippet({ text }: { text: string }) {
  return <p class="snippet">{parseSnippet(text).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</p>;
}
