// A story read per outlet group (registry `groups`): what each group reports, whom it quotes and
// what it calls things. Shown only when some outlet of the story is in a group.
import { api, type StoryGroups } from '../api.js';
import { percent, plural } from '../lib/format.js';
import { useApi } from '../lib/use-api.js';
import { Section } from './section.js';
import { ErrorBox } from './status.js';

const FIRST_CLAIMS = 25;
const TOP_SPEAKERS = 3;

function CoverageTable({ t }: { t: StoryGroups }) {
  const claims = t.claims.length;
  return (
    <div class="table-scroll" role="region" aria-label="Coverage per outlet group" tabindex={0}>
      <table class="table group-coverage">
        <thead><tr><th scope="col">Group</th><th scope="col">Outlets</th><th scope="col">Articles</th><th scope="col">Claims reported</th><th scope="col">Only this group</th><th scope="col">Left out</th></tr></thead>
        <tbody>
          {t.groups.map((g) => (
            <tr key={g.name}>
              <th scope="row">{g.name}</th>
              <td>{g.outlets.join(', ') || <span class="muted">unknown outlet</span>}</td>
              <td class="num">{g.article_ids.length}</td>
              <td class="num">{g.coverage.reported.length} <span class="muted">of {claims}</span></td>
              <td class="num">{g.coverage.unique.length}</td>
              <td class="num">{g.coverage.omitted.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClaimTable({ t }: { t: StoryGroups }) {
  const total = (c: StoryGroups['claims'][number]) => Object.values(c.counts).reduce((s, n) => s + n, 0);
  const claims = [...t.claims].sort((a, b) => total(b) - total(a)).slice(0, FIRST_CLAIMS);
  if (claims.length === 0) return <p class="muted">No claims compared for this story yet.</p>;
  return (
    <div class="table-scroll" role="region" aria-label="Claims per outlet group" tabindex={0}>
      <table class="table matrix group-claims">
        <thead><tr><th scope="col" class="matrix-claim">Claim</th>{t.groups.map((g) => <th key={g.name} scope="col" class="matrix-col">{g.name}</th>)}</tr></thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id}>
              <th scope="row" class="matrix-claim" title={c.text}><span class="clamp">{c.text}</span></th>
              {t.groups.map((g) => {
                const n = c.counts[g.name] ?? 0;
                return <td key={g.name} class={`matrix-col ${n ? 'cell-reported' : 'cell-absent'}`}>{n}/{g.article_ids.length}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QuoteShare({ t }: { t: StoryGroups }) {
  return (
    <dl class="label-table group-voices">
      {t.groups.map((g) => (
        <div key={g.name}>
          <dt>{g.name}</dt>
          <dd>{g.quote_share.length ? g.quote_share.slice(0, TOP_SPEAKERS).map((v) => `${v.speaker} ${percent(v.share)}`).join(' · ') : <span class="muted">no quotes</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

function FramingByGroup({ t }: { t: StoryGroups }) {
  if (t.framing.length === 0) return <p class="muted">No differences in wording found.</p>;
  return (
    <div class="table-scroll" role="region" aria-label="Framing per outlet group" tabindex={0}>
      <table class="table framing group-framing">
        <thead><tr><th scope="col">Referent</th>{t.groups.map((g) => <th key={g.name} scope="col">{g.name}</th>)}</tr></thead>
        <tbody>
          {t.framing.map((f) => (
            <tr key={f.referent}>
              <th scope="row">{f.referent}</th>
              {t.groups.map((g) => {
                const labels = f.labels[g.name] ?? [];
                return <td key={g.name}>{labels.length ? <ul class="labels">{labels.map((l) => <li key={l}>{l}</li>)}</ul> : <span class="muted">—</span>}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The "By outlet group" section of a story page; nothing when the story's outlets are in no group. */
export function GroupSection({ id }: { id: string }) {
  const d = useApi((s) => api.storyGroups(id, s), [id]);
  if (d.error) return <Section id="groups" title="By outlet group"><ErrorBox error={d.error} /></Section>;
  if (!d.data || !d.data.grouped) return null;
  const t = d.data;
  return (
    <Section id="groups" title="By outlet group" note={`The story read per group of outlets (${plural(t.groups.length, 'group')}); an outlet in several groups counts in each.`}>
      <h3>Coverage</h3>
      <CoverageTable t={t} />
      <h3>Claims</h3>
      <ClaimTable t={t} />
      <h3>Quote share</h3>
      <QuoteShare t={t} />
      <h3>Framing</h3>
      <FramingByGroup t={t} />
    </Section>
  );
}
