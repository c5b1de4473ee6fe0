// Paragraph-level boilerplate that copies add around a republished text (the extraction stage removes
// most of it; these catch what is left, so the 80% copy rule is computed on the body).

/** Whole paragraphs matching one of these are boilerplate. */
export const BOILERPLATE_PARAGRAPH: readonly RegExp[] = [
  /^source(?: link)?\s*:?\s*$/i,
  /^(?:source|via|credit)\s*:.{0,100}$/i,
  /^(?:originally|first) published\b.{0,120}$/i,
  /^(?:republished|reprinted) (?:from|with)\b.{0,120}$/i,
  /^this (?:article|story|post|report) (?:was )?(?:first |originally )?(?:appeared|published|ran)\b.{0,120}$/i,
  /^(?:leave a (?:reply|comment)|your email address will not be published|required fields are marked)/i,
  /^(?:share|share this|share on|follow us|subscribe|sign up|sign in|log in|join us|join our|related|read more|read also|see also|check also|more from|advertisement|sponsored|click here|tags?:|filed under|posted in|views:|please wait|already a member|newsletter)\b.{0,100}$/i,
  /^(?:copyright|©|\(c\))\s.{0,120}$/i,
  /^all rights reserved\.?$/i,
  /^(?:photo|image|picture|credit|caption|file photo)\s*:.{0,200}$/i,
  /^\[?(?:image|photo|video)\]?$/i,
];

/** A paragraph ending in a parenthesised photo credit is a caption. */
export const CAPTION_CREDIT = /\((?:[^()]{0,120}\b(?:photo|photos|AP|AFP|Reuters|Getty|Images|EPA|Pool|file|Shutterstock)\b[^()]{0,60})\)\s*$/;

/** A short credit line: a name and a date ("World Socialist 31.01.2022"). */
export const DATED_CREDIT_LINE = /^[\p{L}][\p{L}\s.&'’-]{1,60}\s\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/u;

/** Paragraphs of fewer tokens are not counted as body when classifying extra text. */
export const SHORT_PARAGRAPH_TOKENS = 8;
