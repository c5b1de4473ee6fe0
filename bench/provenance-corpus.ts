// Synthetic articles of the provenance bench: word-pool texts with injected copies, regenerated from
// the article number so that nothing is kept in memory (used by the bench and its worker threads).
import { mulberry32 } from '../src/util/mulberry32.js';

/** Every COPY_EVERY-th article is an edited copy (new footer, one word changed) of an earlier one. */
export const COPY_EVERY = 50;
export const COPY_LAG = 7;

const POOL = makePool(6000);

function makePool(n: number): string[] {
  const syl = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vor', 'el', 'dan', 'pri', 'os', 'ne', 'ga', 'lit', 'um', 'bre', 'ci', 'fa', 'ho', 'zen'];
  const out: string[] = [];
  let x = 12345;
  for (let i = 0; i < n; i++) {
    let w = '';
    const len = 2 + (i % 3);
    for (let k = 0; k < len; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += syl[x % syl.length];
    }
    out.push(w);
  }
  return out;
}

const rng = mulberry32;

function baseText(n: number): string {
  const r = rng(n * 2654435761);
  const paras: string[] = [];
  for (let p = 0; p < 3; p++) {
    const words: string[] = [];
    for (let w = 0; w < 30; w++) words.push(POOL[Math.floor(r() * POOL.length)]);
    paras.push(`${words.join(' ')}.`);
  }
  return paras.join('\n\n');
}

export const isCopy = (n: number): boolean => n % COPY_EVERY === COPY_LAG && n >= COPY_LAG;
export const idOf = (n: number): string => `a${n.toString(36).padStart(5, '0')}`;
export const numOf = (id: string): number => parseInt(id.slice(1), 36);

export function textOf(n: number): string {
  if (!isCopy(n)) return baseText(n);
  return `${baseText(n - COPY_LAG).replace(/^(\S+)/, 'zorbul')}\n\nShare this article`;
}

