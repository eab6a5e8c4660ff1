/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): "a < b" means (b − a) mod 2^32 lies in
 * (0, 2^31). Checked where it matters: around 0, around 2^32, and at the half-way point.
 */
import { describe, expect, it } from 'vitest';
import { seqAdd, seqDiff, seqGe, seqGt, seqInRange, seqLe, seqLt } from './seq';

const MAX = 2 ** 32 - 1; // 4294967295
const HALF = 2 ** 31;

describe('seqAdd', () => {
  it.each([
    [MAX, 1, 0],
    [MAX, 2, 1],
    [4294967290, 10, 4],
    [4294967293, 100, 97],
    [0, -1, MAX],
    [5, -10, 4294967291],
    [1000, 0, 1000],
    [1000, 2 ** 32, 1000],
    [MAX, MAX, MAX - 1],
  ])('seqAdd(%d, %d) = %d', (a, n, expected) => {
    expect(seqAdd(a, n)).toBe(expected);
  });

  it('always returns an integer in [0, 2^32)', () => {
    for (const [a, n] of [
      [MAX, MAX],
      [0, -(2 ** 33)],
      [123, 2 ** 40 + 7],
    ] as const) {
      const r = seqAdd(a, n);
      expect(Number.isInteger(r)).toBe(true);
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(2 ** 32);
    }
  });
});

describe('seqDiff', () => {
  it.each([
    [0, MAX, 1],
    [4, 4294967290, 10],
    [MAX, 0, MAX],
    [1000, 1000, 0],
  ])('seqDiff(%d, %d) = %d (the distance from the second to the first)', (b, a, expected) => {
    expect(seqDiff(b, a)).toBe(expected);
  });
});

describe('comparisons across the wrap', () => {
  it('2^32−1 < 0 < 1 (0 follows 2^32−1)', () => {
    expect(seqLt(MAX, 0)).toBe(true);
    expect(seqLt(0, 1)).toBe(true);
    expect(seqLt(0, MAX)).toBe(false);
    expect(seqGt(0, MAX)).toBe(true);
    expect(seqGt(MAX, 0)).toBe(false);
  });

  it('an ISN 6 below 2^32 is before small numbers after the wrap', () => {
    expect(seqLt(4294967290, 5)).toBe(true);
    expect(seqLe(4294967290, 5)).toBe(true);
    expect(seqGe(5, 4294967290)).toBe(true);
    expect(seqGt(4294967290, 5)).toBe(false);
  });

  it('equal numbers: ≤ and ≥ hold, < and > do not', () => {
    for (const x of [0, 1, HALF, MAX]) {
      expect(seqLe(x, x)).toBe(true);
      expect(seqGe(x, x)).toBe(true);
      expect(seqLt(x, x)).toBe(false);
      expect(seqGt(x, x)).toBe(false);
    }
  });

  it('distance 2^31 − 1 is still "before"; exactly 2^31 is neither before nor after', () => {
    expect(seqLt(0, HALF - 1)).toBe(true);
    expect(seqLt(MAX, HALF - 2)).toBe(true); // wraps: MAX + (2^31 − 1) = 2^31 − 2
    expect(seqLt(0, HALF)).toBe(false);
    expect(seqLt(HALF, 0)).toBe(false);
  });

  it('beyond half the space the order flips', () => {
    expect(seqLt(0, HALF + 1)).toBe(false);
    expect(seqGt(0, HALF + 1)).toBe(true);
  });
});

describe('seqInRange (lo ≤ x < hi)', () => {
  it('a receive window that straddles 2^32', () => {
    const lo = 4294967290; // RCV.NXT
    const hi = seqAdd(lo, 64240); // RCV.NXT + RCV.WND = 64234
    expect(hi).toBe(64234);
    expect(seqInRange(lo, lo, hi)).toBe(true);
    expect(seqInRange(MAX, lo, hi)).toBe(true);
    expect(seqInRange(0, lo, hi)).toBe(true);
    expect(seqInRange(64233, lo, hi)).toBe(true);
    expect(seqInRange(64234, lo, hi), 'hi itself is outside').toBe(false);
    expect(seqInRange(lo - 1, lo, hi), 'just behind RCV.NXT').toBe(false);
  });

  it('an empty range contains nothing', () => {
    expect(seqInRange(7, 7, 7)).toBe(false);
  });
});
