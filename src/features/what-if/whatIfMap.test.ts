import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, labelFlags, SCENARIO_GROUPS, simulateScenario } from '../../engine';
import { en } from '../../i18n/en';
import { zhDetails } from '../../i18n/zh/details';
import { WHAT_IF_SEGMENTS } from './whatIfMap';

describe('the what-if map', () => {
  it('has the seven segments of handshake and wave, three then four', () => {
    expect(WHAT_IF_SEGMENTS.map((s) => s.phase)).toEqual(['handshake', 'handshake', 'handshake', 'close', 'close', 'close', 'close']);
  });

  it('covers every loss scenario exactly once', () => {
    const loss = SCENARIO_GROUPS.find((g) => g.id === 'loss')?.scenarios ?? [];
    expect(WHAT_IF_SEGMENTS.map((s) => s.scenario).sort()).toEqual([...loss].sort());
  });

  it.each(WHAT_IF_SEGMENTS.map((segment) => [segment.scenario, segment] as const))(
    '%s loses exactly the segment the map draws',
    (_id, segment) => {
      const trace = simulateScenario(segment.scenario, DEFAULT_OPTIONS);
      const lost = trace.segments.filter((s) => s.lost);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.from).toBe(segment.from);
      expect(labelFlags(lost[0]?.flags ?? [])).toEqual(labelFlags(segment.flags));
      // And the run recovers: handshakes end ESTABLISHED on both sides, waves CLOSED.
      const end = segment.phase === 'handshake' ? 'ESTABLISHED' : 'CLOSED';
      expect([trace.states.client.at(-1), trace.states.server.at(-1)]).toEqual([end, end]);
    },
  );

  it('says what is lost and what happens next, in both languages', () => {
    const keys = WHAT_IF_SEGMENTS.flatMap((s) => [`whatIf.${s.scenario}.lost`, `whatIf.${s.scenario}.outcome`]);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
    expect(keys.filter((key) => !(key in zhDetails))).toEqual([]);
  });

  it('close-ack-lost: the lost ACK is not resent; the FIN that follows takes the client from FIN-WAIT-1 straight to TIME-WAIT', () => {
    const trace = simulateScenario('close-ack-lost', DEFAULT_OPTIONS);
    expect(trace.states.client).not.toContain('FIN-WAIT-2');
    expect(trace.states.client).toContain('TIME-WAIT');
  });
});
