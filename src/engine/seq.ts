/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4). Every comparison of sequence or
 * acknowledgment numbers in the engine goes through these, so wrap-around near 2^32 is correct.
 */
const MOD = 2 ** 32;
const HALF = 2 ** 31;

export function seqAdd(a: number, n: number): number {
  return (((a + n) % MOD) + MOD) % MOD;
}

/** (b - a) mod 2^32 */
export function seqDiff(b: number, a: number): number {
  return (((b - a) % MOD) + MOD) % MOD;
}

/** a < b in sequence space: (b - a) mod 2^32 lies in (0, 2^31). */
export function seqLt(a: number, b: number): boolean {
  const d = seqDiff(b, a);
  return d > 0 && d < HALF;
}

export function seqLe(a: number, b: number): boolean {
  return a === b || seqLt(a, b);
}

export function seqGt(a: number, b: number): boolean {
  return seqLt(b, a);
}

export function seqGe(a: number, b: number): boolean {
  return seqLe(b, a);
}

/** lo <= x < hi in sequence space (an empty range when lo === hi). */
export function seqInRange(x: number, lo: number, hi: number): boolean {
  return seqLe(lo, x) && seqLt(x, hi);
}
