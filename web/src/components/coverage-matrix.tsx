// Claims × articles: whether each article reports a claim as worded, in other words, or not at all.
import { useState } from 'preact/hooks';
import type { StoryArticle as Article, Story } from '../api.js';
import { plural } from '../lib/format.js';
import { outletClass } from '../lib/palette.js';
import { coverageCell, type Cell } from '../lib/story-marks.js';

const SYMBOL: Record<Cell, string> = { reported: '●', differently: '◐', absent: '·' };
const WORDS: Record<Cell, string> = { reported: 'reported', differently: 'reported differently', absent: 'absent' };
const FIRST = 25;

function initials(name: string | null | undefined): string {
  if (!name) return '?';
  const words = name.replace(/^The\s+/i, '').split(/\s+/).filter(Boolean);
  return words.length === 1 ? words[0].slice(0, 3) : words.map((w) => w[0]).join('').slice(0, 3).toUpperCase();
}

export function CoverageMatrix({ story, articles, order }: { story: Story; articles: Article[]; order: readonly string[] }) {
  const [all, setAll] = useState(false);
  const claims = [...(story.coverage?.claims ?? [])].sort((a, b) => b.article_ids.length - a.article_ids.length);
  if (claims.length === 0) return <p class="muted">No claims compared for this story yet.</p>;
  const shown = all ? claims : claims.slice(0, FIRST);
  return (
    <>
      <p class="matrix-legend">
        {(Object.keys(SYMBOL) as Cell[]).map((c) => <span key={c} class={`key cell-${c}`}><span aria-hidden="true">{SYMBOL[c]}</span> {WORDS[c]}</span>)}
      </p>
      <div class="table-scroll" role="region" aria-label="Coverage matrix" tabindex={0}>
        <table class="table matrix">
          <thead>
            <tr>
              <th scope="col" class="matrix-claim">Claim</th>
              {articles.map((a) => (
                <th key={a.id} scope="col" class="matrix-col" title={`${a.outlet?.name ?? 'unknown outlet'}: ${a.title ?? ''}`}>
                  <span class={`swatch ${outletClass(a.outlet?.name, order)}`} />
                  <abbr title={a.outlet?.name ?? 'unknown outlet'}>{initials(a.outlet?.name)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <th scope="row" class="matrix-claim" title={c.text}><span class="clamp">{c.text}</span></th>
                {articles.map((a) => {
                  const cell = coverageCell(c, a.id);
                  const variant = cell === 'differently' ? c.variants.find((v) => v.article_id === a.id)?.text : undefined;
                  return (
                    <td key={a.id} class={`cell cell-${cell}`} title={variant ? `${WORDS[cell]}: ${variant}` : WORDS[cell]}>
                      <span aria-hidden="true">{SYMBOL[cell]}</span><span class="sr-only">{a.outlet?.name}: {WORDS[cell]}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {claims.length > FIRST ? (
        <button type="button" class="button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? `Show the first ${FIRST} claims` : `Show all ${plural(claims.length, 'claim')}`}
        </button>
      ) : null}
    </>
  );
}
