// Loading, error and empty states shared by every page.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.js';

export function Loading({ what }: { what: string }) {
  return <p class="status" role="status" aria-live="polite">Loading {what}…</p>;
}

export function ErrorBox({ error }: { error: Error }) {
  const status = error instanceof ApiError ? error.status : null;
  return (
    <div class="status status-error" role="alert">
      <strong>{status === 404 ? 'Not found' : 'Something went wrong'}</strong>
      <p>{error.message}</p>
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="status status-empty">{children}</p>;
}
