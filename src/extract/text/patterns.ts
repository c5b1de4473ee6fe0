// Boilerplate patterns, lexicons and thresholds of the plain-text extractor, kept as data.
// Every pattern runs on one clean unit (a line or paragraph with Markdown removed, white space folded).

export interface BoilerplateRule {
  reason: string;
  re: RegExp;
  /** The rule fires only on units with at most this many words (long prose is never boilerplate by one phrase). */
  maxWords: number;
  /** A second cue the unit must also contain (for phrases that news prose uses too). */
  requires?: RegExp;
  /**
   * For patterns that are not anchored (they scan every position of long paragraphs): lower-case strings of
   * which every match holds at least one. A unit holding none is skipped without running the pattern.
   */
  cues?: readonly string[];
}

/** Pleas speak to the reader; reports about donations or paywalls usually do not. */
const READER_ADDRESS = /\b(you|your|us|our|we)\b/i;

const I = 'iu';

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { reason: 'loading', re: new RegExp(String.raw`^(please wait|loading|processing)\W*$`, I), maxWords: 3 },
  { reason: 'view_counter', re: new RegExp(String.raw`^((views?|reads?|hits|visits|page ?views)\s*[:：]?\s*[\d,.\s]+|[\d,.]+\s*(views?|reads?|hits))$`, I), maxWords: 4 },
  { reason: 'source_link', re: new RegExp(String.raw`^(source link|source|(view|read|visit) (the )?(original|source)( article| story| post| link)?)\W*$`, I), maxWords: 5 },
  {
    reason: 'credit_line',
    re: new RegExp(
      String.raw`^(\W*)(originally (published|posted|appeared)|(this|the) (article|story|piece|post|report|op-ed) (was |is |has been )?(first |originally )?(published|appeared|posted|ran|republished)|first (published|appeared) (at|on|in|by)|(republished|reprinted|reproduced) (with permission |under a creative commons license )?(from|by|with)|source\s*[:：])`,
      I,
    ),
    maxWords: 40,
  },
  { reason: 'contributors', re: new RegExp(String.raw`^\W*(additional )?(reporting|writing|editing|compiled|translated|produced) by\b`, I), maxWords: 40 },
  { reason: 'about_outlet', re: new RegExp(String.raw`^[Aa]bout (us|the author|the authors|the writer|(the )?\p{Lu}[\p{L}\p{N}&'’.-]*(\s+[\p{L}\p{N}&'’.-]+){0,5})$`, 'u'), maxWords: 7 },
  {
    reason: 'related',
    re: new RegExp(
      String.raw`^(related( articles| posts| stories| content| coverage| news| reading| topics)?|read (more|also|next)|see also|also read|more (from|on|stories|news|articles)\b.*|check also|you (may|might) (also )?(like|be interested in)|recommended( for you| stories| reading)?|most (read|popular|viewed|shared)|trending( now| stories)?|latest (news|stories|posts|articles)|further reading|what to read next|in other news|don'?t miss|top stories)\b[^.!?]*$`,
      I,
    ),
    maxWords: 25,
  },
  {
    reason: 'comments',
    re: new RegExp(
      String.raw`^(leave a (reply|comment)|post a comment|add (a |your )?comment|((show|view|read) )?comments?( \(\d+\))?\W*$|\d+ comments?\W*$|join the (conversation|discussion)|your email address will not be published|required fields are marked|you must be logged in to (post|leave) a comment|cancel reply|comment policy|have your say\b|(tell us|let us know) what you think|comment below\W*$)`,
      I,
    ),
    maxWords: 30,
  },
  {
    reason: 'share_prompt',
    re: new RegExp(
      String.raw`^(share( this( article| story| post)?| on| via| article)?|tweet( this)?|click to (share|print|email|tweet)|email this|print( this)?( article)?|follow us( on)?|like us on|(facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|email|print)([\s,|•·/]+(facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|email|print))*|copy (the )?link)\b[^.!?]*$`,
      I,
    ),
    maxWords: 12,
  },
  {
    reason: 'newsletter',
    re: new RegExp(
      String.raw`((sign up|subscribe|register)( now| today)? (for|to) (our|the|my)( [\p{L}'’-]+){0,4} (newsletters?|briefings?|digest|mailing list)|^newsletters?\W*$|delivered (straight |directly )?to your inbox|get (our|the) (daily|weekly|free|morning|evening)( [\p{L}-]+){0,2} (newsletter|briefing|email)|enter your e-?mail( address)?)`,
      I,
    ),
    maxWords: 45,
    cues: ['newsletter', 'briefing', 'digest', 'mailing list', 'your inbox', 'email', 'enter your e'],
  },
  {
    reason: 'donation',
    re: new RegExp(
      String.raw`((make|making|consider making) a (donation|contribution)|\b(devoted|loyal|regular|valued) reader\b|readers like you|for as little as|\bchip in\b|patreon\.com|paypal\.me|did you (like|enjoy|find) this (information|article|story|post)|please (consider )?(support|donate)|become a (paying |sustaining )?(member|patron|supporter|subscriber)(\s+(today|now)|\s*[:：!]|\W*$))`,
      I,
    ),
    maxWords: 90,
    cues: ['donation', 'contribution', 'reader', 'as little as', 'chip in', 'patreon.com', 'paypal.me', 'did you', 'please', 'become a'],
  },
  {
    reason: 'donation',
    re: new RegExp(
      String.raw`(\bdonat(e|ions?)\b|\b(support|help|fund) (our|independent|quality|this|reader-funded|nonprofit)( [\p{L}-]+)? (journalism|reporting|work|newsroom|mission)|join (our|us in)( [\p{L}-]+){0,2} (organization|organisation|community|mission|movement))`,
      I,
    ),
    maxWords: 90,
    requires: READER_ADDRESS,
    cues: ['donat', 'support ', 'help ', 'fund ', 'join '],
  },
  {
    reason: 'paywall',
    re: new RegExp(
      String.raw`(already (a |an )?(member|subscriber|registered)\b|already have an account|sign in to (continue|read|stop|keep|access)|log ?in to (continue|read|access)|subscribe (now )?to (continue|read|unlock|access)|this (content|article|story) is (only )?(available )?(for|to) (subscribers|members)|^to continue reading|subscribers? only\W*$)`,
      I,
    ),
    maxWords: 70,
    cues: ['already ', 'sign in to', 'log in to', 'login to', 'subscribe', 'members', 'to continue reading'],
  },
  {
    reason: 'paywall',
    re: new RegExp(String.raw`(\bpaywalls?\b|unlimited (digital )?access|to continue reading)`, I),
    maxWords: 70,
    requires: READER_ADDRESS,
    cues: ['paywall', 'unlimited ', 'to continue reading'],
  },
  {
    reason: 'contact',
    re: new RegExp(
      String.raw`^(to contact\b|contact( us| the (author|editor|newsroom))?\b[^.!?]*$|get in touch\b|send (us )?(a )?(news )?tips?\b|got a (news )?(tip|story)\b|call (our|the) news ?desk\b|e-?mail( us)?\s*[:：]|tel(ephone)?\.?\s*[:：]|phone\s*[:：]|\S+@\S+\.\p{L}{2,}$)`,
      I,
    ),
    maxWords: 25,
  },
  { reason: 'disclaimer', re: new RegExp(String.raw`^(disclaimer|disclosure)\s*[:：]`, I), maxWords: 80 },
  {
    reason: 'promo',
    re: new RegExp(String.raw`^(watch|listen to|stream|tune in to)\b[^.!?]{0,60}\blive\b[^.!?]{0,40}\b(on|at)\b`, I),
    maxWords: 40,
    requires: /\b(channels?|online|apps?|radio|tv|fm|website|you|your|our)\b/i,
  },
  { reason: 'advertisement', re: new RegExp(String.raw`^(advertisement|advertising|sponsored( content)?|ad|promoted|story continues below( this)?( advertisement)?|continue reading (the )?main story|scroll to continue( with content)?)\W*$`, I), maxWords: 6 },
  { reason: 'copyright', re: new RegExp(String.raw`^(©|\(c\)\s|copyright\b|all rights reserved)`, I), maxWords: 40 },
  { reason: 'caption', re: new RegExp(String.raw`^(photo|image|picture|photograph|illustration|video|credit|file photo)s?( credit)?\s*[:：|]`, I), maxWords: 40 },
  { reason: 'navigation', re: new RegExp(String.raw`^(tags?|topics?|filed under|categories|category|keywords)\s*[:：]`, I), maxWords: 25 },
  { reason: 'share_prompt', re: new RegExp(String.raw`^follow (us|me|him|her|them|\p{Lu}[\p{L}'’-]*( \p{Lu}[\p{L}'’-]*){0,3}) on (twitter|x|facebook|instagram|linkedin|bluesky|mastodon|threads|telegram|tiktok|youtube)\b`, I), maxWords: 14 },
  { reason: 'navigation', re: new RegExp(String.raw`^(home|menu|search|skip to (main )?content|log ?in|sign ?in|sign up|register|subscribe|main menu|top|back to top|next|previous|(european|other|all) languages|languages|english|français|deutsch|español|русский|العربية|中文|فارسی)\W*$`, I), maxWords: 4 },
];

/** A caption: a paragraph that ends with a parenthesised photo credit "(Name, Agency … via AP)" or "(Name/Pool/AFP)". */
export const CAPTION_CREDIT = /\((?=[^()]*(?:\bvia\b|\bphoto\b|\bpool\b|\bfile\b|getty|shutterstock|alamy|\/|\b(?:AP|AFP|Reuters|EPA|EPA-EFE|Xinhua|TASS|Sputnik|Bloomberg|dpa|ANP|Anadolu|IANS|PTI|ANI|Kyodo|Yonhap)\b))[^()]{3,160}\)\s*$/iu;
export const CAPTION_MAX_WORDS = 90;

/** Menus written as one line: at least three separators between short items. */
export const NAVIGATION_SEPARATORS = /(?:\s[|•·»›]\s[^|•·»›]{1,30}){3,}/u;
export const BARE_URL = /^(?:(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:\/\S*)?)$/iu;
export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
export const URL_IN_TEXT = /\b(?:https?:\/\/[^\s)\]]+|www\.[^\s)\]]+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|info|news|co\.uk|co|io|de|fr|ru|cn|in|pk|af|il|eu|uk|us)(?:\/[^\s)\]]*)?)/giu;

/** Reasons that open a footer block: everything after them (bar a little prose) is boilerplate too. */
export const FOOTER_STARTERS: ReadonlySet<string> = new Set([
  'source_link', 'credit_line', 'about_outlet', 'related', 'comments', 'share_prompt', 'newsletter', 'donation',
  'paywall', 'contact', 'view_counter', 'loading', 'copyright', 'navigation', 'disclaimer', 'promo',
]);
/** Short headers of these reasons ("Source link", "Check Also", "Leave a Reply") end an article for sure… */
export const FOOTER_HEADERS: ReadonlySet<string> = new Set(['source_link', 'credit_line', 'about_outlet', 'related', 'comments', 'view_counter', 'loading']);
/** …when they have at most this many words: after them, prose up to FOOTER_MAX_PROSE_AFTER may follow (teasers). */
export const FOOTER_HEADER_MAX_WORDS = 4;
/** A footer may only start where at most this much unclassified prose follows… */
export const FOOTER_MAX_PROSE_AFTER = 400;
/** …and (after other starters) that prose is at most this share of the body prose before it. */
export const FOOTER_MAX_PROSE_SHARE = 0.15;

/** Reasons that are metadata, not boilerplate: excluded from the boilerplate share. */
export const METADATA_REASONS: ReadonlySet<string> = new Set(['title', 'byline', 'dateline_header']);
/** boilerplate_heavy: removed boilerplate characters above this share of all non-blank raw characters. */
export const BOILERPLATE_HEAVY_SHARE = 0.5;
/** mixed_languages: a run of another language in the clean text of at least this many characters… */
export const MIXED_LANGUAGE_MIN_CHARS = 120;
/** …or at least this share of the clean text. */
export const MIXED_LANGUAGE_MIN_SHARE = 0.15;

/** Prose: at least this many words with terminal punctuation, or the longer count without. */
export const PROSE_MIN_WORDS = 8;
export const PROSE_MIN_WORDS_UNPUNCTUATED = 20;
/** Prose has few capitalised words; headlines in title case have many. */
export const PROSE_MAX_CAPS_RATIO = 0.5;
export const HEADLINE_MIN_WORDS = 3;
export const HEADLINE_MAX_WORDS = 30;
export const HEADLINE_MIN_CHARS = 15;
/** How far back from the first body paragraph a title is looked for. */
export const TITLE_LOOKBACK_UNITS = 8;

/** Words that show a unit is running prose (English and a few other Latin-script languages). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of to in and or but is are was were be been has have had will would can could should may might ' +
    'that this these those it its he she they we you his her their our for on with by as at from into than ' +
    'not no said says after before while when which who whom whose also over about against between ' +
    'der die das und ist nicht mit von den dem zu ein eine le la les et est une des du dans pour qui que ' +
    'el los las y es en con por para una del se il lo gli di che non per un'
  ).split(' '),
);

/** Lower-case name particles allowed inside personal names. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da del della der den di du la le van von bin bint al el ibn ter ten dos das y'.split(' '),
);

/** Webmail hosts: an address there says nothing about the outlet. */
export const WEBMAIL_HOSTS: ReadonlySet<string> = new Set(
  'gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com aol.com protonmail.com proton.me icloud.com mail.ru yandex.ru gmx.de gmx.net qq.com 163.com'.split(' '),
);

/** Agencies named in parentheses in a dateline: "BEIJING (AP) —". */
export const DATELINE_AGENCIES: readonly string[] = [
  'AP', 'Reuters', 'AFP', 'dpa', 'DPA', 'Xinhua', 'TASS', 'UPI', 'ANI', 'PTI', 'IANS', 'Kyodo', 'Yonhap', 'Bloomberg', 'EFE', 'ANSA', 'Anadolu', 'RIA Novosti', 'Interfax', 'CNN', 'AA', 'WAFA', 'IRNA', 'KCNA',
];

/** Header meta lines ("June 2, 2024 | Culture | 2,310 Views"): the separators between their segments… */
export const META_SEPARATOR = /\s+[|·•]\s+/u;
/** …a counter or reading-time segment ("4,102 views", "1.2K shares", "6 min read", "No comments")… */
export const META_COUNTER = /^(?:[\d.,]+\s*[km]?\s*(?:views?|comments?|shares?|likes?|reads?|reactions?|replies|responses)|(?:views?|comments?|shares?|likes?|reads?)\s*[:：]?\s*[\d.,]+\s*[km]?|\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?|no comments?)$/iu;
/** …a poster segment ("Posted by editor on May 12, 2024", "By Jane Roe")… */
export const META_POSTED_BY = /^(?:(?:posted|published|written|updated|filed)\s+)?by[:\s]+(.+?)(?:\s+on\s+(.+))?$/iu;
/** …a section name ("World", "Business", "Middle East")… */
export const META_SECTION = /^\p{Lu}[\p{L}&'’ -]{0,29}$/u;
export const META_SECTION_MAX_WORDS = 3;
/** …and the place of a "Place, date" line ("Brightwater, 4 March 2025", "LAKE CITY, 4 March 2025"). */
export const META_PLACE = /^(\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,3}),\s+(.+)$/u;
/** Icons and decorations around a meta segment ("👁 4,102 views", "*Posted by …*"). */
export const META_DECORATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu;
/** Longer units are prose, never meta lines (and are not handed to the date parser). */
export const META_MAX_CHARS = 200;
/** Longest unit read segment by segment (meta lines, lines of prompts). */
export const SEGMENTED_MAX_WORDS = 40;

/** Job titles and desks written after a name in a byline ("By Jane Roe, Chief Reporter"): not personal names. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'reporter reporters correspondent correspondents editor editors writer writers columnist contributor contributors ' +
    'staff desk bureau chief senior deputy political politics business economics sports foreign news managing ' +
    'producer analyst photographer photographers photojournalist intern team service services newsroom agency'
  ).split(' '),
);
