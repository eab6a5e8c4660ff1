import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, type ScenarioId, type Side } from '../engine';
import { segmentsSeenAt } from './seenAt';

const seen = (id: ScenarioId, side: Side) => segmentsSeenAt(simulateScenario(id, DEFAULT_OPTIONS), side);
const flagsOf = (list: ReturnType<typeof seen>) => list.map((s) => `${s.direction} ${s.segment.flags.join(',')}`);

describe('what one host’s interface sees', () => {
  it('a host sees what it sends when it sends it, and what reaches it when it arrives', () => {
    const trace = simulateScenario('handshake', DEFAULT_OPTIONS);
    const client = segmentsSeenAt(trace, 'client');
    expect(flagsOf(client)).toEqual(['out SYN', 'in SYN,ACK', 'out ACK']);
    expect(client.map((s) => s.t)).toEqual([trace.segments[0]!.sentAt, trace.segments[1]!.arrivesAt, trace.segments[2]!.sentAt]);
  });

  it('a SYN lost on the way is seen by the sender (it left the host) and never by the receiver', () => {
    const client = seen('syn-lost', 'client');
    const server = seen('syn-lost', 'server');
    const lostSyn = client.find((s) => s.segment.lost);
    expect(lostSyn?.direction).toBe('out');
    expect(server.some((s) => s.segment.id === lostSyn?.segment.id)).toBe(false);
  });

  it('forged SYNs of a flood cross the server’s interface but never the client’s, nor do the replies to them', () => {
    const forged = (list: ReturnType<typeof seen>) =>
      list.filter((s) => s.segment.srcAddr !== undefined || s.segment.dstAddr !== undefined);
    expect(forged(seen('syn-flood', 'client'))).toEqual([]);
    const atServer = forged(seen('syn-flood', 'server'));
    expect(atServer.some((s) => s.direction === 'in' && s.segment.flags.join() === 'SYN')).toBe(true);
    expect(atServer.some((s) => s.direction === 'out' && s.segment.flags.join() === 'SYN,ACK')).toBe(true);
  });

  it('is in time order on both sides of every scenario', () => {
    for (const side of ['client', 'server'] as const) {
      const times = seen('simultaneous-close', side).map((s) => s.t);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
});
