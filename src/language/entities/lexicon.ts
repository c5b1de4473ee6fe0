// Word lists and thresholds of entity linking, kept as data (lower-case unless said otherwise).

/** Nouns that head a role phrase: "Chinese Foreign Minister", "Foreign Ministry spokesperson". */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'premier', 'chancellor', 'secretary',
  'ambassador', 'diplomat', 'envoy', 'leader', 'chairman', 'chairwoman', 'chair', 'director', 'governor',
  'senator', 'congressman', 'congresswoman', 'lawmaker', 'general', 'commander', 'chief', 'head', 'official',
  'adviser', 'advisor', 'analyst', 'professor', 'researcher', 'scholar', 'fellow', 'economist', 'editor',
  'correspondent', 'reporter', 'columnist', 'king', 'queen', 'prince', 'princess', 'mayor', 'emir', 'sultan',
  'pope', 'judge', 'prosecutor', 'lawyer', 'attorney', 'ceo', 'founder', 'admiral', 'colonel', 'commissioner',
  'representative', 'deputy', 'vice-president', 'vice-premier', 'councillor', 'councilor', 'strategist',
  'expert', 'officer', 'ruler', 'monarch', 'dictator', 'speaker', 'coach', 'captain', 'executive', 'negotiator',
  'counsellor', 'counselor', 'attaché', 'attache', 'consul', 'president-elect', 'marshal', 'lieutenant',
]);

/** Gendered or regional spellings folded for comparison ("spokesman" = "spokesperson"). */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['chairman', 'chair'], ['chairwoman', 'chair'],
  ['defence', 'defense'], ['advisor', 'adviser'], ['councilor', 'councillor'], ['counselor', 'counsellor'],
  ['attache', 'attaché'], ['congresswoman', 'congressman'],
]);

/** Heads a title-only mention may use to refer to a person of the article ("the foreign minister said"). */
export const TITLE_ONLY_HEADS: readonly string[] = [
  'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'premier', 'chancellor', 'secretary',
  'ambassador', 'envoy', 'diplomat', 'chairman', 'chairwoman', 'governor', 'senator', 'mayor', 'commander',
  'prosecutor', 'general', 'admiral', 'negotiator',
];

/** Lower-case words allowed inside a role phrase besides heads and capitalised words. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'defense', 'defence', 'prime', 'deputy', 'vice', 'former', 'ministry', 'affairs', 'state', 'of', 'for',
  'general', 'chief', 'senior', 'top', 'press', 'acting', 'interim', 'then', 'finance', 'interior', 'trade',
  'economy', 'military', 'national', 'security', 'policy', 'assistant', 'associate', 'executive', 'political', 'and',
  'retired', 'newly-installed', 'newly-appointed', 'new', 'outgoing', 'incoming', 'presidential', 'government',
  'party', 'communist', 'no.', '1', '2', '3', 'second', 'permanent', 'special', 'defense-ministry', 'regional',
  'opposition', 'cabinet', 'health', 'justice', 'education', 'energy', 'environment', 'agriculture', 'home',
  'external', 'european', 'international', 'federal', 'provincial', 'army', 'navy', 'air', 'force',
]);

/** Modifiers that do not restrict who a title-only mention can be ("the new spokesman"). */
export const NEUTRAL_MODIFIERS: ReadonlySet<string> = new Set(['new', 'top', 'senior', 'then', 'newly-installed', 'newly-appointed', 'acting']);

/** Words that end a pre-name title scan even when capitalised (sentence openers, determiners). */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'as', 'when', 'while', 'after', 'before', 'on', 'in', 'at', 'with', 'by',
  'from', 'to', 'said', 'says', 'told', 'that', 'if', 'then', 'also', 'since', 'because', 'his', 'her', 'their',
  'its', 'our', 'my', 'meanwhile', 'however', 'yesterday', 'today', 'last', 'this', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** A place name right after one of these is a location ("in Beijing"), not the government. */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in', 'at', 'into', 'near', 'outside', 'inside', 'around', 'across', 'via', 'toward', 'towards',
  'through', 'throughout', 'within', 'visit', 'visited', 'visiting', 'visits', 'reached', 'arrived', 'leave', 'left',
  'flew', 'fly', 'flying', 'travelled', 'traveled', 'streets', 'downtown', 'central', 'of', 'outskirts',
]);

/** Before "to"/"from", these make the place a destination or origin ("flying to Beijing"). */
export const MOTION_WORDS: ReadonlySet<string> = new Set([
  'flying', 'flew', 'fly', 'flies', 'travel', 'travelled', 'traveled', 'travelling', 'traveling', 'trip', 'visit',
  'return', 'returned', 'returning', 'arrived', 'came', 'come', 'coming', 'went', 'go', 'going', 'moved', 'move',
  'fled', 'flight', 'flights', 'road', 'train', 'trains', 'route', 'journey', 'way', 'drove', 'driving', 'back',
  'headed', 'heading', 'sailed', 'relocated', 'km', 'kilometres', 'kilometers', 'miles', 'away',
]);

/** Verbs whose subject is an actor: a capital in front of them stands for the government. */
export const ACTOR_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'warned', 'warns', 'warn', 'demanded', 'demands', 'demand', 'insisted', 'insists',
  'accused', 'accuses', 'denied', 'denies', 'deny', 'announced', 'announces', 'rejected', 'rejects', 'refused',
  'refuses', 'urged', 'urges', 'called', 'calls', 'claimed', 'claims', 'responded', 'responds', 'threatened',
  'threatens', 'stated', 'states', 'declared', 'declares', 'wants', 'wanted', 'agreed', 'agrees', 'signed', 'signs',
  'imposed', 'imposes', 'sanctioned', 'supports', 'supported', 'support', 'backed', 'backs', 'opposed', 'opposes',
  'oppose', 'condemned', 'condemns', 'criticised', 'criticized', 'criticises', 'criticizes', 'welcomed', 'welcomes',
  'hopes', 'hoped', 'believes', 'believed', 'sees', 'saw', 'views', 'viewed', 'considers', 'considered', 'fears',
  'feared', 'protested', 'protests', 'retaliated', 'expelled', 'launched', 'launches', 'provoked', 'seeks', 'sought',
  'pledged', 'pledges', 'vowed', 'vows', 'promised', 'promises', 'offered', 'offers', 'asked', 'asks', 'told',
  'tells', 'maintains', 'maintained', 'argued', 'argues', 'blamed', 'blames',
  'will', 'would', 'could', 'should', 'must', 'may', 'might', 'can', 'cannot',
  'needs', 'needed', 'decided', 'decides', 'refrained', 'stressed', 'stresses', 'emphasised', 'emphasized',
  'reiterated', 'confirmed', 'confirms', 'recognised', 'recognized', 'approved', 'approves', 'ordered', 'orders',
  'sent', 'sends', 'deployed', 'deploys', 'invaded', 'invades', 'attacked', 'attacks', 'negotiated', 'mediate',
  'mediated', 'pushed', 'pushes', 'pressed', 'presses', 'appears', 'appeared', 'seemed', 'seems', 'continues',
  'continued', 'plans', 'planned', 'tried', 'tries', 'sided', 'stands', 'stood', 'remains', 'remained',
]);

/** Words between a capital and its verb that keep it the subject ("Beijing has repeatedly said"). */
export const VERB_BRIDGES: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'repeatedly', 'again', 'previously',
  'already', 'then', 'now', 'quickly', 'publicly', 'officially', 'never', 'not', 'firmly', 'strongly', 'did', 'does',
]);

/** Objects of these words are actors too ("warned Washington", "ties with Moscow"). */
export const ACTOR_OBJECT_CUES: ReadonlySet<string> = new Set([
  'warned', 'urged', 'told', 'accused', 'blamed', 'criticised', 'criticized', 'pressed', 'pressured', 'supported',
  'backed', 'backing', 'supporting', 'sanctioned', 'sanctioning', 'between', 'with', 'against', 'persuade',
  'convince', 'asked', 'called', 'condemned', 'punish', 'punished', 'allies', 'ally',
]);

/** Nouns owned by a government ("Beijing's position"): the possessor is the government. */
export const GOVERNMENT_POSSESSIONS: ReadonlySet<string> = new Set([
  'position', 'positions', 'stance', 'policy', 'policies', 'support', 'response', 'relations', 'relationship',
  'ties', 'ally', 'allies', 'help', 'decision', 'decisions', 'claim', 'claims', 'demand', 'demands', 'government',
  'officials', 'leadership', 'actions', 'action', 'approach', 'view', 'views', 'interests', 'strategy', 'refusal',
  'diplomacy', 'diplomats', 'envoy', 'ambassador', 'military', 'troops', 'forces', 'invasion', 'war', 'aggression',
  'backing', 'reaction', 'stand', 'concerns', 'intentions', 'plans', 'plan', 'proposal', 'offer', 'assurances',
  'statement', 'warnings', 'warning', 'threats', 'sanctions', 'role', 'efforts', 'objections', 'request', 'behalf',
  'critical', 'overt', 'attack', 'attacks', 'security', 'aggression',
]);

/**
 * Family names written first (Chinese, Korean, Vietnamese): in "Wang Wenbin" the family name is
 * "Wang". Western names put it last. Only common, unambiguous ones; anything else counts as last.
 */
export const FAMILY_FIRST_SURNAMES: ReadonlySet<string> = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu', 'gao',
  'lin', 'guo', 'luo', 'liang', 'song', 'zheng', 'xie', 'han', 'tang', 'feng', 'yu', 'dong', 'xiao', 'cheng',
  'cao', 'yuan', 'deng', 'fu', 'shen', 'zeng', 'peng', 'lu', 'su', 'jiang', 'cai', 'jia', 'ding', 'wei', 'xue',
  'ye', 'yan', 'pan', 'du', 'dai', 'xia', 'zhong', 'tian', 'ren', 'fan', 'fang', 'shi', 'yao', 'tan', 'liao',
  'zou', 'xiong', 'jin', 'hao', 'kong', 'bai', 'cui', 'kang', 'mao', 'qiu', 'qin', 'gu', 'hou', 'shao', 'meng',
  'duan', 'lei', 'qian', 'yin', 'xi', 'wen', 'bo', 'lai', 'tsai', 'ma', 'kim', 'park', 'choi', 'moon', 'yoon',
  'nguyen', 'tran', 'pham', 'hoang', 'vo', 'dang', 'bui', 'ho', 'ngo', 'duong', 'chiang', 'chou', 'hsu',
  'chang', 'wong', 'chan', 'cheung', 'leung', 'lam', 'ng', 'tse', 'mak', 'kwok', 'yeung',
]);

/**
 * Romanisations of the same family name: a surname-only mention ("Lee") may name the person whose
 * family name is a variant ("Li Keqiang") when that person is the only candidate in the article.
 */
export const SURNAME_VARIANTS: readonly (readonly string[])[] = [
  ['li', 'lee', 'lie', 'ri', 'yi'], ['wang', 'wong'], ['zhang', 'chang', 'cheung'], ['chen', 'chan', 'chin'],
  ['zhou', 'chou', 'chow'], ['xu', 'hsu', 'tsui'], ['cai', 'tsai', 'choi'], ['huang', 'wong', 'hwang'],
  ['lin', 'lim', 'lam'], ['wu', 'ng', 'woo'], ['zheng', 'cheng', 'chung'], ['jiang', 'chiang', 'kong'],
  ['liang', 'leung'], ['yang', 'yeung'], ['guo', 'kwok', 'kuo'], ['xie', 'tse', 'hsieh'], ['zhao', 'chao', 'chiu'],
  ['kim', 'gim'], ['park', 'pak', 'bak'],
];

/** Name suffixes that are never the family name ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Honorifics and titles stripped from the front of a person mention ("Mr. Blinken"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'gen.',
  'sen.', 'rep.', 'gov.', 'president', 'premier', 'minister', 'chancellor', 'general', 'senator', 'secretary',
]);

export const LIMITS = {
  /** Characters before a name searched for a pre-name title or an apposition. */
  titleWindow: 90,
  /** Characters after a name searched for an appositive or copula role. */
  appositiveWindow: 110,
  /** Words of a role phrase, at most. */
  roleWords: 8,
  /** Words scanned after a capital for its verb. */
  verbWindow: 4,
  /** Co-occurring entities kept per local entity (the closest by sentence distance, then by key). */
  relatedKept: 40,
  /** Sentences either side of a mention whose entities count as co-occurring. */
  relatedSentences: 1,
  /** A surname-only mention may reach a person introduced at most this many characters earlier via a romanisation variant. */
  variantReach: 3000,
} as const;

/** When two spellings of a person's name are the same person across articles. */
export const SPELLING_MERGE = {
  /** Letters of the differing name part, at least (shorter parts such as "Yi" never vary). */
  minPartLength: 4,
  /** Edits allowed in that part (Damerau–Levenshtein). */
  maxEdits: 1,
  /** Evidence needed: a shared role head counts 2, a shared country 1, each shared co-occurring entity 1 (at most 2). */
  minEvidence: 3,
  sharedRelatedCap: 2,
  /** Evidence needed to attach a surname-only name to the one full name of its family. */
  minEvidenceSurname: 2,
} as const;

/** Keys of entities too common in news to count as shared context (checked on the normalised name). */
export const UBIQUITOUS_CONTEXT: ReadonlySet<string> = new Set(['GPE:united states', 'ORG:united nations']);
