// Dates and numbers as people read them; ISO and TIMEX values pass through when not a plain date.
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const fmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const m = DAY.exec(iso);
  if (!m) return iso;
  return fmt.format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
}

export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  if (!last || first === last) return formatDate(first ?? last);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

export function plural(n: number, one: string, many = /[^aeiou]y$/.test(one) ? `${one.slice(0, -1)}ies` : `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Flag names as words: mixed_languages → mixed languages. */
export function flagLabel(flag: string): string {
  return flag.replace(/[_-]+/g, ' ');
}

/** Byte counts as people read them: 8 MB, 512 kB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}
