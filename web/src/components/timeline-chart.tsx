// Events by date as an SVG chart: y is the cooperation–conflict score (−10 … +10), dots are
// coloured by it, and the rolling index is a line. Undated and far-off events are counted, not drawn.
import { formatDate, plural } from '../lib/format.js';
import { scoreClass } from '../lib/palette.js';
import { DAY_MS } from '../lib/timex.js';
import { placeEvents } from '../lib/timeline-window.js';

export interface ChartEvent { id: string; date: string | null; score: number; label: string; rolling?: number }

const W = 760, H = 230, PAD = { l: 92, r: 16, t: 14, b: 34 };
const Y_TICKS = [10, 5, 0, -5, -10];

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Axis ticks: daily, weekly, monthly or yearly by span, at most twelve; years shown once the span is long. */
function ticks(min: number, max: number): { t: number; label: string }[] {
  const days = (max - min) / DAY_MS;
  const step = days <= 16 ? 1 : days <= 80 ? 7 : days <= 400 ? 30 : 365;
  const out: number[] = [];
  for (let t = min; t <= max + 1; t += step * DAY_MS) out.push(t);
  const kept = out.length > 12 ? out.filter((_, i) => i % Math.ceil(out.length / 12) === 0) : out;
  const label = (t: number) => (days > 300 ? MONTH_YEAR.format(t) : formatDate(new Date(t).toISOString()).replace(/ \d{4}$/, ''));
  return kept.map((t) => ({ t, label: label(t) }));
}

export function TimelineChart({ events, title }: { events: ChartEvent[]; title: string }) {
  const { placed, distant, undated } = placeEvents(events);
  if (placed.length === 0) return <p class="muted">No dated events to plot{undated ? ` (${plural(undated, 'undated event')})` : ''}.</p>;
  const min = placed[0].t - DAY_MS, max = placed[placed.length - 1].t + DAY_MS;
  const x = (t: number) => PAD.l + ((t - min) / (max - min)) * (W - PAD.l - PAD.r);
  const y = (s: number) => PAD.t + ((10 - Math.max(-10, Math.min(10, s))) / 20) * (H - PAD.t - PAD.b);
  const seen = new Map<string, number>();
  const dots = placed.map(({ e, t }) => {
    const key = `${t}:${Math.round(e.score)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { e, cx: x(t) + (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 7, cy: y(e.score) };
  });
  // The rolling index after the last event of each day, one point per day.
  const perDay = new Map<number, number>();
  for (const p of placed) if (p.e.rolling !== undefined) perDay.set(p.t, p.e.rolling);
  const rolling = [...perDay].map(([t, r]) => `${x(t).toFixed(1)},${y(r).toFixed(1)}`);
  return (
    <figure class="chart timeline-chart">
      <div class="chart-scroll">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${plural(placed.length, 'dated event')} from ${formatDate(placed[0].e.date)} to ${formatDate(placed[placed.length - 1].e.date)}`}>
          {Y_TICKS.map((s) => (
            <g key={s} class={s === 0 ? 'grid grid-zero' : 'grid'}>
              <line x1={PAD.l} x2={W - PAD.r} y1={y(s)} y2={y(s)} />
              <text x={PAD.l - 8} y={y(s) + 4} class="axis-label axis-label-y">{s === 10 ? '+10 coop.' : s === -10 ? '−10 conflict' : s > 0 ? `+${s}` : s < 0 ? `−${-s}` : '0'}</text>
            </g>
          ))}
          {ticks(min + DAY_MS, max - DAY_MS).map(({ t, label }) => (
            <text key={t} x={x(t)} y={H - 12} class="axis-label axis-label-x">{label}</text>
          ))}
          {rolling.length > 1 ? <polyline class="rolling-line" points={rolling.join(' ')} /> : null}
          {dots.map(({ e, cx, cy }) => (
            <circle key={e.id} class={`dot ${scoreClass(e.score)}`} cx={cx} cy={cy} r={6} data-event={e.id}>
              <title>{`${formatDate(e.date)} · ${e.label} (score ${e.score})`}</title>
            </circle>
          ))}
        </svg>
      </div>
      <figcaption class="chart-caption">
        <span class="key"><span class="swatch score-0" /> conflict</span>
        <span class="key"><span class="swatch score-3" /> neutral</span>
        <span class="key"><span class="swatch score-6" /> cooperation</span>
        {rolling.length > 1 ? <span class="key"><span class="swatch-line" /> rolling index</span> : null}
        {undated ? <span class="muted"> · {plural(undated, 'undated event')} not drawn</span> : null}
        {distant ? <span class="muted"> · {plural(distant, 'event')} dated over a year from the rest not drawn</span> : null}
      </figcaption>
    </figure>
  );
}
