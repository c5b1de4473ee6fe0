// The outlet that hosts an article, read from its own boilerplate: "About <Outlet>", contact lines,
// masthead domains and e-mail addresses, copyright lines, donation and paywall pleas.
import type { Outlet } from '../../model/article.js';
import { hostChain, hostOf } from './normalise.js';
import type { OutletEntry, OutletRegistry } from './registry.js';

export interface OutletSignal {
  /** The boilerplate reason of the unit. */
  reason: string;
  /** Its clean text. */
  text: string;
}

export interface FoundOutlet extends Outlet {
  evidence: string;
}

/** Reasons in the order their units are trusted to name the host; other reasons (credits, captions) name others. */
const SIGNAL_ORDER = ['about_outlet', 'contact', 'masthead', 'header', 'link', 'copyright', 'navigation', 'donation', 'paywall', 'newsletter', 'comments', 'footer'];
const ABOUT = /^about\s+(?:the\s+)?(.+?)\W*$/iu;
const NOT_AN_OUTLET = /^(?:us|the authors?|the writer|this (?:site|website|page))$/i;
const HOSTS = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?=[\/\s)\]:,;]|$)|[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/giu;
const WEBMAIL = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|aol|protonmail|proton|icloud|mail|yandex|gmx|qq|163)\./;

function fromEntry(e: OutletEntry, evidence: string): FoundOutlet {
  return { name: e.name, domain: e.domains[0] ?? null, evidence };
}

function hostsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(HOSTS)) {
    const host = hostOf(m[0]);
    if (host && !(m[0].includes('@') && WEBMAIL.test(host))) out.push(host);
  }
  return out;
}

function fromSignal(s: OutletSignal, registry: OutletRegistry): FoundOutlet | null {
  if (s.reason === 'about_outlet') {
    const name = ABOUT.exec(s.text)?.[1];
    if (name && !NOT_AN_OUTLET.test(name)) {
      const e = registry.byName(name);
      return e ? fromEntry(e, s.text) : { name, domain: null, evidence: s.text };
    }
  }
  // A line that is the outlet's name in any case ("THE HARBOUR POST"); names inside text match case-sensitively below.
  const whole = registry.byName(s.text);
  if (whole) return fromEntry(whole, s.text);
  const hosts = hostsIn(s.text);
  for (const h of hosts) {
    const e = registry.byDomain(h);
    if (e) return fromEntry(e, s.text);
  }
  const named = registry.findNamesIn(s.text)[0];
  if (named) return fromEntry(named.entry, s.text);
  return hosts[0] ? { name: hosts[0], domain: hosts[0], evidence: s.text } : null;
}

/** The host outlet named by the article's own boilerplate, or null. */
export function outletFromSignals(signals: readonly OutletSignal[], registry: OutletRegistry): FoundOutlet | null {
  for (const reason of SIGNAL_ORDER) {
    for (const s of signals) {
      if (s.reason !== reason) continue;
      const found = fromSignal(s, registry);
      if (found) return found;
    }
  }
  return null;
}

/** The outlet of a URL or host: the registry entry, else the bare domain as its own name. */
export function outletFromUrl(url: string, registry: OutletRegistry): Outlet | null {
  const host = hostOf(url);
  if (!host) return null;
  const e = registry.byDomain(host);
  if (!e) return { name: host, domain: host };
  const known = e.domains.map((d) => hostOf(d));
  return { name: e.name, domain: hostChain(host).find((h) => known.includes(h)) ?? host };
}

const TITLE_PARTS = /\s+[–—|:·•-]\s+/u;

/**
 * The registered outlet a record's source field names: the whole field, else one part of a feed or site title
 * ("Harbour Post – Top stories", "World | Harbour Post"); null when none is registered.
 */
export function outletFromSourceName(name: string, registry: OutletRegistry): OutletEntry | null {
  const whole = registry.byName(name) ?? registry.byDomain(name);
  if (whole) return whole;
  for (const part of name.split(TITLE_PARTS)) {
    const e = registry.byName(part);
    if (e) return e;
  }
  return null;
}
