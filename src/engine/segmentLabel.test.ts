/**
 * Labels in Wireshark's notation, and relative numbers per connection incarnation: each side's
 * numbers count from the ISN of the SYN that started its incarnation (RFC 9293 §3.4.1), and a
 * number that belongs to no incarnation of ours is shown as sent and marked.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, type SimOptions } from './options';
import { simulateScenario } from './index';
import type { ScenarioId } from './scenarioIds';
import { ABSOLUTE_SEQ, formatSegmentLabel, segmentNumbers, seqContext, tcbSeq } from './segmentLabel';
import { snapshotAt, type Trace, type TraceSegment } from './trace';

function labels(id: ScenarioId, options: Partial<SimOptions> = {}, mode: 'relative' | 'absolute' = 'relative'): string[] {
  const trace = simulateScenario(id, { ...DEFAULT_OPTIONS, ...options });
  return trace.segments.map((segment) => formatSegmentLabel(segment, seqContext(mode, trace)));
}

function segment(trace: Trace, id: number): TraceSegment {
  const found = trace.segments[id - 1];
  if (!found) throw new Error(`no segment #${id}`);
  return found;
}

describe('absolute labels', () => {
  it('write the real flags and numbers, like a capture tool', () => {
    expect(labels('handshake', {}, 'absolute')).toEqual(['SYN seq=1000', 'SYN, ACK seq=5000 ack=1001', 'ACK seq=1001 ack=5001']);
    expect(labels('close', {}, 'absolute').slice(3, 5)).toEqual(['FIN, ACK seq=1001 ack=5001', 'ACK seq=5001 ack=1002']);
  });

  it('write len only when there is payload', () => {
    expect(labels('half-close', {}, 'absolute').filter((label) => label.includes('len='))[0]).toMatch(/^PSH, ACK seq=\d+ ack=\d+ len=\d+$/);
  });

  it('never mark a number or name an ISN: every number is as sent', () => {
    for (const label of labels('old-duplicate-syn', {}, 'absolute')) expect(label).not.toMatch(/\*|ISN/);
  });
});

describe('relative labels, per incarnation', () => {
  it('three-way handshake: each SYN is seq=0 and names the ISN its side chose', () => {
    expect(labels('handshake')).toEqual(['SYN seq=0 (ISN 1000)', 'SYN, ACK seq=0 ack=1 (ISN 5000)', 'ACK seq=1 ack=1']);
  });

  it('a retransmitted SYN repeats the ISN: same incarnation, no second ISN note', () => {
    expect(labels('syn-lost').slice(0, 2)).toEqual(['SYN seq=0 (ISN 1000)', 'SYN seq=0']);
  });

  it('simultaneous open: each side announces its ISN once; its SYN,ACK repeats it (§3.10.7.3)', () => {
    expect(labels('simultaneous-open')).toEqual([
      'SYN seq=0 (ISN 1000)',
      'SYN seq=0 (ISN 5000)',
      'SYN, ACK seq=0 ack=1',
      'SYN, ACK seq=0 ack=1',
    ]);
  });

  it('ISNs a few below 2^32: counts across the wrap to 0, never a 10-digit number', () => {
    const wrapped = labels('close', { isnMode: 'wrap' });
    expect(wrapped[0]).toBe('SYN seq=0 (ISN 4294967290)');
    expect(wrapped.slice(2)).toEqual([
      'ACK seq=1 ack=1',
      'FIN, ACK seq=1 ack=1',
      'ACK seq=1 ack=2',
      'FIN, ACK seq=1 ack=2',
      'ACK seq=2 ack=2',
    ]);
  });

  it('old duplicate SYN (Figure 8): no ISN of ours to count from, so shown as sent and marked — not seq=-10', () => {
    const [oldSyn, , synAck, rst, secondSynAck, ack] = labels('old-duplicate-syn');
    expect(oldSyn).toBe('SYN seq=990*');
    // The server acknowledges the old number; the client's RST takes its seq from that ACK (§3.10.7.3).
    expect(synAck).toBe('SYN, ACK seq=0 ack=991* (ISN 5000)');
    expect(rst).toBe('RST seq=991*');
    // The server's second SYN,ACK picks a new ISS: a new incarnation, counted from 0 again.
    expect(secondSynAck).toBe('SYN, ACK seq=0 ack=1 (ISN 80000)');
    expect(ack).toBe('ACK seq=1 ack=1');
  });

  it('connection refused (§3.10.7.1): the RST’s seq 0 is no number of the server’s; its ack counts from the client’s ISN', () => {
    expect(labels('refused')).toEqual(['SYN seq=0 (ISN 1000)', 'RST, ACK seq=0* ack=1']);
  });

  it('port scan: the probe and the replies about it belong to no incarnation of ours; the server’s own ISS does', () => {
    expect(labels('port-scan')).toEqual([
      'SYN seq=1000*',
      'SYN seq=1000*',
      'SYN, ACK seq=0 ack=1001* (ISN 5000)',
      'RST seq=1001*',
      'RST, ACK seq=0* ack=1001*',
    ]);
  });

  it('SYN cookies: the cookie is the server’s ISN for that connection, and the client’s ACK counts from it', () => {
    const trace = simulateScenario('syn-flood', { ...DEFAULT_OPTIONS, synCookies: true });
    const ctx = seqContext('relative', trace);
    const cookie = trace.segments.find((s) => s.from === 'server' && s.dstAddr === undefined && s.flags.includes('SYN'));
    expect(cookie && formatSegmentLabel(cookie, ctx)).toBe(`SYN, ACK seq=0 ack=1 (ISN ${cookie?.seq})`);
    const forged = segment(trace, 1);
    expect(formatSegmentLabel(forged, ctx)).toBe(`SYN seq=${forged.seq}*`);
  });

  it('a network copy carries the numbers of the segment it copies', () => {
    const trace = simulateScenario('handshake', DEFAULT_OPTIONS);
    const copy: TraceSegment = { ...segment(trace, 2), id: 4, duplicateOf: 2 };
    const withCopy = { ...trace, segments: [...trace.segments, copy] };
    expect(formatSegmentLabel(copy, seqContext('relative', withCopy))).toBe('SYN, ACK seq=0 ack=1');
  });
});

describe('segmentNumbers', () => {
  it('says which numbers are marked, for the UI to explain', () => {
    const trace = simulateScenario('refused', DEFAULT_OPTIONS);
    expect(segmentNumbers(segment(trace, 2), seqContext('relative', trace))).toEqual({
      seq: { value: 0, foreign: true },
      ack: { value: 1, foreign: false },
      len: 0,
      isn: null,
    });
    expect(segmentNumbers(segment(trace, 2), ABSOLUTE_SEQ).seq).toEqual({ value: 0, foreign: false });
  });
});

describe('tcbSeq', () => {
  it('counts SND.NXT from the TCB’s own ISS and RCV.NXT from an IRS the peer really announced', () => {
    const trace = simulateScenario('handshake', { ...DEFAULT_OPTIONS, isnMode: 'wrap' });
    const ctx = seqContext('relative', trace);
    const client = snapshotAt(trace, trace.steps.length).client;
    expect(tcbSeq(client.sndNxt, client.iss, ctx, null)).toEqual({ value: 1, foreign: false });
    expect(client.irs).not.toBeNull();
    expect(tcbSeq(client.rcvNxt, client.irs ?? 0, ctx, 'server')).toEqual({ value: 1, foreign: false });
  });

  it('an IRS taken from an old duplicate SYN has no incarnation of ours: RCV.NXT as sent, marked', () => {
    const trace = simulateScenario('old-duplicate-syn', DEFAULT_OPTIONS);
    const ctx = seqContext('relative', trace);
    expect(tcbSeq(991, 990, ctx, 'client')).toEqual({ value: 991, foreign: true });
    expect(tcbSeq(991, 990, ABSOLUTE_SEQ, 'client')).toEqual({ value: 991, foreign: false });
  });
});
