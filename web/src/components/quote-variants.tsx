// The same quote as each outlet rendered it, each rendering word-diffed against the first.
import type { StoryArticle as Article, Story } from '../api.js';
import { useEntityName } from '../lib/caches.js';
import { wordDiff } from '../lib/word-diff.js';
import { outletClass } from '../lib/palette.js';
import { href } from '../lib/router.js';

type Group = Story['quote_variants'][number];

function Diff({ base, text }: { base: string; text: string }) {
  return (
    <q class="quote-text">
      {wordDiff(base, text).map((p, i) => (p.op === 'same' ? p.text : p.op === 'added' ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>))}
    </q>
  );
}

/** The compare stage names speakers by entity id when linked; show the entity's name then. */
function Speaker({ value }: { value: string }) {
  const name = useEntityName(/^[0-9a-f]{16}$/.test(value) ? value : '');
  return name ? <a href={href.entity(value)}>{name}</a> : <span>{value}</span>;
}

function VariantGroup({ group, byId, order }: { group: Group; byId: Map<string, Article>; order: readonly string[] }) {
  const [first, ...rest] = group.renderings;
  const outletOf = (id: string) => byId.get(id)?.outlet?.name ?? 'unknown outlet';
  return (
    <li class="variant-group">
      <p class="variant-head"><strong><Speaker value={group.speaker} /></strong> <span class={`tag label-${group.label}`}>{group.label}</span></p>
      <ul class="renderings">
        <li>
          <span class={`swatch ${outletClass(outletOf(first.article_id), order)}`} />
          <a href={href.article(first.article_id)} class="rendering-outlet">{outletOf(first.article_id)}</a>
          <q class="quote-text">{first.text}</q>
        </li>
        {rest.map((r) => (
          <li key={r.quote_id}>
            <span class={`swatch ${outletClass(outletOf(r.article_id), order)}`} />
            <a href={href.article(r.article_id)} class="rendering-outlet">{outletOf(r.article_id)}</a>
            <Diff base={first.text} text={r.text} />
          </li>
        ))}
      </ul>
    </li>
  );
}

export function QuoteVariants({ story, articles, order }: { story: Story; articles: Article[]; order: readonly string[] }) {
  if (story.quote_variants.length === 0) return <p class="muted">No quote appears in more than one rendering.</p>;
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (
    <>
      <p class="muted small">Words in <ins>green</ins> were added and words <del>struck through</del> were left out, compared with the first rendering.</p>
      <ul class="variant-groups">{story.quote_variants.map((g, i) => <VariantGroup key={i} group={g} byId={byId} order={order} />)}</ul>
    </>
  );
}
