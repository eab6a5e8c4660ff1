/**
 * Piecewise-linear lookup in a table sorted by both coordinates (strictly increasing), clamped at
 * both ends. The time scale and the playback pace are both such tables, read in either direction.
 */
export function piecewise<K extends string>(points: readonly Readonly<Record<K, number>>[], value: number, from: K, to: K): number {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 0;
  if (value <= first[from]) return first[to];
  if (value >= last[from]) return last[to];
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as Record<K, number>)[from] <= value) lo = mid;
    else hi = mid;
  }
  const a = points[lo] as Record<K, number>;
  const b = points[hi] as Record<K, number>;
  return a[to] + ((value - a[from]) / (b[from] - a[from])) * (b[to] - a[to]);
}
