// Public types of the quote finder.

export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'scare';

export interface Span {
  start: number;
  end: number;
}

/** An entity mention as the NER stage (or the internal fallback) reports it. */
export interface EntityInput {
  text: string;
  type: string;
  start: number;
  end: number;
  /** Optional stable id of the linked entity; copied to `speaker.entityKey`. */
  key?: string;
  entity_id?: string;
}

export interface QuoteContext {
  sentences?: Span[];
  entities?: EntityInput[];
}

export interface Speaker {
  /** The fullest form of the speaker in the text ("Wang Yi", not "Wang" or "he"). */
  name: string;
  /** Offsets of the mention that names the speaker for this quote (may be a pronoun or role noun). */
  start: number;
  end: number;
  entityKey?: string;
}

export interface QuoteMention {
  /** text.slice(start, end): the content inside the marks (for an interrupted quote, both parts and the cue between). */
  text: string;
  kind: QuoteKind;
  start: number;
  end: number;
  cue: string | null;
  cueStart?: number;
  speaker: Speaker | null;
}
