// Clustering metrics: B-cubed precision/recall/F1 (Bagga & Baldwin) and NMI with arithmetic-mean
// normalisation, as sklearn's normalized_mutual_info_score computes it.

export interface BCubed { precision: number; recall: number; f1: number }

function groupsOf<T>(labels: readonly T[]): Map<T, number[]> {
  const m = new Map<T, number[]>();
  labels.forEach((l, i) => { const g = m.get(l); if (g) g.push(i); else m.set(l, [i]); });
  return m;
}

/** Per-item B-cubed sums (so folds can be pooled): returns sums of P and R and the item count. */
export function bcubedSums<A, B>(pred: readonly A[], gold: readonly B[]): { p: number; r: number; n: number } {
  const joint = new Map<string, number>();
  const key = (i: number) => `${String(pred[i])}\u0000${String(gold[i])}`;
  pred.forEach((_, i) => joint.set(key(i), (joint.get(key(i)) ?? 0) + 1));
  const ps = groupsOf(pred), gs = groupsOf(gold);
  let p = 0, r = 0;
  pred.forEach((_, i) => {
    const both = joint.get(key(i))!;
    p += both / ps.get(pred[i])!.length;
    r += both / gs.get(gold[i])!.length;
  });
  return { p, r, n: pred.length };
}

export function fromSums(s: { p: number; r: number; n: number }): BCubed {
  const precision = s.n ? s.p / s.n : 0, recall = s.n ? s.r / s.n : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export const bcubed = <A, B>(pred: readonly A[], gold: readonly B[]): BCubed => fromSums(bcubedSums(pred, gold));

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** sklearn normalized_mutual_info_score(average_method='arithmetic'). */
export function nmi<A, B>(pred: readonly A[], gold: readonly B[]): number {
  const n = pred.length;
  const ps = groupsOf(pred), gs = groupsOf(gold);
  const joint = new Map<string, number>();
  pred.forEach((p, i) => { const k = `${String(p)}\u0000${String(gold[i])}`; joint.set(k, (joint.get(k) ?? 0) + 1); });
  let mi = 0;
  const pSize = new Map([...ps].map(([l, v]) => [String(l), v.length]));
  const gSize = new Map([...gs].map(([l, v]) => [String(l), v.length]));
  for (const [k, c] of joint) {
    const [p, g] = k.split('\u0000');
    mi += (c / n) * Math.log((n * c) / (pSize.get(p)! * gSize.get(g)!));
  }
  const hp = entropy([...ps.values()].map((v) => v.length), n), hg = entropy([...gs.values()].map((v) => v.length), n);
  if (hp === 0 && hg === 0) return 1;
  const denom = (hp + hg) / 2;
  return denom === 0 ? 0 : Math.max(0, mi) / denom;
}
