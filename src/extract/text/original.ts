// Which outlet first published a copied text: explicit credits first, then a wire dateline,
// then an agency in the byline, then a bare "Source link". A credit to the host itself is no copy.
import type { Original, Outlet } from '../../model/article.js';
import { nameKey } from '../outlets/normalise.js';
import type { OutletRegistry } from '../outlets/registry.js';
import type { Byline } from './byline.js';
import type { Credit } from './credits.js';
import type { Dateline } from './dateline.js';

export interface OriginalEvidence {
  credits: readonly Credit[];
  dateline: Dateline | null;
  bylines: readonly Byline[];
}

export function resolveOriginal(ev: OriginalEvidence, host: Outlet | null, registry: OutletRegistry): Original | null {
  const candidates: Original[] = [];
  for (const c of ev.credits) if (c.outlet) candidates.push({ outlet: c.outlet, published: c.published, evidence: c.evidence, article_id: null });
  if (ev.dateline?.agency) {
    const outlet = registry.byName(ev.dateline.agency)?.name ?? ev.dateline.agency;
    candidates.push({ outlet, published: null, evidence: ev.dateline.evidence, article_id: null });
  }
  for (const b of ev.bylines) for (const o of b.outlets) candidates.push({ outlet: o, published: null, evidence: b.text, article_id: null });
  const hostKey = host ? nameKey(host.name) : null;
  const other = candidates.find((c) => nameKey(c.outlet ?? '') !== hostKey);
  if (other) return other;
  if (candidates.length) return null;
  const bare = ev.credits.find((c) => !c.outlet);
  return bare ? { outlet: null, published: bare.published, evidence: bare.evidence, article_id: null } : null;
}
