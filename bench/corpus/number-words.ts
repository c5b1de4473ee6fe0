// Spelled-out counts ("three days", "nine votes") moved by one event's offset: different events of a
// kind count differently, while every article of one event counts alike. "one" is left alone (it is
// also a pronoun), and so are counts after a determiner ("the two countries", "both"), which name a
// fixed set rather than a quantity.
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const PATTERN = /(?<!\b(?:the|The|these|those|its|their|our|all|All|every|first|last) )\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)\b(?![-’'])/g;
/** Largest offset: twelve moves at most to sixteen. */
export const MAX_COUNT_SHIFT = 4;

/** The text with each count moved up by `shift` (1..MAX_COUNT_SHIFT). */
export function shiftNumberWords(text: string, shift: number): string {
  return text.replace(PATTERN, (m) => {
    const out = WORDS[WORDS.indexOf(m.toLowerCase()) + shift];
    return m[0] === m[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
  });
}
