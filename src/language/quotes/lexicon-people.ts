// Small word lists for person resolution (kept apart from the cue lexicon).

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words that may sit between title words and a name: "Secretary of State Antony Blinken". */
export const CONNECTOR_WORDS = words('of for the and');

/** Lower-case words after a name that show it is not the subject of a verb ("with Shoigu, he said"). */
export const NON_VERB_FOLLOWERS = words(`
  and or but of in on at to from with by for as than that which who whom whose he she they it we i
  his her their its the a an about after before during over under into against between among
`);
