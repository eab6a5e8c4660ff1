import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oppositeTraffic } from '../../export/ladder/layout';

const flight = fc
  .record({
    from: fc.constantFrom('client' as const, 'server' as const),
    sentAt: fc.integer({ min: 0, max: 50 }),
    travel: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ from, sentAt, travel }) => ({ from, sentAt, arrivesAt: sentAt + travel }));

describe('oppositeTraffic', () => {
  it('says exactly when a segment going the other way is in flight during ours (as comparing every pair would)', () => {
    fc.assert(
      fc.property(fc.array(flight, { maxLength: 30 }), (flights) => {
        const crossing = oppositeTraffic(flights);
        for (const segment of flights) {
          const pairwise = flights.some(
            (other) => other.from !== segment.from && other.sentAt < segment.arrivesAt && segment.sentAt < other.arrivesAt,
          );
          expect(crossing(segment)).toBe(pairwise);
        }
      }),
      { numRuns: 300, seed: 2026 },
    );
  });
});
