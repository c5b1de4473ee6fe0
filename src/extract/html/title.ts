// Title clean-up: drops the " | Site" / " - Site" suffix (or prefix) that <title> and og:title carry.

const SEPARATOR_RE = /\s+(?:[|–—»·•/]|-{1,2}|::)\s+/;
const MIN_WORDS = 3;

/** `fromDocTitle`: the text is the <title>, where any separated suffix is usually the site. */
export function cleanTitle(title: string, siteName: string | null, fromDocTitle = false): string {
  const parts = title.split(SEPARATOR_RE);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  if (site) {
    const kept = parts.filter((p) => p.toLowerCase() !== site);
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  if (!fromDocTitle) return title;
  // Readability's rule: keep the longest part when it still reads like a headline.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(' ').length >= MIN_WORDS ? longest : title;
}
