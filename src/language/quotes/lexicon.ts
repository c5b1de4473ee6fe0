// Word lists and thresholds of the quote finder, kept as data (no logic here).

import { DERIVED_CUE_VERBS } from './lexicon-cues.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Verbs (all inflections) that introduce speech, writing or stated belief. Lower case. */
export const CUE_VERBS = words(`
  say says said saying tell tells told telling add adds added adding warn warns warned warning
  declare declares declared declaring insist insists insisted insisting accuse accuses accused accusing
  stress stresses stressed stressing noted noting argue argues argued arguing
  claims claimed claiming ask asks asked asking urge urges urged urging explain explains explained explaining
  write writes wrote writing tweet tweets tweeted tweeting posted stated
  announce announces announced announcing reply replies replied replying respond responds responded responding
  continued conclude concludes concluded concluding acknowledge acknowledges acknowledged
  admit admits admitted admitting suggest suggests suggested suggesting recall recalls recalled recalling
  reports reported emphasize emphasizes emphasized emphasising emphasise emphasises emphasised
  observe observes observed remarked vow vows vowed vowing pledge pledges pledged pledging
  promised promising predict predicts predicted predicting complain complains complained
  charged countered concede concedes conceded joke jokes joked
  quip quips quipped exclaim exclaims exclaimed shout shouts shouted yell yelled assert asserts asserted
  maintain maintains maintained contend contends contended describe describes described describing
  called calling deny denies denied denying confirm confirms confirmed confirming
  reiterate reiterates reiterated demanded demanding threaten threatens threatened
  blasted slam slams slammed criticize criticizes criticized criticise criticised
  praised mock mocks mocked boast boasts boasted agreed disagree disagreed
  believe believes believed think thinks thought hoped feared
  cite cites cited quoted tell announce dismiss dismisses dismissed denounce denounces denounced
  signalled signaled pointed mention mentions mentioned blame blames blamed
  testify testifies testified reply retort retorts retorted whisper whispered
  predict caution cautions cautioned allege alleges alleged sing sings sang singing
  ${[...DERIVED_CUE_VERBS].join(' ')}
`);

/** Cue verbs that, alone, usually report speech rather than describe an action (used for indirect speech). */
export const SPEECH_VERBS = words(`
  say says said told tells tell added adds warned warns declared declares insisted insists stressed stresses
  noted notes argued argues claimed claims explained explains wrote writes stated states announced announces
  replied replies acknowledged acknowledges admitted admits suggested suggests recalled emphasized emphasised
  reported reports conceded saying adding telling warning insisting stressing noting arguing claiming explaining asserted asserts maintained maintains contended contends confirmed confirms
  denied denies reiterated predicted cautioned alleged alleges believes believed thinks thought tweeted
`);

/** Phrases read as a cue before their speaker: "according to the ministry". */
export const CUE_PREPOSITIONS = ['according to', 'in the words of'];

/** Words between a speaker and its cue that do not break the pattern: "Wang also said", "he has said". */
export const CUE_FILLERS = words(`
  also then later again further has have had had would will is was were do does did repeatedly reportedly previously
  earlier recently once just simply publicly privately flatly bluntly again in an a the on at last this that
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week
  morning afternoon evening night statement interview
`);

export const PRONOUNS = words('he she they him her them we i it');
/** Pronouns that can name a person-speaker. */
export const PERSON_PRONOUNS = words('he she');

/** Role nouns: "the spokesman said" resolves to the person last introduced with that role. Lower case heads. */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson minister president premier secretary senator governor mayor
  chancellor ambassador diplomat envoy official officer chief director chairman chairwoman chair
  leader candidate nominee analyst expert professor economist lawyer attorney judge general
  commander admiral prime representative congressman congresswoman lawmaker adviser advisor aide
  manager ceo executive founder king queen prince emperor pope bishop sheriff prosecutor
  spokespeople strategist pollster commissioner speaker coach host author researcher negotiator
`);

/** Title words stripped from the front of a name to get the person ("President Joe Biden"). */
export const TITLE_WORDS = words(`
  president vice prime minister foreign defense defence secretary state spokesman spokeswoman spokesperson
  senator sen. sen rep. rep representative gov. gov governor mayor mr. mr mrs. mrs ms. ms dr. dr prof. prof
  professor gen. gen general lt. col. col. capt. sgt. adm. admiral judge justice chief chairman chairwoman
  ambassador premier chancellor king queen prince princess pope rev. sir lord lady dame
  minister. deputy under-secretary undersecretary assistant attorney commander director leader
  former ex- then-candidate candidate nominee house senate republican democratic democrat party
  ministry foreign-ministry congressman congresswoman speaker first lady
`);

/** Capitalised words that start a sentence or a heading and are not names. */
export const CAPITALISED_STOPWORDS = words(`
  the a an and but or nor so yet for in on at by to of from with without into onto over under after before
  during since until as if when while where whether though although because however meanwhile instead
  indeed also still even then later earlier finally firstly secondly thus hence moreover furthermore
  i he she it we they you his her its our their my your this that these those there here what which who
  whom whose why how all both each every some any many most much more no not none one two three
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
  january february march april may june july august september october november december
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
  mr mrs ms dr according speaking writing asked asked, said says read related source photo via
  especially inside outside despite among against between within across around about above below
  yes no ok okay well now just only after-all while again let please unlike like
`);

/** Heads that make a capitalised name an organisation. */
export const ORG_WORDS = words(`
  department ministry party committee council commission times post journal news network agency
  organization organisation university institute bank inc. inc corp. corp co. ltd campaign association
  union congress senate house court office service administration foundation group company fund
  reuters ap afp cnn bbc fox msnbc nbc abc cbs npr pbs xinhua tass kremlin pentagon nato nato's un eu
  government parliament assembly board federation league club church army navy force forces police
  command center centre alliance coalition bureau press daily tribune herald gazette magazine review
  guardian telegraph independent mail express globe chronicle observer politico breitbart
`);

/** Nationality adjectives (NORP), lower case. */
export const DEMONYMS = words(`
  american chinese russian ukrainian british english french german italian spanish japanese korean
  indian pakistani iranian iraqi israeli palestinian syrian turkish egyptian saudi afghan european
  african asian western eastern arab mexican canadian brazilian australian polish dutch swedish
  norwegian danish finnish greek hungarian czech romanian belarusian lithuanian latvian estonian
  taiwanese vietnamese thai indonesian filipino malaysian nigerian kenyan ethiopian cuban venezuelan
  colombian argentine chilean peruvian swiss austrian belgian irish scottish welsh serbian croatian
  georgian armenian azerbaijani kazakh uzbek moldovan north south republican democratic democrat soviet
  muslim christian jewish catholic hispanic latino
`);

/** Places (GPE) recognised by the fallback tagger; lower case. */
export const PLACES = words(`
  china russia ukraine taiwan japan korea india pakistan iran iraq israel palestine syria turkey egypt
  france germany britain england scotland wales ireland italy spain portugal poland hungary greece
  belarus lithuania latvia estonia moldova georgia armenia azerbaijan kazakhstan afghanistan
  canada mexico brazil argentina chile peru colombia venezuela cuba australia indonesia vietnam
  thailand philippines malaysia singapore nigeria kenya ethiopia sweden norway finland denmark
  netherlands belgium switzerland austria czechia serbia croatia romania bulgaria crimea xinjiang tibet
  america us u.s. usa u.s.a. uk u.k. washington beijing moscow kyiv kiev london paris berlin tokyo
  brussels taipei tehran delhi islamabad ankara vilnius minsk warsaw rome madrid seoul pyongyang
  hong kong europe asia africa iowa ohio texas florida california nevada virginia michigan
  pennsylvania wisconsin arizona colorado carolina hampshire york new
`);

/** Words before a quote that make it a title or a term, not a statement: entitled “…”, the word “…”. */
export const LABEL_INTRODUCERS = words(`
  entitled titled headlined dubbed named called so-called term word phrase slogan label labelled labeled
  nicknamed branded known hashtag
`);

export const LIMITS = {
  /** A quote longer than this without a closing mark is abandoned (keeps scans linear). */
  maxQuoteChars: 6000,
  /** At most this many Title Case words in marks, mid-sentence, make a title (scare), cue or not. */
  titleMaxWords: 6,
  /** At most this many words in marks, without a cue, make a scare quote. */
  scareMaxWords: 3,
  /** How far (chars) to look before/after a quote for its cue. */
  cueWindow: 220,
  /** Sentences to look back for the antecedent of a pronoun or role noun. */
  antecedentSentences: 8,
  /** Sentences back a previous speaker still carries a quote with no cue of its own. */
  carrySentences: 2,
  /** Words an appositive may run between a speaker's name and its cue ("Trump, the …, said"). */
  appositiveWords: 30,
  /** Words allowed in a speaker noun phrase. */
  maxSpeakerWords: 12,
};

/** Nouns that make a sentence about speaking, so its subject is a likely antecedent of the next "he said". */
export const SPEECH_NOUNS = words(`
  point remarks comments comment statement statements interview briefing speech conference remarks
  message letter post tweet question questions answer reply response speaking told interview appearance
`);

/** Words that end a speaker phrase after an inverted cue: "said Wang at a briefing". */
export const NP_STOPS = words(`
  at in on during after before when while as to who which that from with without about of by for
  and but or because since though although if last this yesterday today tonight earlier later
  monday tuesday wednesday thursday friday saturday sunday in
`);

/** Words that end a speaker phrase going left from its cue: "…, adding that Wang said". */
export const CLAUSE_BOUNDARIES = words(`
  that and but or while when as because after before since though although if so which where whereas
  than where whether
`);

/** Determiners and quantifiers that may start a common-noun speaker ("a source", "two officials"). */
export const DETERMINERS = words('the a an his her its their our my your this that these those one two three some many several another other both');

/** Prepositions: a cue word right after one is a noun ("of remarks") or a gerund ("by saying"). */
export const PREPOSITIONS = words('of in on at for with by from about after before during without upon over against despite');

/** Words after which a cue word is a noun ("his remarks", "the claims", "of tweets"). */
export const NOUN_MARKERS = new Set([...words('the a an his her their its our my your these those some any no every each whose'), ...PREPOSITIONS]);

/** Words that open an introductory phrase or clause before the main subject ("When …, Holt said"). */
export const INTRO_WORDS = words('when while as after before since although though if because following amid despite unlike like once until whereas');

/** Small words that stay lower case inside a Title Case name ("Meet the Town"). */
export const TITLE_SMALL_WORDS = words('a an the of on in and or for to at by with from vs');
