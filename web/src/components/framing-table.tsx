// Referent × outlet: the words each outlet's own narration uses for the same thing.
import type { StoryArticle as Article, Story } from '../api.js';
import { outletClass } from '../lib/palette.js';

export function FramingTable({ story, articles, order }: { story: Story; articles: Article[]; order: readonly string[] }) {
  if (story.framing.length === 0) return <p class="muted">No differences in wording found.</p>;
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet?.name ?? 'unknown outlet']));
  const outlets = [...new Set(articles.map((a) => a.outlet?.name ?? 'unknown outlet'))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const rows = story.framing.map((f) => {
    const byOutlet = new Map<string, Set<string>>();
    for (const [articleId, labels] of Object.entries(f.labels)) {
      const o = outletOf.get(articleId) ?? 'unknown outlet';
      const set = byOutlet.get(o) ?? new Set<string>();
      for (const l of labels) set.add(l);
      byOutlet.set(o, set);
    }
    return { referent: f.referent, byOutlet };
  });
  return (
    <div class="table-scroll" role="region" aria-label="Framing table" tabindex={0}>
      <table class="table framing">
        <thead>
          <tr><th scope="col">Referent</th>{outlets.map((o) => <th key={o} scope="col"><span class={`swatch ${outletClass(o, order)}`} />{o}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.referent}>
              <th scope="row">{r.referent}</th>
              {outlets.map((o) => {
                const labels = [...(r.byOutlet.get(o) ?? [])];
                return <td key={o}>{labels.length ? <ul class="labels">{labels.map((l) => <li key={l}>{l}</li>)}</ul> : <span class="muted">—</span>}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
