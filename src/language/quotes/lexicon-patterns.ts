// Patterns of credit lines and transcript labels, compiled once. Data only.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** One part of a name in a credit line: an initial ("A."), a capitalised word, a suffix, a particle before a capital. */
const NAME_PART = String.raw`(?:\p{Lu}\.|\p{Lu}(?=[ \t\u00a0]+\p{Lu})|\p{Lu}[\p{L}\p{M}'’\-]+|(?:Jr|Sr)\.|(?:de|da|del|della|di|van|von|der|la|le|al|bin|ibn|dos)(?=[ \t\u00a0]+\p{Lu}))`;

/**
 * “…” ― Ana Ortiz: a dash (or horizontal bar) right after the closing mark and a name of one to five
 * parts that ends the line, the sentence, or runs into the next quote or an age (", 34"). Group 1 is the name.
 */
export const DASH_CREDIT = new RegExp(
  String.raw`^[ \t\u00a0]*(?:[―—–]|--?)[ \t\u00a0]*(${NAME_PART}(?:[ \t\u00a0]+${NAME_PART}){0,4})(?=[ \t\u00a0]*(?:$|[\r\n.;!?(“"«]|,[ \t\u00a0]*\d))`,
  'u',
);

/** Interview transcripts quote each turn after the speaker's name in capitals: "HOLT: Well, …". Group 1 is the label. */
export const TRANSCRIPT_LABEL = /^[ \t\u00a0]*(\p{Lu}[\p{Lu}'’.\-]+(?:[ \t\u00a0]\p{Lu}[\p{Lu}'’.\-]+){0,2})[ \t\u00a0]*:[ \t\u00a0]/u;

/** Capitalised labels before a colon that head a paragraph without naming a speaker. Lower case. */
export const NOT_SPEAKER_LABELS = words(`
  update updated note editor's editor’s correction breaking watch read video photo photos related
  transcript q a question answer warning spoiler source sources exclusive live analysis opinion
  background context fact check claim verdict summary full text
`);

/** A capitalised function word inside a "person" span shows a title-case headline, not a name ("Clinton Breaks With Obama On …"). */
export const HEADLINE_INSIDE_NAME = /\s(?:With|On|In|At|To|For|From|By|And|Or|The|Is|Are|Was|Were|Says|Said|Over|After|Against|Into|About|As)\s/u;
