// A titled page section with an anchor, so the page's contents list can link to it.
import type { ComponentChildren } from 'preact';

export function Section({ id, title, note, children }: { id: string; title: string; note?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="section" id={id} aria-labelledby={`${id}-h`}>
      <header class="section-head">
        <h2 id={`${id}-h`}>{title}</h2>
        {note ? <p class="section-note">{note}</p> : null}
      </header>
      {children}
    </section>
  );
}
