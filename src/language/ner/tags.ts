// The tagger's label set: IOB2 over the four CoNLL-2003 classes (CoNLL's IOB1 is converted on reading).
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const NT = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** Tag index → entity class ('' for O). */
export const TAG_TYPE: readonly string[] = TAGS.map((t) => (t === 'O' ? '' : t.slice(2)));
export const TAG_IS_B: readonly boolean[] = TAGS.map((t) => t.startsWith('B-'));

/** I-X may only follow B-X or I-X: allowed[prev * NT + tag]. Prev = NT means sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NT + 1) * NT);
  for (let p = 0; p <= NT; p++) {
    for (let t = 0; t < NT; t++) {
      const inside = TAGS[t].startsWith('I-');
      a[p * NT + t] = !inside || (p < NT && TAG_TYPE[p] === TAG_TYPE[t]) ? 1 : 0;
    }
  }
  return a;
})();
