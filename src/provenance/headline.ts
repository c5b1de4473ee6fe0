// Headline evidence of direction: a republisher keeps the headline and adds to it, a site name after
// "|" or a label such as "WATCH:" in front, often changing its case; the original's headline is then a
// run of words at the start or end of the copy's.
const WORD = /[\p{L}\p{N}]+/gu;

function words(title: string | null): string[] {
  return title ? (title.toLowerCase().match(WORD) ?? []) : [];
}

/** True when headline x is headline y with words added before or after it. */
export function extendsHeadline(x: string | null, y: string | null): boolean {
  const wx = words(x);
  const wy = words(y);
  if (wy.length < 2 || wx.length <= wy.length) return false;
  const at = (offset: number): boolean => wy.every((w, i) => wx[offset + i] === w);
  return at(0) || at(wx.length - wy.length);
}
