// Keeps document.title in step with the page shown.
import { useEffect } from 'preact/hooks';

export function useTitle(title: string | null | undefined): void {
  useEffect(() => { document.title = title ? `${title} · Parallax` : 'Parallax'; }, [title]);
}
