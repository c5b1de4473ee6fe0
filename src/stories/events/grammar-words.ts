// Closed-class word lists the event rules read (kept as data, apart from the rules).

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Words before a trigger that make it a noun ("the attack", "its third joint naval exercises"). */
export const DETERMINERS = set(`a an the this that these those its his her their our my your any no every each such another
  first second third fourth fifth last latest recent new further previous annual weekly rare brief lengthy hour-long two three
  several many both`);

/** Adjectives that often stand before event nouns. */
export const EVENT_ADJECTIVES = set(`joint virtual bilateral trilateral military naval air direct formal official telephone phone video
  online emergency secret private public informal high-level top-level face-to-face rare surprise deadly fatal brutal massive large-scale
  full-scale renewed fresh major closed-door unannounced humanitarian financial economic diplomatic written`);

export const PREPOSITIONS = set(`in at on with to against by for from of between among into over toward towards about during after
  before since under than like through across upon onto via amid despite without within`);

/** Prepositions whose object is the other party of an event ("talks with X", "attack on X", "support for X"). */
export const TARGET_PREPOSITIONS = set('with to against on for at upon into toward towards of');

/** Prepositions that introduce the place of an event. */
export const PLACE_PREPOSITIONS = set('in at near outside');

/** Prepositions before a date that do not date the event itself ("since 1991", "until March"). */
export const NON_GOVERNING_DATE_CUES = set('since until till before after from through by ahead');

export const BE_FORMS = set("be is are was were been being 's 're am");
export const HAVE_FORMS = set("have has had having 've");
export const MODALS = set("will would shall should could can may might must 'll 'd");
export const NEGATORS = set("not n't never no");
/** Verbs + "to" that cancel the event they govern ("refused to condemn"). */
export const CANCELLING_VERBS = set('refuse refused refuses refusing decline declined declines fail failed fails avoid avoided');

/** Verbs that make an event noun happen ("held talks", "imposed sanctions"). */
export const LIGHT_VERBS = set(`hold holds held holding have has had having conduct conducts conducted conducting stage stages staged
  staging launch launches launched launching carry carries carried carrying make makes made making give gives gave given attend attends
  attended attending host hosts hosted hosting impose imposes imposed imposing issue issues issued deliver delivers delivered
  send sends sent provide provides provided join joined begin began begun started start starts took take takes taking
  announce announced announces order ordered orders`);

/** Pronouns that may stand for a person or a country acting. */
export const PERSON_PRONOUNS = set('he she him her his');
export const SUBJECT_PRONOUNS = set('he she they we i it');

/** Words a name phrase may contain besides names: titles, roles, adjectives of nationality. */
export const NP_FILLERS = set(`of the 's ’s foreign defense defence prime deputy vice state secretary minister ministry president
  chief leader premier counterpart spokesman spokeswoman spokesperson ambassador envoy general chairman head official officials
  senator governor mayor king queen prince chancellor newly-installed former acting top senior us u.s. u.k. uk eu un`);

/** Clause breaks inside a sentence. */
export const CLAUSE_BREAKS = set('; : — – -- ( ) [ ]');

/** Statement verbs whose complement is the speaker's claim ("said that X attacked Y"). */
export const REPORTING_LEMMAS = set('say tell announce declare state add claim insist assert reiterate stress');
