// A self-contained HTML report (one file, no scripts, no external resources). Every piece of
// article text is escaped: reports are opened by people who did not write the articles.
import { diffWords } from 'diff';
import { GROUP_LIMITS, groupRows } from './group-sections.js';
import type { StoryReport } from './story-report.js';
import { outletOf } from './story-report.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1d2733}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d9dee5}table{border-collapse:collapse;width:100%;font-size:13px}
td,th{border:1px solid #d9dee5;padding:4px 6px;vertical-align:top;text-align:left}.reported{background:#cfe8d5}.differently{background:#fbe3b5}
.absent{color:#aab}del{background:#f6d1d1}ins{background:#cfe8d5;text-decoration:none}.flag{color:#a33}`;

export function renderHtml(r: StoryReport): string {
  const { story, articles } = r;
  const short = new Map(articles.map((a, i) => [a.id, `A${i + 1}`]));
  const h: string[] = [`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.label)}</title><style>${STYLE}</style></head><body>`];
  h.push(`<h1>${esc(story.label)}</h1><p>${story.level === 'story' ? 'Story' : 'Event'} <code>${esc(story.id)}</code>, ${esc(story.first_date ?? '?')} – ${esc(story.last_date ?? '?')}, ${articles.length} articles.</p>`);
  h.push('<h2>Articles</h2><table><tr><th></th><th>outlet</th><th>date</th><th>title</th><th>flags</th></tr>');
  for (const a of articles) h.push(`<tr><td>${short.get(a.id)}</td><td>${esc(outletOf(a))}</td><td>${esc(a.published?.slice(0, 10) ?? '—')}</td><td>${esc(a.title ?? '(no title)')}</td><td class="flag">${esc(a.flags.map((f) => f.flag).join(', '))}</td></tr>`);
  h.push('</table>');
  if (story.summary.length) h.push('<h2>What most outlets report</h2><ul>', ...story.summary.map((s) => `<li>${esc(s)}</li>`), '</ul>');
  const claims = story.coverage?.claims ?? [];
  if (claims.length) {
    h.push('<h2>Coverage matrix</h2><table><tr><th>claim</th>', ...articles.map((a) => `<th>${short.get(a.id)}</th>`), '</tr>');
    for (const c of [...claims].sort((a, b) => b.article_ids.length - a.article_ids.length)) {
      h.push(`<tr><td>${esc(c.text)}</td>`, ...articles.map((a) => { const v = r.matrix.get(c.id)?.get(a.id) ?? 'absent'; return `<td class="${v}">${v === 'absent' ? '·' : v === 'reported' ? '●' : '◐'}</td>`; }), '</tr>');
    }
    h.push('</table>');
  }
  if (story.quote_variants.length) {
    h.push('<h2>The same statement, as each outlet rendered it</h2>');
    for (const v of story.quote_variants) {
      const [first, ...rest] = v.renderings;
      h.push(`<h3>${esc(v.speaker)} — ${esc(v.label)}</h3><ul><li>${short.get(first.article_id)}: “${esc(first.text)}”</li>`);
      for (const x of rest) h.push(`<li>${short.get(x.article_id)}: ${diffWords(first.text, x.text).map((p) => (p.added ? `<ins>${esc(p.value)}</ins>` : p.removed ? `<del>${esc(p.value)}</del>` : esc(p.value))).join('')}</li>`);
      h.push('</ul>');
    }
  }
  if (story.framing.length) {
    h.push('<h2>How each outlet names things</h2><table><tr><th>referent</th>', ...articles.map((a) => `<th>${short.get(a.id)} ${esc(outletOf(a))}</th>`), '</tr>');
    for (const f of story.framing) h.push(`<tr><td>${esc(f.referent)}</td>`, ...articles.map((a) => `<td>${esc((f.labels[a.id] ?? []).join('; '))}</td>`), '</tr>');
    h.push('</table>');
  }
  if (story.conflicts.length) {
    h.push('<h2>Conflicts</h2>');
    for (const c of story.conflicts) {
      h.push(`<h3>${esc(c.kind)}: ${esc(c.about)}</h3><ul>`, ...c.claims.map((x) => `<li>${short.get(x.article_id)}: ${esc(x.text)}</li>`));
      h.push(...c.flags.map((f) => `<li class="flag">${short.get(f.article_id)} is flagged ${esc(f.flag)}: ${esc(f.evidence)}</li>`), '</ul>');
    }
  }
  if (r.groups) h.push(...groupHtml(r));
  if (r.timeline.length) {
    h.push('<h2>Timeline</h2><table><tr><th>date</th><th>event</th><th>who</th><th>score</th></tr>');
    for (const e of r.timeline) {
      const who = e.event.actor ? `${e.event.actor.name}${e.event.target ? ' → ' + e.event.target.name : ''}` : e.event.participants.map((p) => p.name).join(', ');
      h.push(`<tr><td>${esc(e.date)}</td><td>${esc(e.event.kind)}</td><td>${esc(who)}</td><td>${e.score}</td></tr>`);
    }
    h.push('</table>');
  }
  h.push('</body></html>');
  return h.join('\n') + '\n';
}

/** The per outlet group tables (report --groups FILE). */
function groupHtml(r: StoryReport): string[] {
  const g = groupRows(r.groups!);
  const head = (first: string) => `<tr><th>${first}</th>${g.groups.map(([n]) => `<th>${esc(n)}</th>`).join('')}</tr>`;
  const h = ['<h2>By outlet group</h2><table><tr><th>group</th><th>outlets</th><th>articles</th></tr>'];
  for (const [n, o, k] of g.groups) h.push(`<tr><td>${esc(n)}</td><td>${esc(o) || '—'}</td><td>${k}</td></tr>`);
  h.push('</table>');
  if (g.matrix.length) {
    h.push("<h3>Coverage matrix by group</h3><p>k/n: k of the group's n articles report the claim.</p><table>", head('claim'));
    for (const row of g.matrix.slice(0, GROUP_LIMITS.matrixRows)) h.push(`<tr><td>${esc(row.text)}</td>${row.cells.map((c) => `<td class="${c ? 'reported' : 'absent'}">${c || '·'}</td>`).join('')}</tr>`);
    h.push('</table>');
  }
  const unique = g.unique.filter(([, list]) => list.length);
  if (unique.length) {
    h.push('<h3>Only one group reports</h3>');
    for (const [n, list] of unique) h.push(`<h4>${esc(n)} (${list.length})</h4><ul>`, ...list.slice(0, GROUP_LIMITS.uniquePerGroup).map((t) => `<li>${esc(t)}</li>`), '</ul>');
  }
  const voices = g.voices.filter(([, list]) => list.length);
  if (voices.length) {
    h.push('<h3>Who each group quotes (share of quoted words)</h3><table><tr><th>group</th><th>speakers</th></tr>');
    for (const [n, list] of voices) h.push(`<tr><td>${esc(n)}</td><td>${esc(list.slice(0, GROUP_LIMITS.speakersPerGroup).join('; '))}</td></tr>`);
    h.push('</table>');
  }
  if (g.framing.length) {
    h.push('<h3>How each group names things</h3><table>', head('referent'));
    for (const f of g.framing) h.push(`<tr><td>${esc(f.referent)}</td>${f.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
    h.push('</table>');
  }
  return h;
}
