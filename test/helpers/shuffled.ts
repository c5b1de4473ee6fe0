// A deterministic shuffle (Fisher-Yates on a seeded LCG), so tests never depend on Math.random.
export function shuffled<T>(items: readonly T[], seed = 12345): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
