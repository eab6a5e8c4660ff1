/**
 * The listener's queue of half-open connections against the real kernel. capture.sh's flood cases
 * send 8 SYNs, whose SYN,ACKs are never answered, to a listener made with listen(fd, 1): `flood`
 * with the kernel's default tcp_syncookies = 1, `flood-nocookies` with 0. The engine's Linux
 * profile must hold as many half-open connections as the kernel did, and answer the rest the same
 * way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapture } from '../../src/capture';
import { DEFAULT_OPTIONS, simulate, listenQueueCapacity, type Scenario } from '../../src/engine';
import { CAPTURES, flagText } from './groundTruth';

const FLOOD_SYNS = 8;

/** What the kernel did with the flood: SYNs that reached the listener, and the SYN,ACKs it sent. */
function kernelFlood(name: string): { syns: number; synAcks: number; cookiesSent: number } {
  const { serverPort } = JSON.parse(readFileSync(join(CAPTURES, `${name}.json`), 'utf8')) as { serverPort: number };
  const packets = readCapture(readFileSync(join(CAPTURES, `${name}.pcap`))).packets;
  const counter = /^TcpExtSyncookiesSent\s+(\d+)/m.exec(readFileSync(join(CAPTURES, `${name}.txt`), 'utf8'));
  return {
    syns: packets.filter((p) => p.dstPort === serverPort && flagText(p.flags) === 'SYN').length,
    synAcks: packets.filter((p) => p.srcPort === serverPort && flagText(p.flags) === 'ACK,SYN').length,
    cookiesSent: Number(counter?.[1] ?? NaN),
  };
}

/** The same flood in the lab: 8 SYNs from other hosts at a listener with listen(fd, 1). */
const flood: Scenario = {
  id: 'flood',
  calls: [{ side: 'server', call: 'listen', when: { at: 0 } }],
  injections: Array.from({ length: FLOOD_SYNS }, (_, i) => ({
    origin: 'spoofed' as const,
    at: i,
    from: 'client' as const,
    flags: ['SYN'] as const,
    seqFromIsn: 1000 * (i + 1),
    srcPort: 50000 + i,
    srcAddr: `203.0.113.${i + 1}`,
  })),
  endpoints: { server: { backlog: 1 } },
  horizonMs: 500,
};

describe('listen(fd, 1) under a flood of 8 SYNs: Linux 6.18 against the profiles', () => {
  it('SYN cookies off: the kernel answers 2 of the 8 SYNs, so its queue holds backlog + 1; the Linux profile holds 2', () => {
    const kernel = kernelFlood('flood-nocookies');
    expect(kernel.syns).toBe(FLOOD_SYNS);
    expect(kernel.synAcks).toBe(2);
    expect(listenQueueCapacity({ profile: 'linux', backlog: 1 })).toBe(kernel.synAcks);
  });

  it('the RFC profile reads the backlog as POSIX words it: listen(fd, 1) holds one half-open connection', () => {
    expect(listenQueueCapacity({ profile: 'rfc9293', backlog: 1 })).toBe(1);
    const trace = simulate(flood, { ...DEFAULT_OPTIONS, profile: 'rfc9293', synCookies: false });
    expect(trace.steps.filter((s) => s.rule === 'listen-syn-queued')).toHaveLength(1);
    expect(trace.steps.filter((s) => s.rule === 'listen-backlog-full')).toHaveLength(FLOOD_SYNS - 1);
  });

  it('SYN cookies on (the default): the kernel queues 2 and answers the other 6 with cookies; so does the Linux profile', () => {
    const kernel = kernelFlood('flood');
    expect(kernel.synAcks).toBe(FLOOD_SYNS);
    expect(kernel.cookiesSent).toBe(6);
    const rules = simulate(flood, { ...DEFAULT_OPTIONS, profile: 'linux' }).steps.map((s) => s.rule);
    expect(rules.filter((r) => r === 'listen-syn-queued')).toHaveLength(FLOOD_SYNS - kernel.cookiesSent);
    expect(rules.filter((r) => r === 'listen-syn-cookie')).toHaveLength(kernel.cookiesSent);
  });
});
