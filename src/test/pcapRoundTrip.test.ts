/**
 * Export a scenario as pcap, read it back with the capture reader: every segment the capture point
 * saw comes back with the same flags, numbers, length, window and time. (Wireshark's own reading
 * of the same files is checked in scripts/pcapTshark.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readCapture } from '../capture';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario } from '../engine';
import { CAPTURE_EPOCH_SECONDS, segmentsSeenAt, traceToPcap } from '../export';

describe.each(SCENARIO_IDS)('%s exported as pcap and read back', (id) => {
  const trace = simulateScenario(id, DEFAULT_OPTIONS);
  it.each([
    ['client', 4],
    ['server', 4],
    ['client', 6],
  ] as const)('at the %s, IPv%d', (side, ipVersion) => {
    const read = readCapture(traceToPcap(trace, { side, ipVersion }));
    const expected = segmentsSeenAt(trace, side);
    // A host that saw nothing (every SYN to it lost) writes a capture with no packet in it.
    expect(read.ok ? 'ok' : read.error?.key).toBe(expected.length > 0 ? 'ok' : 'capture.error.noTcp');
    expect(read.warnings).toEqual([]);
    expect(read.packets.map((p) => [[...p.flags].sort().join(), p.seq, p.ack, p.len, p.window, p.srcPort, p.dstPort, p.ipVersion])).toEqual(
      expected.map(({ segment: s }) => [[...s.flags].sort().join(), s.seq, s.ack, s.len, s.window, s.srcPort, s.dstPort, ipVersion]),
    );
    // In whole microseconds, the file's resolution.
    const micros = read.packets.map((p) => (p.epochSec - CAPTURE_EPOCH_SECONDS) * 1e6 + Math.round(p.epochNs / 1e3));
    expect(micros).toEqual(expected.map((s) => Math.round(s.t * 1000)));
  });
});
