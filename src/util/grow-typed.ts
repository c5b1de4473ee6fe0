// Growing a typed array that serves as an arena or a per-id table: one copy routine for all of them.

type Grows = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/**
 * `a` itself when it holds `min` slots, else a copy at least `min` long, grown by `factor` (amortised
 * copies), with the new slots set to `fill`.
 */
export function grownTo<T extends Grows>(a: T, min: number, fill = 0, factor = 2): T {
  if (a.length >= min) return a;
  let size = Math.max(1, Math.ceil(a.length * factor));
  while (size < min) size = Math.ceil(size * factor);
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  if (fill !== 0) out.fill(fill, a.length);
  return out;
}
