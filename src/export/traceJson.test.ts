import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../engine';
import { traceToJson } from './traceJson';
import { traceToText } from './traceText';

describe('trace contract (design.md)', () => {
  const json = traceToJson(simulateScenario('handshake', DEFAULT_OPTIONS));

  it('names the scenario and both ISNs', () => {
    expect(json.scenario).toBe('handshake');
    expect(json.isn).toEqual({ client: 1000, server: 5000 });
  });

  it('lists the three handshake segments with flags, seq, ack, timing and fate', () => {
    expect(json.segments.map((s) => [s.from, s.flags.join(','), s.seq, s.ack, s.len, s.lost])).toEqual([
      ['client', 'SYN', 1000, null, 0, false],
      ['server', 'SYN,ACK', 5000, 1001, 0, false],
      ['client', 'ACK', 1001, 5001, 0, false],
    ]);
    expect(json.segments[0]).toMatchObject({ id: 1, sentAt: 0, arrivesAt: 100, window: 64240 });
  });

  it('lists each side’s states in order, starting with the initial one', () => {
    expect(json.states).toEqual({
      client: ['CLOSED', 'SYN-SENT', 'ESTABLISHED'],
      server: ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'],
    });
  });

  it('records each step with its event and RFC section', () => {
    expect(json.steps[1]).toMatchObject({
      t: 0,
      side: 'client',
      event: 'connect()',
      from: 'CLOSED',
      to: 'SYN-SENT',
      rfc: '3.10.1',
    });
  });

  it('survives a JSON round trip unchanged (only plain data)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('traceToText', () => {
  it('draws client→server and server→client arrows with their labels', () => {
    const text = traceToText(simulateScenario('handshake', DEFAULT_OPTIONS));
    expect(text).toMatch(/-+ SYN seq=1000 -+>\|/);
    expect(text).toMatch(/\|<-+ SYN, ACK seq=5000 ack=1001 -+\|/);
  });

  it('marks a lost segment with ✕ instead of an arrow head', () => {
    const trace = simulateScenario('handshake', DEFAULT_OPTIONS);
    const lostFirst = { ...trace, segments: trace.segments.map((s) => (s.id === 1 ? { ...s, lost: true } : s)) };
    expect(traceToText(lostFirst)).toMatch(/SYN seq=1000 \(lost\) -*✕\|/);
  });
});

describe('traceToJson: several connections', () => {
  it('adds `connections` only when a side opened a second one; `states` stays the first connection', () => {
    const reconnect = traceToJson(simulateScenario('reconnect', DEFAULT_OPTIONS));
    expect(reconnect.connections?.map((c) => c.server)).toEqual([
      ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED', 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED'],
      ['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'],
    ]);
    expect(reconnect.states).toEqual(reconnect.connections?.[0]);
    expect('connections' in traceToJson(simulateScenario('close', DEFAULT_OPTIONS))).toBe(false);
  });
});
