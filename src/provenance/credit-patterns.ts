// Credit lines and datelines that name where a text came from (a fallback for articles whose
// extraction did not set `original`; the extraction stage's credit wins when present).

/** "BEIJING (AP) —": a dateline with an agency in parentheses, near the start of the text. */
export const AGENCY_DATELINE = /(?:^|\n)\s*([A-Z][A-Z .,'’-]{1,40}\s*\(([A-Za-z][A-Za-z-]{1,15})\)\s*[—–-]{1,2})/;
/** "Originally published at X", "This article first appeared on X", "Source: X", "Republished from X". */
export const NAMED_CREDIT =
  /^(?:originally (?:published|posted|appeared)|(?:this|the) (?:article|story|post|report|piece) (?:was |is )?(?:first |originally )?(?:published|appeared|posted|ran)|first (?:published|appeared)|(?:republished|reprinted) (?:with permission )?(?:from|by)|source\s*:|via\s*:?)\s*(?:(?:at|on|in|by|from)\s+)?(.{2,80}?)(?:\s+with permission)?\s*\.?$/i;
/** "Source link", "Read the original article": a republisher marker that names nobody. */
export const ANONYMOUS_CREDIT = /^(?:source link|source|view (?:the )?original|read (?:the )?original(?: article| story)?)\W*$/i;
/** "World Socialist 31.01.2022": a name and a dd.mm.yyyy date on a line of its own. */
export const NAME_DATE_CREDIT = /^([\p{L}][\p{L}\s.&'’-]{1,60}?)\s+(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/u;
/** Credit lines are looked for in this many last paragraphs. */
export const CREDIT_TAIL_PARAGRAPHS = 8;
