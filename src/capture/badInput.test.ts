import { describe, expect, it } from 'vitest';
import { MAX_LISTED_WARNINGS, readCapture } from './read';
import { ETHERTYPE, TCP_FLAGS as F, ethernet, ipv4, pcap, pcapng, tcp } from './testing/captureBuilder';

const frame = ethernet(ipv4(tcp({ flags: F.SYN, seq: 1 })), ETHERTYPE.IPV4);
const twoFrames = () => pcap([{ data: frame }, { data: frame }]);

/** Overwrites a 32-bit little-endian field. */
function patch32(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
}

describe('file-level problems stop reading with a key; what was read before is kept', () => {
  it('an empty file', () => {
    expect(readCapture(new Uint8Array()).error).toEqual({ key: 'capture.error.empty', params: {} });
  });

  it('a file of three bytes', () => {
    expect(readCapture(new Uint8Array([0xd4, 0xc3, 0xb2])).error).toMatchObject({ key: 'capture.error.tooShort', params: { size: 3 } });
  });

  it('a wrong magic number names the bytes found', () => {
    const bytes = new Uint8Array([0x12, 0x34, 0x56, 0x78, ...new Uint8Array(40)]);
    expect(readCapture(bytes).error).toEqual({ key: 'capture.error.badMagic', params: { magic: '0x12345678' }, offset: 0 });
  });

  it('a pcap header cut short', () => {
    expect(readCapture(twoFrames().subarray(0, 20)).error).toMatchObject({
      key: 'capture.error.truncatedHeader',
      params: { size: 20, need: 24 },
    });
  });

  it('a file cut inside the second record keeps the first packet', () => {
    const bytes = twoFrames();
    const r = readCapture(bytes.subarray(0, bytes.length - 5));
    expect(r.ok).toBe(false);
    expect(r.error).toMatchObject({ key: 'capture.error.truncatedRecord', params: { frame: 2 } });
    expect(r.packets).toHaveLength(1);
    expect(r.bytesRead).toBe(24 + 16 + frame.length);
  });

  it('a file cut inside a record header', () => {
    const bytes = twoFrames();
    expect(readCapture(bytes.subarray(0, 24 + 16 + frame.length + 7)).error?.key).toBe('capture.error.truncatedRecord');
  });

  it('a packet length past the end of the file', () => {
    const bytes = patch32(twoFrames(), 24 + 16 + frame.length + 8, 5000);
    expect(readCapture(bytes).error).toMatchObject({ key: 'capture.error.truncatedRecord', params: { frame: 2 } });
  });

  it('a packet length no capture can have (corrupt length field)', () => {
    const bytes = patch32(twoFrames(), 24 + 8, 0x7fff_ffff);
    expect(readCapture(bytes).error).toMatchObject({
      key: 'capture.error.recordTooLong',
      params: { frame: 1, length: 0x7fff_ffff, max: 262_144 },
    });
  });

  it('a zero snaplen or a huge one is a warning: records carry their own lengths', () => {
    const zero = readCapture(pcap([{ data: frame }], { snaplen: 0 }));
    expect(zero.ok).toBe(true);
    expect(zero.warnings.map((w) => w.key)).toEqual(['capture.warning.snaplenZero']);
    const huge = readCapture(pcap([{ data: frame }], { snaplen: 0xffff_ffff }));
    expect(huge.ok).toBe(true);
    expect(huge.warnings[0]).toMatchObject({ key: 'capture.warning.snaplenHuge', params: { snaplen: 0xffff_ffff, max: 262_144 } });
  });

  it.each([
    ['µs', false, 1_000_000, 999_999],
    ['ns', true, 1_000_000_000, 999_999_999],
  ])('a sub-second field out of range (%s) is flagged and carried into the seconds', (_unit, nano, value, max) => {
    const r = readCapture(
      pcap(
        [
          { data: frame, sec: 10, frac: 0 },
          { data: frame, sec: 10, frac: value + (nano ? 500 : 5) },
        ],
        { nano },
      ),
    );
    expect(r.warnings[0]).toMatchObject({
      key: 'capture.warning.badSubsecond',
      params: { frame: 2, value: value + (nano ? 500 : 5), max },
    });
    expect(r.packets[1]!.timeUs).toBeCloseTo(1_000_000 + (nano ? 0.5 : 5), 6);
  });

  it('a record longer than its wire length is noted', () => {
    const r = readCapture(pcap([{ data: frame, origLen: 20 }]));
    expect(r.warnings[0]).toMatchObject({ key: 'capture.warning.caplenOverOrig', params: { frame: 1, caplen: frame.length, origLen: 20 } });
  });

  it('a record longer than 256 KiB is accepted when the snaplen allows it', () => {
    const jumbo = new Uint8Array(300_000);
    jumbo.set(frame);
    const r = readCapture(pcap([{ data: jumbo }], { snaplen: 1_000_000 }));
    expect(r.error).toBeNull();
    expect(r.packets).toHaveLength(1);
  });

  it('warnings past the listed ones are counted, not lost', () => {
    const bad = ipv4(tcp({ flags: F.ACK, dataOffset: 2 }));
    const r = readCapture(
      pcap([...Array.from({ length: MAX_LISTED_WARNINGS + 50 }, () => ({ data: bad })), { data: ipv4(tcp({ flags: F.SYN })) }], {
        linkType: 101,
      }),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings).toHaveLength(MAX_LISTED_WARNINGS + 1);
    expect(r.warnings.at(-1)).toEqual({ key: 'capture.warning.moreWarnings', params: { count: 50 } });
    expect(r.warningCounts['capture.warning.tcpDataOffsetTooSmall']).toBe(MAX_LISTED_WARNINGS + 50);
    expect(r.skipped.malformed).toBe(MAX_LISTED_WARNINGS + 50);
  });

  it('a capture with no TCP at all', () => {
    const arp = ethernet(new Uint8Array(28), ETHERTYPE.ARP);
    const r = readCapture(pcap([{ data: arp }, { data: arp }]));
    expect(r.error).toEqual({ key: 'capture.error.noTcp', params: { frames: 2 } });
    expect(readCapture(pcap([])).error).toEqual({ key: 'capture.error.noTcp', params: { frames: 0 } });
  });
});

describe('pcapng block lengths', () => {
  const file = () =>
    pcapng([
      {
        interfaces: [{ linkType: 1 }],
        blocks: [
          { type: 'epb', iface: 0, data: frame },
          { type: 'epb', iface: 0, data: frame },
        ],
      },
    ]);
  // SHB (28 bytes) + IDB (20 bytes) = 48: the first EPB starts there.
  const firstEpb = 48;
  const epbLength = 32 + Math.ceil(frame.length / 4) * 4;

  it.each([
    ['not a multiple of 4', epbLength + 2],
    ['under 12', 8],
    ['past the end of the file', 1 << 20],
    ['different from its trailing copy', epbLength + 4],
  ])('a block length %s stops reading; the packets before are kept', (_what, length) => {
    const bytes = patch32(file(), firstEpb + epbLength + 4, length);
    const r = readCapture(bytes);
    expect(r.error).toMatchObject({ key: 'capture.error.badBlockLength', params: { offset: firstEpb + epbLength, length } });
    expect(r.packets).toHaveLength(1);
  });

  it('a section header with an unknown byte-order magic', () => {
    const bytes = patch32(file(), 8, 0x11223344);
    expect(readCapture(bytes).error).toMatchObject({ key: 'capture.error.badSectionHeader', params: { offset: 0 } });
  });

  it('a file cut inside a block', () => {
    const bytes = file();
    const r = readCapture(bytes.subarray(0, bytes.length - 3));
    expect(r.error?.key).toBe('capture.error.badBlockLength');
    expect(r.packets).toHaveLength(1);
  });

  it('an enhanced packet block whose captured length runs past the block skips that packet', () => {
    const bytes = patch32(file(), firstEpb + 8 + 12, 9999);
    const r = readCapture(bytes);
    expect(r.warnings[0]).toMatchObject({ key: 'capture.warning.frameCut', params: { frame: 1 } });
    expect(r.packets.map((p) => p.frame)).toEqual([2]);
  });
});
