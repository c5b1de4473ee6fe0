// Per-outlet coverage of a story as one stacked SVG bar (segment width ∝ articles) with a legend.
import { outletClass } from '../lib/palette.js';
import { plural } from '../lib/format.js';

export interface OutletCount { name: string; articles: number }

export function CoverageBars({ outlets, order }: { outlets: OutletCount[]; order: readonly string[] }) {
  const total = outlets.reduce((s, o) => s + o.articles, 0);
  if (total === 0) return null;
  let x = 0;
  const summary = outlets.map((o) => `${o.name} ${o.articles}`).join(', ');
  return (
    <div class="coverage-bars">
      <svg class="stack" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={`Articles per outlet: ${summary}`}>
        {outlets.map((o) => {
          const w = (o.articles / total) * 100;
          const rect = <rect key={o.name} class={`fill ${outletClass(o.name, order)}`} x={x} y={0} width={Math.max(w - 0.4, 0.2)} height={6}><title>{`${o.name}: ${plural(o.articles, 'article')}`}</title></rect>;
          x += w;
          return rect;
        })}
      </svg>
      <ul class="legend" aria-hidden="true">
        {outlets.map((o) => (
          <li key={o.name}><span class={`swatch ${outletClass(o.name, order)}`} />{o.name} <span class="muted">{o.articles}</span></li>
        ))}
      </ul>
    </div>
  );
}
