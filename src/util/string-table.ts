// Strings numbered in the order first seen: the interning behind the columnar tables (entity rows,
// event reports, entity links), where a row holds numbers and each distinct text is kept once.
export class StringTable {
  private readonly no = new Map<string, number>();
  readonly list: string[] = [];
  /** The string's number (a new one when first seen). */
  add(s: string): number {
    let i = this.no.get(s);
    if (i === undefined) { this.no.set(s, (i = this.list.length)); this.list.push(s); }
    return i;
  }
  /** The string's number, or undefined when never added. */
  numberOf(s: string): number | undefined { return this.no.get(s); }
  get size(): number { return this.list.length; }
}
