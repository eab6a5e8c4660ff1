import { describe, expect, it } from 'vitest';
import { makeSegment } from '../../engine';
import { formatDuration } from './formatDuration';
import { displaySeq, formatSegmentLabel } from './formatSegmentLabel';

const isn = { client: 1000, server: 5000 };
const absolute = { mode: 'absolute', isn } as const;
const relative = { mode: 'relative', isn } as const;
const W = 64240;
const PORTS = { srcPort: 49152, dstPort: 80 };

describe('formatSegmentLabel', () => {
  it('writes the real flags and numbers, like a capture tool', () => {
    expect(formatSegmentLabel(makeSegment({ ...PORTS, flags: ['SYN'], seq: 1000, window: W }), 'client', absolute)).toBe('SYN seq=1000');
    expect(formatSegmentLabel(makeSegment({ ...PORTS, flags: ['SYN', 'ACK'], seq: 5000, ack: 1001, window: W }), 'server', absolute)).toBe(
      'SYN, ACK seq=5000 ack=1001',
    );
    expect(formatSegmentLabel(makeSegment({ ...PORTS, flags: ['FIN', 'ACK'], seq: 1001, ack: 5001, window: W }), 'client', absolute)).toBe(
      'FIN, ACK seq=1001 ack=5001',
    );
    expect(
      formatSegmentLabel(makeSegment({ ...PORTS, flags: ['ACK', 'PSH'], seq: 1001, ack: 5001, len: 100, window: W }), 'client', absolute),
    ).toBe('PSH, ACK seq=1001 ack=5001 len=100');
  });

  it('relative mode: seq from the sender’s ISN, ack from the peer’s, like Wireshark', () => {
    expect(formatSegmentLabel(makeSegment({ ...PORTS, flags: ['SYN'], seq: 1000, window: W }), 'client', relative)).toBe('SYN seq=0');
    expect(formatSegmentLabel(makeSegment({ ...PORTS, flags: ['SYN', 'ACK'], seq: 5000, ack: 1001, window: W }), 'server', relative)).toBe(
      'SYN, ACK seq=0 ack=1',
    );
    expect(formatSegmentLabel(makeSegment({ ...PORTS, flags: ['ACK'], seq: 1001, ack: 5001, window: W }), 'client', relative)).toBe(
      'ACK seq=1 ack=1',
    );
  });

  it('relative numbers wrap modulo 2^32 when the ISN is near the top', () => {
    const wrap = { mode: 'relative', isn: { client: 4294967290, server: 5000 } } as const;
    expect(displaySeq(3, 'client', wrap)).toBe(9);
    expect(formatSegmentLabel(makeSegment({ ...PORTS, flags: ['SYN', 'ACK'], seq: 5000, ack: 4294967291, window: W }), 'server', wrap)).toBe(
      'SYN, ACK seq=0 ack=1',
    );
  });
});

describe('displaySeq', () => {
  it('shows numbers just before the ISN as negative (an old duplicate SYN)', () => {
    expect(displaySeq(990, 'client', relative)).toBe(-10);
    expect(displaySeq(990, 'client', absolute)).toBe(990);
  });
});

describe('formatDuration', () => {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) => `${params?.value}${key === 'seqFormat.ms' ? 'ms' : 's'}`;
  it('uses ms below a second, one decimal for short seconds, whole seconds when long', () => {
    expect(formatDuration(40, t)).toBe('40ms');
    expect(formatDuration(1500, t)).toBe('1.5s');
    expect(formatDuration(2000, t)).toBe('2s');
    expect(formatDuration(59_900, t)).toBe('60s');
  });
});

describe('formatDuration in minutes', () => {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) => `${params?.value} ${key.replace('seqFormat.', '')}`;
  it('writes the RFC’s 2MSL as 4 minutes but keeps Linux’s 60 s in seconds', () => {
    expect(formatDuration(240_000, t)).toBe('4 minutes');
    expect(formatDuration(60_000, t)).toBe('60 seconds');
    expect(formatDuration(150_000, t)).toBe('150 seconds');
  });
});
