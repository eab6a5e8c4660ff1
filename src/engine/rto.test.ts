/**
 * RFC 6298's arithmetic on its own (the endpoint tests show when samples are taken):
 * RTO = SRTT + max(G, K·RTTVAR), K = 4, G = 1 ms, between 1 s (§2.4) and the 120 s cap (§2.5).
 */
import { describe, expect, it } from 'vitest';
import { backedOffRto, measureRtt, type RttEstimate } from './rto';

const NOTHING_MEASURED: RttEstimate = { srttMs: null, rttvarMs: null, rtoMs: 1000 };

describe('RFC 6298 RTO arithmetic', () => {
  it('an RTO between two clock ticks is rounded up to the next millisecond (G = 1 ms)', () => {
    const first = measureRtt(NOTHING_MEASURED, 1001);
    expect(first).toEqual({ srttMs: 1001, rttvarMs: 500.5, rtoMs: 1001 + 4 * 500.5 });
    // RTTVAR = 3/4·500.5 + 1/4·|1001 − 1000| = 375.625; SRTT = 7/8·1001 + 1/8·1000 = 1000.875;
    // SRTT + 4·RTTVAR = 2503.375 ms, so the timer fires on the tick at 2504 ms.
    expect(measureRtt(first, 1000)).toEqual({ srttMs: 1000.875, rttvarMs: 375.625, rtoMs: 2504 });
  });

  it('a measurement of 0 ms still leaves G in the sum and the 1 s floor under it (§2.2, §2.4)', () => {
    expect(measureRtt(NOTHING_MEASURED, 0)).toEqual({ srttMs: 0, rttvarMs: 0, rtoMs: 1000 });
  });

  it('a huge round trip is capped at 120 s (§2.5 allows any cap of at least 60 s)', () => {
    expect(measureRtt(NOTHING_MEASURED, 100_000).rtoMs).toBe(120_000);
  });

  it('back-off doubles the RTO up to the same cap (§5.5)', () => {
    expect([backedOffRto(1000), backedOffRto(3000), backedOffRto(64_000), backedOffRto(120_000)]).toEqual([2000, 6000, 120_000, 120_000]);
  });
});
