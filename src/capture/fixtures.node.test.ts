/**
 * The capture reader against real captures (tcpdump's test files, see fixtures/README.md) with
 * tshark as the oracle: fixtures/*.tshark.tsv hold what tshark printed for each file
 * (scripts/capture-oracle.sh regenerates them), so these tests run without tshark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCapture, type CaptureResult } from './read';
import { BUILT_FIXTURES } from './testing/builtFixtures';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');
const captures = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.pcap(ng)?$/.test(f))
    .sort();
const valid = captures(fixtures);
const malformed = captures(join(fixtures, 'malformed')).map((f) => `malformed/${f}`);
const built = captures(join(fixtures, 'built')).map((f) => `built/${f}`);
const local = captures(join(fixtures, 'local')).map((f) => `local/${f}`);
const read = (name: string) => readCapture(readFileSync(join(fixtures, name)));

/** Our segments in tshark's fields: tcp.stream, tcp.flags, tcp.seq_raw, tcp.ack_raw, tcp.len. */
const asTshark = (r: CaptureResult) =>
  r.packets.map((p) => [p.stream, `0x${p.flagBits.toString(16).padStart(4, '0')}`, p.seq, p.ackRaw, p.len].join('\t'));
const tsharkRows = (name: string) =>
  readFileSync(join(fixtures, `${name}.tshark.tsv`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

describe('real captures: the same streams, flags, seq, ack and lengths as tshark', () => {
  it('there are fixtures to test (and an expectation for each)', () => {
    expect(valid.length).toBeGreaterThanOrEqual(9);
    expect(built).toHaveLength(Object.keys(BUILT_FIXTURES).length);
    expect(local).toHaveLength(2);
    for (const name of [...valid, ...malformed, ...built, ...local]) expect(existsSync(join(fixtures, `${name}.tshark.tsv`))).toBe(true);
  });

  it.each([...valid, ...malformed, ...built, ...local])('%s', (name) => {
    expect(asTshark(read(name))).toEqual(tsharkRows(name));
  });

  // CI places the shared captures beside the repository; a file added there must be copied here too.
  const shared = join(here, '../../../shared/captures/external');
  it.runIf(existsSync(shared))('every shared external capture has an identical copy among the fixtures', () => {
    const names = [...captures(shared), ...captures(join(shared, 'malformed')).map((f) => `malformed/${f}`)];
    const differing = names.filter(
      (name) => !existsSync(join(fixtures, name)) || !readFileSync(join(fixtures, name)).equals(readFileSync(join(shared, name))),
    );
    expect(differing).toEqual([]);
  });
});

describe('built captures (checked by tshark too)', () => {
  it('the committed files are what the builder makes (else run scripts/capture-oracle.sh)', () => {
    const stale = Object.entries(BUILT_FIXTURES).filter(
      ([name, make]) => !Buffer.from(make()).equals(readFileSync(join(fixtures, 'built', name))),
    );
    expect(stale.map(([name]) => name)).toEqual([]);
  });

  it('multi-interface.pcapng: each interface its own link type and clock, the second section big-endian', () => {
    const r = read('built/multi-interface.pcapng');
    expect(r.packets.map((p) => [p.interfaceId, p.src, Math.round(p.timeUs)])).toEqual([
      [0, '10.0.0.1', 0],
      [1, '10.0.0.2', 100],
      [0, '10.0.0.1', 200],
      [0, '2001:db8::10', 1_000_000],
      [1, '2001:db8::20', 1_000_500],
      [0, '2001:db8::10', 1_001_000],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('port-reuse.pcap: the same ports again after a full close, after a RST, and with a retransmitted SYN', () => {
    expect(read('built/port-reuse.pcap').connections.map((c) => [c.stream, c.client.port, c.packets, c.end])).toEqual([
      [0, 40000, 8, 'fin'],
      [1, 40000, 9, 'rst'],
      [2, 40000, 4, 'open'],
      [3, 40001, 1, 'open'],
    ]);
  });
});

describe('captures recorded on Linux loopback', () => {
  const ends = ['fin', 'fin', 'rst', 'fin', 'fin', 'fin'];
  const expected = ends.map((end, stream) => [stream, stream < 5 ? '127.0.0.1' : '::1', 47111, end]);

  it.each(['local/linux-loopback.pcapng', 'local/linux-any-sll2-snap80.pcap'])('%s: six connections and how each ended', (name) => {
    const r = read(name);
    expect(r.connections.map((c) => [c.stream, c.client.addr, c.server.port, c.end])).toEqual(expected);
    expect(r.connections.every((c) => c.clientFromSyn)).toBe(true);
  });

  it('the pcapng written by dumpcap (section and interface options) reads without a warning', () => {
    const r = read('local/linux-loopback.pcapng');
    expect(r.format).toBe('pcapng');
    expect(r.warnings).toEqual([]);
  });

  it('a snaplen of 80 on SLL2: one summary for cut options, one for cut payloads, numbering intact', () => {
    const r = read('local/linux-any-sll2-snap80.pcap');
    expect(r.warnings.map((w) => [w.key, w.params.count])).toEqual([
      ['capture.warning.tcpOptionsCut', 10],
      ['capture.warning.packetsTruncated', 14],
    ]);
    const full = read('local/linux-loopback.pcapng');
    expect(r.packets.map((p) => p.len)).toEqual(full.packets.map((p) => p.len));
  });
});

describe('real captures: what the later layers need', () => {
  it.each(valid)('%s reads without an error', (name) => {
    const r = read(name);
    expect(r.error).toBeNull();
    expect(r.ok).toBe(true);
  });

  it('nanosecond pcap on Linux cooked capture: times and the SYN-ACK options in their own order', () => {
    const r = read('tcp-handshake-nano.pcap');
    expect(r.packets.map((p) => p.ipVersion)).toEqual([4, 4, 4]);
    // tshark: frame.time_relative 0.127521774 and 0.127609669, epoch 1418145369.924505488.
    expect(r.packets.map((p) => Math.round(p.timeUs * 1000))).toEqual([0, 127_521_774, 127_609_669]);
    expect(r.start).toEqual({ epochSec: 1_418_145_369, epochNs: 924_505_488 });
    expect(r.packets[1]!.options.map((o) => o.name)).toEqual(['MSS', 'NOP', 'WS', 'SACK_PERM', 'TS']);
    expect(r.connections[0]).toMatchObject({ clientFromSyn: true, client: { port: 46656 }, server: { port: 80 }, end: 'open' });
  });

  it('whois: the server closes first, both FINs: ended by FIN', () => {
    expect(read('whois.pcap').connections).toMatchObject([
      { stream: 0, packets: 11, end: 'fin', clientFromSyn: true, server: { port: 43 } },
    ]);
  });

  it('mptcp-fclose: two ARP frames skipped and counted; MPTCP options kept as kind 30; ended by RST', () => {
    const r = read('mptcp-fclose.pcap');
    expect(r.skipped.nonIp).toBe(2);
    expect(r.packets[0]!.frame).toBe(3);
    expect(r.packets[0]!.options.some((o) => o.kind === 30 && o.name === 'unknown')).toBe(true);
    expect(r.connections[0]!.end).toBe('rst');
  });

  it('tfo: three streams; the SYN carries 4 bytes and the TFO option 254', () => {
    const r = read('tfo-5c1fa7f9ae91.pcap');
    expect(r.connections.map((c) => [c.stream, c.packets, c.end])).toEqual([
      [0, 6, 'fin'],
      [1, 6, 'fin'],
      [2, 2, 'open'],
    ]);
    const dataSyn = r.packets.find((p) => p.stream === 2)!;
    expect(dataSyn).toMatchObject({ flags: ['SYN'], len: 4 });
    expect(dataSyn.options.some((o) => o.kind === 254)).toBe(true);
  });

  it('accecn: the SYN sets AE, CWR and ECE', () => {
    expect(read('accecn_handshake.pcap').packets[0]!.flags).toEqual(['AE', 'CWR', 'ECE', 'SYN']);
  });

  it('christmas tree: all eight low flags in one segment', () => {
    expect(read('tcp_eight_lowest_weight_flags_set.pcap').packets[0]!.flags).toEqual([
      'CWR',
      'ECE',
      'URG',
      'ACK',
      'PSH',
      'RST',
      'SYN',
      'FIN',
    ]);
  });

  it('a RST with 58 bytes of diagnostic payload', () => {
    expect(read('tcp_rst_data.pcap').packets[0]).toMatchObject({ flags: ['ACK', 'RST'], len: 58, capturedLen: 58, truncated: false });
  });
});

describe('deliberately malformed captures: each gives its message key', () => {
  const keys = (r: CaptureResult) => [...r.warnings.map((w) => w.key), ...(r.error ? [r.error.key] : [])];

  it('timestamp_invalid_micro: sub-second fields out of range, flagged on packets 2 and 3', () => {
    const r = read('malformed/timestamp_invalid_micro.pcap');
    expect(keys(r)).toEqual(['capture.warning.badSubsecond', 'capture.warning.badSubsecond']);
    expect(r.warnings.map((w) => w.params)).toEqual([
      { frame: 2, value: 1_000_000, max: 999_999 },
      { frame: 3, value: 2_147_483_648, max: 999_999 },
    ]);
  });

  it('tcp_header_heapoverflow: TCP header cut after 12 bytes, so no TCP at all', () => {
    const r = read('malformed/tcp_header_heapoverflow.pcap');
    expect(keys(r)).toEqual(['capture.warning.tcpHeaderCut', 'capture.error.noTcp']);
    expect(r.warnings[0]!.params).toEqual({ frame: 1, captured: 12 });
  });

  it('heapoverflow-tcp_print: a 60-byte TCP header of which 30 bytes were captured: kept, options cut', () => {
    const r = read('malformed/heapoverflow-tcp_print.pcap');
    expect(keys(r)).toEqual(['capture.warning.tcpOptionsCut', 'capture.warning.packetsTruncated']);
    expect(r.warnings[0]!.params).toEqual({ count: 1, frame: 1 });
    expect(r.packets[0]).toMatchObject({ headerLength: 60, len: 12256, capturedLen: 0, truncated: true });
  });

  it('tcp_rst_data-trunc: the RST payload is one byte short: kept, marked truncated', () => {
    const r = read('malformed/tcp_rst_data-trunc.pcap');
    expect(keys(r)).toEqual(['capture.warning.packetsTruncated']);
    expect(r.packets[0]).toMatchObject({ len: 58, capturedLen: 57, truncated: true });
  });
});
