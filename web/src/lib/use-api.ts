// Loads one API resource per set of dependencies; aborts the previous request when they change.
import { useEffect, useState } from 'preact/hooks';

export interface Loaded<T> { data: T | null; error: Error | null; loading: boolean }

export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load(ctl.signal).then(
      (data) => { if (!ctl.signal.aborted) setState({ data, error: null, loading: false }); },
      (error: Error) => { if (!ctl.signal.aborted) setState({ data: null, error, loading: false }); },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
