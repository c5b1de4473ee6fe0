// Joins kept units into clean paragraphs, mending paragraphs split mid-sentence by the scrape
// ("… allowed Chinese" / "corporations, including …").

const ENDS_OPEN = /[^.!?…:;"'’”»)\]]$/u;
const STARTS_LOWER = /^["'‘“(]*\p{Ll}/u;

export function joinParagraphs(units: readonly string[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev !== undefined && ENDS_OPEN.test(prev) && STARTS_LOWER.test(u)) out[out.length - 1] = `${prev} ${u}`;
    else out.push(u);
  }
  return out;
}
