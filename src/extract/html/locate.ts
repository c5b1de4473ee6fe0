// Finds the main container(s): tier by tier as trafilatura's BODY_XPATH, the largest match wins.
import { isElement, type DomElement } from './dom.js';
import { BODY_TIERS, JUNK_TAGS, THRESHOLDS } from './patterns.js';
import { classTokens, visibleLength } from './text.js';
import { boilerplateReason } from './classify.js';

export interface MainContainers {
  tier: string;
  elements: DomElement[];
}

/** Outermost matches of each tier, in document order, ignoring boilerplate subtrees. */
function tierMatches(body: DomElement): DomElement[][] {
  const matches: DomElement[][] = BODY_TIERS.map(() => []);
  const stack: { el: DomElement; inTier: boolean[] }[] = [{ el: body, inTier: BODY_TIERS.map(() => false) }];
  while (stack.length > 0) {
    const { el, inTier } = stack.pop()!;
    const tag = el.localName;
    if (JUNK_TAGS.has(tag) || (el !== body && isNonContent(el))) continue;
    const tokens = classTokens(el);
    const attrs = {
      itemprop: (el.getAttribute('itemprop') ?? '').toLowerCase(),
      role: (el.getAttribute('role') ?? '').toLowerCase(),
    };
    let next = inTier;
    BODY_TIERS.forEach((tier, i) => {
      if (!inTier[i] && tier.test(tag, tokens, attrs)) {
        matches[i].push(el);
        if (next === inTier) next = [...inTier];
        next[i] = true;
      }
    });
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) if (isElement(kids[i])) stack.push({ el: kids[i], inTier: next });
  }
  return matches;
}

/**
 * Navigation, sidebars and comment threads never host the article even when a class inside says
 * "content". Only strong signals count here: wrappers often carry loose class names like "above-footer".
 */
function isNonContent(el: DomElement): boolean {
  const reason = boilerplateReason(el, false);
  if (reason === 'comments') return true;
  return NON_CONTENT_TAGS.has(el.localName) || NON_CONTENT_ROLES.has((el.getAttribute('role') ?? '').toLowerCase());
}

const NON_CONTENT_TAGS = new Set(['nav', 'aside', 'footer']);
const NON_CONTENT_ROLES = new Set(['navigation', 'complementary', 'contentinfo']);

/** The main container(s), or null when no tier yields enough text (the caller then uses the whole body). */
export function locateMain(body: DomElement): MainContainers | null {
  const matches = tierMatches(body);
  for (let i = 0; i < BODY_TIERS.length; i++) {
    const scored = matches[i]
      .map((el) => ({ el, len: visibleLength(el) }))
      .filter((c) => c.len >= THRESHOLDS.minContainerChars);
    if (scored.length === 0) continue;
    const best = scored.reduce((a, b) => (b.len > a.len ? b : a));
    // Article bodies split around ads or embeds come as sibling fragments: keep every sizeable one.
    const elements =
      BODY_TIERS[i].name === 'article-body'
        ? scored.filter((c) => c === best || c.len >= Math.max(THRESHOLDS.minContainerChars, best.len * 0.2)).map((c) => c.el)
        : [best.el];
    return { tier: BODY_TIERS[i].name, elements };
  }
  return null;
}
