// Cue words learned from PolNeAR train: the cues of attributions whose content is in quote marks,
// kept when seen at least twice and missing from the hand-written list in lexicon.ts (speech and
// stance verbs only; nouns and prepositions among the annotated cues are left out). Data only.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Extra single-word cues, all inflections seen (train frequency order, roughly). */
export const DERIVED_CUE_VERBS = words(`
  calls notes note reads read promises promise assures assure assured chanted chanting chants
  challenged challenges referred refers sees worried quotes quoting knocked knocks remarking remarks
  stating thanked thanks answered answers lamented laments questioned questions offered credited
  bemoaned bemoans barked continues continuing proclaimed proclaims interjected emailed wondered
  wonders indicated indicates retweeted mocking praising chiding pronounced implied citing
  insisted recounted recounts echoed echoes marveled marvelled scoffed sighed snapped mused muses
  tweets texted messaged posted posts replied reminded reminds informed lectured added
`);

/** Two-word cues whose first word is not a cue alone: "Trump shot back", "he went on". */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'], ['hit', 'back'], ['hits', 'back'],
  ['pushed', 'back'], ['went', 'on'], ['goes', 'on'], ['put', 'it'], ['puts', 'it'], ['points', 'out'],
  ['chimed', 'in'], ['weighed', 'in'], ['weighs', 'in'], ['spoke', 'up'], ['summed', 'up'], ['sums', 'up'],
]);

/** Cues whose object is the addressee, never the speaker: "…,” Graham told CBS News / “…,” Trump asked Kelly. */
export const OBJECT_CUES = words(`
  told tells tell telling asked asks ask asking urged urges urging warned warns reminded reminds informed
  assured assures thanked thanks accused accuses accusing challenged challenges quoted quotes quoting
  praised praises criticized criticised blasted slammed mocked mocks dismissed denounced lectured emailed texted
`);
