import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../engine';
import { CAPTURE_EPOCH_SECONDS, internetChecksum, traceToPcap } from './tracePcap';

const u32le = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const u16be = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint16(at, false);
const u32be = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, false);

/** The first record's frame: after the 24-byte file header and the 16-byte record header. */
const firstFrame = (file: Uint8Array) => file.subarray(40, 40 + u32le(file, 32));

describe('pcap export', () => {
  it('the Internet checksum matches RFC 1071’s worked example (sum 0xddf2, checksum 0x220d)', () => {
    expect(internetChecksum(Uint8Array.from([0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7]))).toBe(0x220d);
  });

  it('a checksum over data that includes its own checksum is zero (how a receiver verifies it)', () => {
    const file = traceToPcap(simulateScenario('handshake', DEFAULT_OPTIONS));
    const ip = firstFrame(file).subarray(14, 34);
    expect(internetChecksum(ip)).toBe(0);
  });

  it('writes a pcap header: microsecond magic, version 2.4, Ethernet', () => {
    const file = traceToPcap(simulateScenario('handshake', DEFAULT_OPTIONS));
    expect(u32le(file, 0)).toBe(0xa1b2c3d4);
    expect([file[4], file[6]]).toEqual([2, 4]);
    expect(u32le(file, 20)).toBe(1);
  });

  it('the client’s SYN carries the trace’s ports, ISN, SYN bit and MSS option, at trace time 0', () => {
    const trace = simulateScenario('handshake', DEFAULT_OPTIONS);
    const file = traceToPcap(trace);
    expect(u32le(file, 24)).toBe(CAPTURE_EPOCH_SECONDS);
    expect(u32le(file, 28)).toBe(0);
    const tcp = firstFrame(file).subarray(34);
    const syn = trace.segments[0]!;
    expect(u16be(tcp, 0)).toBe(syn.srcPort);
    expect(u16be(tcp, 2)).toBe(syn.dstPort);
    expect(u32be(tcp, 4)).toBe(syn.seq);
    expect(tcp[13]).toBe(0x02);
    expect(tcp[20]).toBe(2); // option kind 2: MSS (RFC 9293 §3.2)
    expect(u16be(tcp, 22)).toBe(syn.options?.mss);
  });

  it('under IPv6 the frame carries EtherType 0x86dd and a 40-byte header with next header TCP', () => {
    const file = traceToPcap(simulateScenario('handshake', DEFAULT_OPTIONS), { side: 'client', ipVersion: 6 });
    const frame = firstFrame(file);
    expect(u16be(frame, 12)).toBe(0x86dd);
    expect(frame[14]! >> 4).toBe(6);
    expect(frame[14 + 6]).toBe(6);
  });

  it('is the same bytes for the same trace (reproducible exports)', () => {
    const trace = simulateScenario('close', DEFAULT_OPTIONS);
    expect(traceToPcap(trace)).toEqual(traceToPcap(trace));
  });
});
