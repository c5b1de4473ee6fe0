// The Markdown report of one story: readable in a terminal, a code review or any Markdown viewer.
import { diffWords } from 'diff';
import { GROUP_LIMITS, groupRows } from './group-sections.js';
import type { StoryReport } from './story-report.js';
import { outletOf } from './story-report.js';

const MARK = { reported: '●', differently: '◐', absent: '·' } as const;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function renderMarkdown(r: StoryReport): string {
  const { story, articles } = r;
  const short = new Map(articles.map((a, i) => [a.id, `A${i + 1}`]));
  const out: string[] = [`# ${story.label}`, '', `${story.level === 'story' ? 'Story' : 'Event'} \`${story.id}\`, ${story.first_date ?? '?'} – ${story.last_date ?? '?'}, ${articles.length} articles.`, ''];
  out.push('## Articles', '', '| | outlet | date | title | flags |', '|---|---|---|---|---|');
  for (const a of articles) out.push(`| ${short.get(a.id)} | ${cell(outletOf(a))} | ${a.published?.slice(0, 10) ?? '—'} | ${cell(a.title ?? '(no title)')} | ${a.flags.map((f) => f.flag).join(', ')} |`);
  if (story.summary.length) out.push('', '## What most outlets report', '', ...story.summary.map((s) => `- ${cell(s)}`));
  const claims = story.coverage?.claims ?? [];
  if (claims.length) {
    out.push('', '## Coverage matrix', '', `${MARK.reported} reported, ${MARK.differently} reported differently, ${MARK.absent} absent`, '');
    out.push(`| claim | ${articles.map((a) => short.get(a.id)).join(' | ')} |`, `|---|${articles.map(() => '---').join('|')}|`);
    const shown = [...claims].sort((a, b) => b.article_ids.length - a.article_ids.length).slice(0, 60);
    for (const c of shown) out.push(`| ${cell(c.text).slice(0, 160)} | ${articles.map((a) => MARK[r.matrix.get(c.id)?.get(a.id) ?? 'absent']).join(' | ')} |`);
    if (claims.length > shown.length) out.push('', `(${claims.length - shown.length} more claims in the CSV report)`);
  }
  const byId = new Map(claims.map((c) => [c.id, c]));
  const unique = Object.entries(story.coverage?.unique ?? {}).filter(([, ids]) => ids.length);
  if (unique.length) {
    out.push('', '## Only one outlet reports');
    for (const [articleId, ids] of unique) {
      const a = articles.find((x) => x.id === articleId);
      out.push('', `**${short.get(articleId)} ${a ? cell(outletOf(a)) : articleId}**`, '', ...ids.slice(0, 8).map((id) => `- ${cell(byId.get(id)?.text ?? id)}`));
    }
  }
  const omitted = [...r.omissions].filter(([, ids]) => ids.length);
  if (omitted.length) {
    out.push('', '## Omissions (reported by at least two others)');
    for (const [articleId, ids] of omitted) out.push('', `**${short.get(articleId)}** leaves out:`, '', ...ids.slice(0, 6).map((id) => `- ${cell(byId.get(id)?.text ?? id)}`));
  }
  if (story.quote_variants.length) {
    out.push('', '## The same statement, as each outlet rendered it');
    for (const v of story.quote_variants) {
      out.push('', `**${cell(v.speaker)}** — ${v.label}`, '');
      const [first, ...rest] = v.renderings;
      out.push(`- ${short.get(first.article_id)}: “${cell(first.text)}”`);
      for (const x of rest) out.push(`- ${short.get(x.article_id)}: ${wordDiff(first.text, x.text)}`);
    }
  }
  if (story.framing.length) {
    out.push('', '## How each outlet names things (its own narration)', '', `| referent | ${articles.map((a) => short.get(a.id)).join(' | ')} |`, `|---|${articles.map(() => '---').join('|')}|`);
    for (const f of story.framing) out.push(`| ${cell(f.referent)} | ${articles.map((a) => cell((f.labels[a.id] ?? []).slice(0, 4).join('; ')) || '·').join(' | ')} |`);
  }
  if (story.conflicts.length) {
    out.push('', '## Conflicts');
    for (const c of story.conflicts) {
      out.push('', `**${c.kind}: ${cell(c.about)}**`, '', ...c.claims.map((x) => `- ${short.get(x.article_id)}: ${cell(x.text)}`));
      for (const f of c.flags) out.push(`- ⚠ ${short.get(f.article_id)} is flagged *${f.flag}*: ${cell(f.evidence).slice(0, 200)}`);
    }
  }
  if (r.groups) out.push(...groupMarkdown(r));
  if (r.timeline.length) {
    out.push('', '## Timeline', '', '| date | event | who | score |', '|---|---|---|---|');
    for (const e of r.timeline) {
      const who = e.event.actor ? `${e.event.actor.name}${e.event.target ? ' → ' + e.event.target.name : ''}` : e.event.participants.map((p) => p.name).join(', ');
      out.push(`| ${e.date} | ${e.event.kind} | ${cell(who)} | ${e.score > 0 ? '+' : ''}${e.score} |`);
    }
  }
  return out.join('\n') + '\n';
}

/** The per outlet group tables (report --groups FILE). */
function groupMarkdown(r: StoryReport): string[] {
  const g = groupRows(r.groups!);
  const names = g.groups.map(([n]) => n);
  const head = (first: string) => [`| ${first} | ${names.map(cell).join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`];
  const out = ['', '## By outlet group', '', '| group | outlets | articles |', '|---|---|---|', ...g.groups.map(([n, o, k]) => `| ${cell(n)} | ${cell(o) || '—'} | ${k} |`)];
  if (g.matrix.length) {
    out.push('', '### Coverage matrix by group', '', 'k/n: k of the group\'s n articles report the claim; · none', '', ...head('claim'));
    for (const row of g.matrix.slice(0, GROUP_LIMITS.matrixRows)) out.push(`| ${cell(row.text).slice(0, 160)} | ${row.cells.map((c) => c || '·').join(' | ')} |`);
    if (g.matrix.length > GROUP_LIMITS.matrixRows) out.push('', `(${g.matrix.length - GROUP_LIMITS.matrixRows} more claims in the CSV report)`);
  }
  const unique = g.unique.filter(([, list]) => list.length);
  if (unique.length) {
    out.push('', '### Only one group reports');
    for (const [n, list] of unique) out.push('', `**${cell(n)}** (${list.length})`, '', ...list.slice(0, GROUP_LIMITS.uniquePerGroup).map((t) => `- ${cell(t)}`));
  }
  const voices = g.voices.filter(([, list]) => list.length);
  if (voices.length) {
    out.push('', '### Who each group quotes (share of quoted words)', '', '| group | speakers |', '|---|---|');
    for (const [n, list] of voices) out.push(`| ${cell(n)} | ${cell(list.slice(0, GROUP_LIMITS.speakersPerGroup).join('; '))} |`);
  }
  if (g.framing.length) {
    out.push('', '### How each group names things', '', ...head('referent'));
    for (const f of g.framing) out.push(`| ${cell(f.referent)} | ${f.cells.map((c) => cell(c) || '·').join(' | ')} |`);
  }
  return out;
}

/** Words only the first rendering has in ~~strike~~, words only this one has in **bold**. */
function wordDiff(a: string, b: string): string {
  return diffWords(a, b).map((p) => (p.added ? `**${cell(p.value)}**` : p.removed ? `~~${cell(p.value)}~~` : cell(p.value))).join(' ').replace(/\s+/g, ' ');
}
