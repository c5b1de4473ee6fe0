// Word and punctuation tokens with offsets, over a range of text.
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[.'’\-](?=[\p{L}\p{N}]))*\.?|[,;:.!?“”"‘’«»—–()\[\]]/gu;

const ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Capt|Sgt|Adm|Maj|Cpl|Cmdr|Rev|Prof|Amb|Atty|Supt|Msgr|Fr|(?:[\p{L}\-]*\p{L}\.)+\p{L})\.$/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0];
    // a trailing period belongs to the token only for abbreviations and initials
    // (titles such as "Lt." and dotted forms such as "N.Y.", "D-N.Y." keep it)
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATION.test(t)) t = t.slice(0, -1);
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length });
    TOKEN.lastIndex = m.index + t.length;
  }
  return out;
}

export const isWord = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
