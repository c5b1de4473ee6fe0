// Quality and provenance flags as small chips; evidence, when given, is the chip's description.
import { flagLabel } from '../lib/format.js';

export interface FlagLike { flag: string; evidence?: string; articles?: number }

export function FlagChips({ flags }: { flags: FlagLike[] }) {
  if (flags.length === 0) return null;
  return (
    <ul class="chips" aria-label="Flags">
      {flags.map((f, i) => (
        <li key={`${f.flag}-${i}`} class={`chip chip-flag flag-${f.flag.replace(/[^a-z0-9]+/gi, '-')}`} title={f.evidence}>
          {flagLabel(f.flag)}
          {f.articles !== undefined ? <span class="chip-count"> ×{f.articles}</span> : null}
        </li>
      ))}
    </ul>
  );
}
