// A link to an entity by id, labelled with its canonical name once loaded.
import { useEntityName } from '../lib/caches.js';
import { href } from '../lib/router.js';

export function EntityLink({ id, name }: { id: string; name?: string }) {
  const loaded = useEntityName(name ? '' : id);
  return <a href={href.entity(id)}>{name ?? loaded ?? id}</a>;
}
