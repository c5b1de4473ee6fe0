// Data for publication-date estimation (src/extract/text/estimate-published.ts).

/** Removed spans whose stated dates precede publication: photo captions, bylines, credits, metadata. */
export const BOUNDING_REASONS: ReadonlySet<string> = new Set(['caption', 'byline', 'credit_line', 'dateline', 'metadata']);

/** How many leading paragraphs count as the lead (where a news report names the day of its event). */
export const LEAD_PARAGRAPHS = 2;

/** An archive photo ("…, file)", "File photo:"): its date says little about when the text was written. */
export const FILE_PHOTO_RE = /\bfile(?:\s+photo)?\b\s*\)?\s*\.?\s*$|^\s*file\s+photo\b/i;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
