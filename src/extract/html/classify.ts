// Decides whether an element is boilerplate by tag, ARIA role, hidden state or class/id tokens.
import type { DomElement } from './dom.js';
import { CLASS_RULES, HEADER_TAG_REASON, ROLE_REASONS, TAG_REASONS } from './patterns.js';
import { classTokens } from './text.js';

// Layout modifiers on page wrappers ("has-sidebar", "no-comments") describe the page, not the element.
const LAYOUT_TOKEN_RE = /^(has|with|no|without|layout|template|page-template|tmpl|body|single|archive|page-id|postid|lang)[-_]/;
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The reason an element is boilerplate, or null. `insideMain`: the element lies in the main container. */
export function boilerplateReason(el: DomElement, insideMain: boolean): string | null {
  const tag = el.localName;
  const byTag = TAG_REASONS[tag];
  if (byTag) return byTag;
  if (tag === 'header' && !insideMain) return HEADER_TAG_REASON;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 'hidden';
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE_RE.test(style)) return 'hidden';
  const role = el.getAttribute('role');
  if (role) {
    const byRole = ROLE_REASONS[role.toLowerCase()];
    if (byRole) return byRole;
  }
  return classReason(classTokens(el));
}

export function classReason(tokens: string[]): string | null {
  if (tokens.length === 0) return null;
  for (const rule of CLASS_RULES) {
    for (const t of tokens) if (!LAYOUT_TOKEN_RE.test(t) && rule.re.test(t)) return rule.reason;
  }
  return null;
}
