/**
 * The reader never throws and always finishes, whatever the bytes: random files and mutations
 * (bit flips, truncations, corrupted length fields) of real and built captures. A fast run by
 * default (fixed seeds); FUZZ_RUNS=100000 for the long run the issue asks for.
 *
 * "Always finishes" is checked without a clock: every event the reader yields accounts for at
 * least one byte of the file, so the number of events is bounded by the file's size; a loop
 * that failed to advance would break the bound (or hang the test, which the runner reports).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { iterateCapture, readCapture, type CaptureEvent } from './read';
import { ETHERTYPE, TCP_FLAGS as F, ethernet, ipv4, ipv6, opt, pcap, pcapng, sll2, tcp } from './testing/captureBuilder';

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 0;
const runs = (fast: number) => (RUNS > 0 ? RUNS : fast);

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** Every valid capture among the fixtures: tcpdump's, the local Linux ones, the built ones. */
const realFiles = ['', 'local', 'built'].flatMap((dir) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => /\.pcap(ng)?$/.test(f))
    .map((f) => new Uint8Array(readFileSync(join(fixtures, dir, f)))),
);

const syn = tcp({ flags: F.SYN, seq: 1, options: [...opt.mss(1460), ...opt.sackPerm(), ...opt.ts(1, 0), ...opt.nop(), ...opt.ws(7)] });
const builtFiles = [
  pcapng([
    {
      le: true,
      interfaces: [{ linkType: 1 }, { linkType: 276, tsresol: 9 }],
      blocks: [
        { type: 'epb', iface: 0, data: ethernet(ipv4(syn), ETHERTYPE.IPV4, [ETHERTYPE.VLAN]), ts: 1n << 40n },
        { type: 'other', code: 4, body: [1, 2, 3, 4] },
        {
          type: 'epb',
          iface: 1,
          data: sll2(
            ipv6(syn, {
              extensions: [
                { type: 0, length: 8 },
                { type: 44, length: 8 },
              ],
            }),
            ETHERTYPE.IPV6,
          ),
          ts: 1n << 50n,
        },
        { type: 'spb', data: ethernet(ipv4(syn), ETHERTYPE.IPV4) },
      ],
    },
    { le: false, interfaces: [{ linkType: 101 }], blocks: [{ type: 'opb', iface: 0, data: ipv4(syn) }] },
  ]),
  pcap(
    [
      {
        data: ipv6(syn, {
          extensions: [
            { type: 51, length: 16 },
            { type: 60, length: 8 },
          ],
        }),
      },
      { data: ipv4(syn) },
    ],
    { linkType: 101, nano: true, le: false },
  ),
];
const seeds = [...realFiles, ...builtFiles];

const messageKeys = new Set(Object.keys(en));

/**
 * Reads everything and lists broken invariants (the ones the later layers rely on). Plain checks
 * per event, one expect per case: expect is too slow to call for every event of 100 000 cases.
 */
function problems(bytes: Uint8Array): string[] {
  const found: string[] = [];
  const check = (condition: boolean, what: string) => {
    if (!condition) found.push(what);
  };
  let events = 0;
  let end: Extract<CaptureEvent, { type: 'end' }> | undefined;
  for (const event of iterateCapture(bytes)) {
    events += 1;
    if (events > bytes.length + 4) {
      found.push(`more events (${events}) than bytes (${bytes.length}): a loop that does not advance`);
      break;
    }
    if (event.type === 'warning') check(messageKeys.has(event.issue.key), `warning without a text: ${event.issue.key}`);
    else if (event.type === 'segment') {
      const s = event.segment;
      check(s.len >= 0 && s.capturedLen >= 0 && s.capturedLen <= s.len, `lengths len=${s.len} capturedLen=${s.capturedLen}`);
      check(Number.isFinite(s.timeUs), `time ${s.timeUs}`);
      check(s.headerLength >= 20 && s.headerLength <= 60, `header length ${s.headerLength}`);
    } else if (event.type === 'end') end = event;
  }
  if (!end) return [...found, 'no end event'];
  const { summary } = end;
  if (summary.error) check(messageKeys.has(summary.error.key), `error without a text: ${summary.error.key}`);
  check(summary.connections.length <= summary.segments, 'more connections than segments');
  return found;
}

type Mutation =
  { kind: 'flip'; at: number; bit: number } | { kind: 'truncate'; at: number } | { kind: 'set32'; at: number; value: number; le: boolean };

const interesting32 = fc.oneof(
  fc.constantFrom(0, 1, 3, 4, 11, 12, 13, 16, 28, 0xff, 0xffff, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff, 262_144, 262_145),
  fc.nat({ max: 0xffff_ffff }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set32' as const), at: fc.nat(), value: interesting32, le: fc.boolean() }),
);

function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = seed.slice();
  for (const m of mutations) {
    if (bytes.length === 0) break;
    const at = m.at % bytes.length;
    if (m.kind === 'flip') bytes[at]! ^= 1 << m.bit;
    else if (m.kind === 'truncate') bytes = bytes.slice(0, at);
    else if (at + 4 <= bytes.length) new DataView(bytes.buffer).setUint32(at, m.value, m.le);
  }
  return bytes;
}

// The long run (FUZZ_RUNS) takes minutes on a busy machine; the default run takes seconds.
describe('fuzz: the reader never throws and always finishes', { timeout: RUNS > 0 ? 3_600_000 : 60_000 }, () => {
  it('random bytes, with and without a capture signature in front', () => {
    const prefix = fc.constantFrom(
      [],
      [0xd4, 0xc3, 0xb2, 0xa1],
      [0xa1, 0xb2, 0xc3, 0xd4],
      [0x4d, 0x3c, 0xb2, 0xa1],
      [0x0a, 0x0d, 0x0d, 0x0a],
    );
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 600 }), (head, body) => {
        expect(problems(Uint8Array.from([...head, ...body]))).toEqual([]);
      }),
      { numRuns: runs(2000), seed: 12 },
    );
  });

  it('mutations of valid captures: bit flips, truncations, corrupted length fields', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (which, mutations) => {
        expect(problems(mutate(seeds[which]!, mutations))).toEqual([]);
      }),
      { numRuns: runs(3000), seed: 1212 },
    );
  });

  it('the seeds themselves read cleanly', () => {
    for (const seed of seeds) expect(readCapture(seed).packets.length).toBeGreaterThan(0);
  });
});
