// "Add articles": paste one article or choose files, with the server's write token. Shown only
// when the server says ingest is on (GET /api/meta). Results list each input: a link to the stored
// article, or why it failed. All text is rendered as text (Preact escapes it), never as markup.
import { useRef, useState } from 'preact/hooks';
import { ApiError, postArticles, type IngestResponse } from '../api.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';
import { formatBytes } from '../lib/format.js';
import { useMeta } from '../lib/meta.js';
import { href } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import { loadWriteToken, saveWriteToken } from '../lib/write-token.js';

type Mode = 'paste' | 'files';

function Results({ result }: { result: IngestResponse }) {
  return (
    <section class="section" aria-labelledby="add-results-h">
      <h2 id="add-results-h" tabindex={-1}>
        {result.stored} stored · {result.unchanged} already there · {result.failed} failed
      </h2>
      <ul class="add-results">
        {result.items.map((r, i) => (
          <li key={i} class={`add-result add-${r.status}`}>
            <span class="tag">{r.status}</span> <span class="break">{r.item}</span>
            {r.id ? <> — <a href={href.article(r.id)}>{r.title ?? r.id}</a></> : null}
            {r.error ? <p class="add-error">{r.error}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function field(form: FormData, name: string): string | undefined {
  const v = String(form.get(name) ?? '').trim();
  return v || undefined;
}

export function AddPage() {
  useTitle('Add articles');
  const meta = useMeta();
  const [mode, setMode] = useState<Mode>('paste');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [result, setResult] = useState<IngestResponse | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  if (!meta) return <div class="page"><Loading what="the server settings" /></div>;
  if (!meta.ingest.enabled) {
    return <div class="page"><h1>Add articles</h1><Empty>This server is read-only. Start it with <code>--write-token</code> to add articles.</Empty></div>;
  }

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const token = String(form.get('token') ?? '').trim();
    saveWriteToken(token);
    setError(null);
    setResult(null);
    let body: Parameters<typeof postArticles>[0];
    if (mode === 'paste') {
      const text = String(form.get('text') ?? '');
      if (!text.trim()) { setError(new Error('Paste the text of an article first.')); return; }
      const isHtml = /^\s*</.test(text);
      body = { items: [{ ...(isHtml ? { html: text } : { text }), title: field(form, 'title'), outlet: field(form, 'outlet'), url: field(form, 'url'), published: field(form, 'published') }] };
    } else {
      const files = form.getAll('files').filter((f): f is File => f instanceof File && f.name !== '');
      if (files.length === 0) { setError(new Error('Choose at least one file.')); return; }
      body = new FormData();
      for (const f of files) body.append('files', f, f.name);
    }
    setBusy(true);
    try {
      setResult(await postArticles(body, token));
      requestAnimationFrame(() => resultsRef.current?.querySelector<HTMLElement>('h2')?.focus());
    } catch (err) {
      const e2 = err as Error;
      setError(e2 instanceof ApiError && (e2.status === 401 || e2.status === 403) ? new ApiError(e2.status, 'The write token was refused', e2.detail) : e2);
    } finally {
      setBusy(false);
    }
  };

  const { ingest } = meta;
  return (
    <div class="page">
      <header class="page-head">
        <h1>Add articles</h1>
        <p class="meta">Articles go through the same analysis as <code>parallax analyze</code> and then appear in stories, entities and search.</p>
      </header>
      <form class="add-form" onSubmit={onSubmit} aria-busy={busy}>
        <div class="field">
          <label for="add-token">Write token</label>
          <input id="add-token" name="token" type="password" autocomplete="off" required defaultValue={loadWriteToken()} />
          <p class="field-note">Kept in this tab only (sessionStorage).</p>
        </div>
        <fieldset class="add-mode">
          <legend>What to add</legend>
          <label><input type="radio" name="mode" value="paste" checked={mode === 'paste'} onChange={() => setMode('paste')} /> Paste text</label>
          <label><input type="radio" name="mode" value="files" checked={mode === 'files'} onChange={() => setMode('files')} /> Choose files</label>
        </fieldset>
        {mode === 'paste' ? (
          <div class="add-paste">
            <div class="field field-wide">
              <label for="add-text">Article text or HTML</label>
              <textarea id="add-text" name="text" rows={12} placeholder="Headline on the first line, then the article." />
            </div>
            <div class="field"><label for="add-title">Title (optional)</label><input id="add-title" name="title" maxLength={1000} /></div>
            <div class="field"><label for="add-outlet">Outlet (optional)</label><input id="add-outlet" name="outlet" maxLength={200} /></div>
            <div class="field"><label for="add-url">URL (optional)</label><input id="add-url" name="url" type="url" maxLength={2000} /></div>
            <div class="field"><label for="add-published">Published (optional)</label><input id="add-published" name="published" type="date" /></div>
          </div>
        ) : (
          <div class="field">
            <label for="add-files">Files</label>
            <input id="add-files" name="files" type="file" multiple />
            <p class="field-note">Text, Markdown, HTML, JSON, JSON lines, CSV, RSS/Atom, WARC (also gzipped); up to {ingest.max_files} files of {formatBytes(ingest.max_file_bytes)} each.</p>
          </div>
        )}
        <div class="field-actions">
          <button class="button button-primary" type="submit" disabled={busy}>{busy ? 'Adding…' : 'Add articles'}</button>
        </div>
      </form>
      <div ref={resultsRef} aria-live="polite">
        {busy ? <Loading what="and analysing the articles" /> : null}
        {error ? <ErrorBox error={error} /> : null}
        {result ? <Results result={result} /> : null}
      </div>
    </div>
  );
}
