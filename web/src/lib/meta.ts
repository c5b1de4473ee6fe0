// Server facts (GET /api/meta), fetched once per page load: whether adding articles is on.
import { useEffect, useState } from 'preact/hooks';
import { api, type Meta } from '../api.js';

let meta: Promise<Meta | null> | null = null;

export function useMeta(): Meta | null {
  const [value, setValue] = useState<Meta | null>(null);
  useEffect(() => {
    let live = true;
    (meta ??= api.meta().catch(() => null)).then((m) => { if (live) setValue(m); });
    return () => { live = false; };
  }, []);
  return value;
}
