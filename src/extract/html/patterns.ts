// Selectors, class/id patterns and thresholds for main-content extraction, kept as data.
// Modelled on trafilatura's xpaths.py (BODY_XPATH, OVERALL_DISCARD_XPATH, COMMENTS_DISCARD_XPATH)
// and Readability's REGEXPS; matched against class/id tokens, so "shadow" never reads as "ad".

/** Never text: skipped silently, not recorded as removed. */
export const JUNK_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'link', 'meta', 'button', 'input', 'select', 'option', 'textarea', 'map', 'audio', 'video', 'source',
  'picture', 'img', 'head', 'title', 'dialog',
]);

/** Elements that are boilerplate by their tag alone. */
export const TAG_REASONS: Record<string, string> = {
  nav: 'navigation',
  aside: 'sidebar',
  footer: 'footer',
  form: 'form',
  figcaption: 'caption',
  menu: 'navigation',
};

/** `<header>` only counts as boilerplate outside the main container (inside it holds the headline). */
export const HEADER_TAG_REASON = 'header';

export const ROLE_REASONS: Record<string, string> = {
  navigation: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'sidebar',
  search: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  dialog: 'dialog',
  alertdialog: 'dialog',
  toolbar: 'share',
};

/**
 * Class/id token rules, first match wins. Each regex is tested against single class tokens
 * and the id, lower-cased. Order matters: specific reasons before broad ones.
 */
export const CLASS_RULES: { reason: string; re: RegExp }[] = [
  { reason: 'cookie', re: /cookie|consent|gdpr|cmp-/ },
  { reason: 'comments', re: /(^|[-_])(comments?|comment-?list|commentlist|comol|disqus|dsq|respond|akismet|reply|replies)([-_]|$)|^disqus|^dsq-/ },
  { reason: 'share', re: /(^|[-_])(share|sharing|sharebar|social|sociable|social-?links|share-?tools|addthis|a2a|jp-sharing|sharedaddy|sharethis|shariff)([-_]|$)|^share|^social/ },
  { reason: 'newsletter', re: /newsletter|subscri(be|ption)|sign-?up|signup|mailchimp|mc4wp|optin|opt-in|email-capture|inline-signup/ },
  { reason: 'disclaimer', re: /disclaimer|disclosure/ },
  { reason: 'promo', re: /(^|[-_])(cta|promo|promotion|promoted|call-to-action)([-_]|$)/ },
  { reason: 'related', re: /related|recommend|factbox|more-(stories|articles|news|from|on|in)|most-(popular|read|viewed)|popular-|trending|read-?more|readnext|read-next|up-?next|next-(article|post|story)|prev-(article|post)|post-nav|outbrain|taboola|zergnet|side-stories|also-(read|like)|you-may-like|further-reading|teaser|promo-?list|more-like|jp-relatedposts|yarpp|crp_related|pagination|pager/ },
  { reason: 'advertisement', re: /^(ad|ads|adv|advert|advertisement|advertising|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|adsbygoogle|dfp|gpt-ad|sponsor|sponsored|sponsored-content|native-ad|banner-ad|ad-banner|adblock|commercial|taboola)$|^(ad|ads|dfp|gpt)[-_]|[-_](ad|ads|advert|advertisement|sponsor|sponsored)$|^advert|advertisement|googlead|adsense|doubleclick/ },
  { reason: 'caption', re: /caption|credit|image-source|photo-source|img-source|media-source|copyright/ },
  { reason: 'byline', re: /byline|^author|[-_]author|author[-_]|^authors?$|contributor|writer-|posted-by|^by-?line|about-the-author|bio-?box|author-?bio/ },
  { reason: 'dateline', re: /^(date|dateline|timestamp|published|pubdate|post-?date|entry-date|posted-on|publish-date|article-date|meta-date|time-stamp|updated|last-updated)$|[-_](date|timestamp|dateline|pubdate)$|^(date|timestamp)[-_]/ },
  { reason: 'navigation', re: /^nav$|^nav[-_]|[-_]nav$|[-_]nav[-_]|navbar|navigation|^menu|[-_]menu|menu[-_]|breadcrumb|bread-crumb|skip-?link|skip-to|subnav|site-?nav|topnav|masthead-nav|jump-?link/ },
  { reason: 'sidebar', re: /sidebar|side-bar|widget|^rail|[-_]rail$|right-?col|left-?col|sidecol|secondary/ },
  { reason: 'footer', re: /footer|colophon/ },
  { reason: 'header', re: /^(site-?header|page-?header|global-?header|masthead|top-?bar|topbar|header-?bar|site-?branding|branding)$/ },
  { reason: 'tags', re: /^(tags?|tag-?list|tag-?cloud|tags-?list|post-?tags|entry-?tags|article-?tags|keywords|categories|post-?categories|cat-?links|tag-?links|topics|article-?topics)$/ },
  { reason: 'hidden', re: /^(hidden|hide|is-hidden|visually-?hidden|sr-only|screen-?reader-?text|screenreader|offscreen|print-only|d-none|u-hidden|element-invisible|invisible)$|^hide-/ },
  { reason: 'dialog', re: /^(modal|popup|pop-up|overlay|lightbox|paywall|regwall|tp-modal|interstitial)([-_]|$)|[-_](modal|popup|overlay|paywall)$/ },
  { reason: 'toolbar', re: /toolbar|^tools$|article-?tools|print-?link|font-?size|^buttons?$|[-_]buttons?$|^btn|[-_]btn|rating|^vote|reactions|^likes?$|utility-?bar/ },
  { reason: 'metadata', re: /^(meta|post-?meta|entry-?meta|article-?meta|story-?meta|meta-?data|metadata|entry-?footer|post-?footer|article-?footer|post-?info|article-?info|article-?infos|info-?line|infoline)$/ },
];

/** Candidate main containers, tried tier by tier (trafilatura's BODY_XPATH order). */
export const BODY_TIERS: { name: string; test: (tag: string, tokens: string[], attrs: ElementAttrs) => boolean }[] = [
  {
    name: 'article-body',
    test: (tag, tokens, a) =>
      a.itemprop === 'articlebody' ||
      (CONTAINER_TAGS.has(tag) && tokens.some((t) => ARTICLE_BODY_RE.test(t))),
  },
  { name: 'article', test: (tag, _t, a) => tag === 'article' || a.role === 'article' },
  {
    name: 'story',
    test: (tag, tokens) => CONTAINER_TAGS.has(tag) && tokens.some((t) => STORY_RE.test(t)),
  },
  {
    name: 'main',
    test: (tag, tokens, a) =>
      tag === 'main' || a.role === 'main' || (CONTAINER_TAGS.has(tag) && tokens.some((t) => MAIN_RE.test(t))),
  },
];

export interface ElementAttrs {
  itemprop: string;
  role: string;
}

const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'td']);

const ARTICLE_BODY_RE =
  /^(post|entry)$|post-?(text|body|entry|content|inner|bodycopy)|post_(text|content)|postentry|postcontent|postarea|entry-?(content|body|text)|article-?(text|content|body|copy)|article_+(content|body|text)|articlebody|articlecontent|art-?content|body-?(text|copy|content)|story-?(body|content|text)|storycontent|text-?content|page-?content|field-?body|field-?name-?body|rich-?text|richtext|main-?text|fulltext|full-?text|blog-?content|single-?content|content-?body|content__body|contentbody|article__container|post__content|article__text/;

const STORY_RE = /^(story|article|text|cell|content|post-body|blog-post|single-post|hentry|h-entry|type-post)$|^article[-_]|^story[-_]|theme-content|section-content|main-column|wpb_text_column/;

const MAIN_RE = /^(main|main-?content|maincontent|content-?main|content_main|primary|page|site-?content|content-?area|contents?)$|^main[-_]|main-content/;

/** Blocks whose text is a paragraph of its own. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'caption', 'figure',
  'address', 'center', 'details', 'summary', 'hr', 'br', 'body', 'html', 'fieldset', 'legend',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Short visible lines that are boilerplate whatever their markup (anchored, case-insensitive). */
export const LINE_RULES: { reason: string; re: RegExp }[] = [
  { reason: 'advertisement', re: /^(advertisement|advertisements?|sponsored( content)?|ad|story continues below( advertisement)?|continue reading (the )?(main story|below)|article continues below|paid content|promoted)\s*[:.]?$/i },
  { reason: 'paywall', re: /\bsubscri(be|ber|bers|ption)\b.{0,120}\b(full (story|article)|access|edition|log ?in|sign ?in)\b|\b(full (story|article)|unlimited access)\b.{0,60}\bsubscri/i },
  { reason: 'promo', re: /\bdownload (the|our) .{0,40}\bapps?\b|^never miss\b/i },
  { reason: 'disclaimer', re: /\bis not responsible for (the )?(opinions|content|views|statements)\b|\b(views|opinions) expressed\b.{0,100}\b(not|do not|don't)\b|\bdoes not (offer|provide|constitute) (medical|legal|financial) advice\b/i },
  { reason: 'related', re: /^(read more|read also|see also|related( articles?| stories| content| coverage)?|more from|more on this|recommended( for you)?|you (may|might) also like|most (read|popular|viewed)|trending( now)?|watch|watch now|top stories|editor'?s picks?|further reading)\b.{0,120}$/i },
  { reason: 'share', re: /^(share( this( article| story| post| page)?)?( on \w+)?|share on \w+|tweet|pin it|email|print|copy link|facebook|twitter|linkedin|whatsapp|reddit|pinterest)$/i },
  { reason: 'share', re: /^(follow us|like us|join us|follow [\p{L}\s]{1,30}) on (twitter|facebook|instagram|linkedin|x|tiktok|youtube|social media)\b/iu },
  { reason: 'newsletter', re: /^(sign up|subscribe)\b.{0,160}(newsletter|email|inbox|updates)\b.{0,80}$/i },
  { reason: 'newsletter', re: /^(get|receive) (our|the) .{0,60}newsletter\b.{0,80}$/i },
  { reason: 'comments', re: /^(\d+ )?(comments?|leave a (comment|reply)|post a comment|add a comment|show comments|view comments|join the conversation|reply)$/i },
  { reason: 'cookie', re: /\b(we use|this (web)?site uses) cookies\b/i },
  { reason: 'byline', re: /^(by|written by|words by|posted by|reporting by|edited by)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{L}[\p{L}.'’-]*){0,4}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'’-]*(\s+\p{L}[\p{L}.'’-]*){0,4})*\.?$/iu },
  { reason: 'caption', re: /^(photo|image|picture|illustration|video|credit|source|photograph)s?( credit)?\s*[:/]\s*.{0,120}$/i },
  { reason: 'caption', re: /\((reuters|ap|afp|getty images?|epa|shutterstock|ap photo[^)]*|reuters[^)]*|afp[^)]*)\)$/i },
  { reason: 'caption', re: /^(ap|afp|reuters|getty images|epa|shutterstock|istock|alamy)( photo)?(\s*\/\s*.{0,60})?$/i },
  { reason: 'navigation', re: /^(home|menu|search|skip to (main )?content|back to top|next|previous|prev|next article|previous article|log ?in|sign ?in|register|close|open menu|toggle navigation)$/i },
  { reason: 'copyright', re: /\bcopyrighted (property|material)\b|\bwritten permission\b.{0,80}\b(reprint|reproduc|republish)|\bmay not be (published|reproduced|broadcast|rewritten|redistributed)\b/i },
  { reason: 'copyright', re: /^(©|\(c\)|copyright\b|all rights reserved).{0,200}$/i },
];

/** Dateline-like header lines: "Published 3 March 2024", "Updated: ...". */
export const DATE_LINE_RE = /^(published|posted|updated|last updated|first published|modified|date)( on| at)?\s*:?\s*(.{4,80})$/i;

export const THRESHOLDS = {
  /**
   * Link density: a block (or a whole ul/ol) shorter than `maxChars` with more link text than
   * `density` is a link list. Strict applies when no trusted container was found (whole body);
   * lenient inside article containers, with trafilatura's link_density_test limits.
   */
  links: {
    strict: { density: 0.5, maxChars: 300, listMaxChars: 2000, pMaxChars: 300 },
    lenient: { density: 0.8, maxChars: 100, listMaxChars: 300, pMaxChars: 30 },
  },
  /** A container must hold this much text to be trusted (trafilatura MIN_EXTRACTED_SIZE). */
  minContainerChars: 250,
  /** A pruning rule is ignored when the element holds this share of the container's text. */
  guardShare: 0.6,
  /** Minimum text for a result to count as an extraction at all. */
  minExtractedChars: 250,
  /** Skip the Readability comparison when a tier-1/2 container yielded this much text. */
  confidentChars: 1500,
  /** Caps of the removed list. */
  maxRemoved: 200,
  maxRemovedChars: 500,
};
