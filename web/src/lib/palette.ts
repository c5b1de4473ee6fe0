// Colours as CSS classes (the CSP forbids inline styles): outlets get one of eight hues in a
// stable order, event scores one of seven bins from conflict (−10) to cooperation (+10).
export const OUTLET_HUES = 8;

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

export function outletClass(name: string | null | undefined, order: readonly string[]): string {
  if (!name) return 'hue-none';
  const i = order.indexOf(name);
  return `hue-${(i < 0 ? hash(name) : i) % OUTLET_HUES}`;
}

const SCORE_BINS = [-7, -3.5, -0.5, 0.5, 3.5, 7];

/** 'score-0' (most conflictual) … 'score-6' (most cooperative); score-3 is neutral. */
export function scoreClass(score: number | null | undefined): string {
  if (score === null || score === undefined) return 'score-3';
  let bin = 0;
  while (bin < SCORE_BINS.length && score >= SCORE_BINS[bin]) bin++;
  return `score-${bin}`;
}

export function scoreWord(score: number): string {
  if (score <= -3.5) return 'conflict';
  if (score < -0.5) return 'tension';
  if (score <= 0.5) return 'neutral';
  if (score < 3.5) return 'cooperation';
  return 'strong cooperation';
}
