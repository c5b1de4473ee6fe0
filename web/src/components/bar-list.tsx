// Horizontal bars for ranked counts (whom an outlet quotes, articles per outlet): labels are
// HTML (links allowed), bars are SVG so their length needs no inline style.
import type { ComponentChildren } from 'preact';

export interface Bar { key: string; label: ComponentChildren; value: number; hue?: string }

export function BarList({ bars, unit, label }: { bars: Bar[]; unit: string; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul class="bar-list" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key}>
          <span class="bar-label">{b.label}</span>
          <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
            <rect class={`fill ${b.hue ?? 'accent'}`} x={0} y={0} width={(b.value / max) * 100} height={8} rx={1} />
          </svg>
          <span class="bar-value">{b.value} <span class="sr-only">{unit}</span></span>
        </li>
      ))}
    </ul>
  );
}
