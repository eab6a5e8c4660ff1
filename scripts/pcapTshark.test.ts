/**
 * Wireshark reads our exported pcaps as we mean them: for every scenario, captured at either
 * host, tshark finds the same segments with the same flags, raw seq and ack, length and time, and
 * good IPv4 and TCP checksums. Needs tshark (Debian: apt-get install tshark; .ci/run installs it):
 * without it this suite fails rather than skipping.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario, type ControlBit } from '../src/engine';
import { CAPTURE_EPOCH_SECONDS, segmentsSeenAt, traceToPcap } from '../src/export';

const FLAG_BITS: Record<ControlBit, number> = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ECE: 0x40, CWR: 0x80 };
const FIELDS = [
  'frame.time_epoch',
  'tcp.flags',
  'tcp.seq_raw',
  'tcp.ack_raw',
  'tcp.len',
  'ip.checksum.status',
  'tcp.checksum.status',
  '_ws.malformed',
];

let dir = '';
beforeAll(() => {
  const probe = spawnSync('tshark', ['-v'], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error('tshark is not installed: apt-get install tshark (.ci/run installs it)');
  dir = mkdtempSync(join(tmpdir(), 'pcap-tshark-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function tsharkRows(file: string): string[][] {
  const args = ['-r', file, '-o', 'tcp.check_checksum:TRUE', '-o', 'ip.check_checksum:TRUE', '-T', 'fields', '-E', 'separator=\t'];
  const out = execFileSync('tshark', [...args, ...FIELDS.flatMap((f) => ['-e', f])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  // A capture with no packet at all (every segment lost before this host) prints nothing.
  if (out === '') return [];
  return out
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
}

describe.each(SCENARIO_IDS)('tshark reads the %s export', (id) => {
  const trace = simulateScenario(id, DEFAULT_OPTIONS);
  it.each(['client', 'server'] as const)('captured at the %s', (side) => {
    const file = join(dir, `${id}-${side}.pcap`);
    writeFileSync(file, traceToPcap(trace, { side, ipVersion: 4 }));
    const rows = tsharkRows(file);
    const expected = segmentsSeenAt(trace, side).map(({ t, segment: s }) => [
      ((CAPTURE_EPOCH_SECONDS * 1e6 + Math.round(t * 1000)) / 1e6).toFixed(6),
      `0x${s.flags
        .reduce((bits, f) => bits | FLAG_BITS[f], 0)
        .toString(16)
        .padStart(4, '0')}`,
      String(s.seq),
      // tshark prints the raw field whatever the ACK bit says; ours is 0 without it.
      String(s.ack ?? 0),
      String(s.len),
      // Wireshark's checksum status: 0 bad, 1 good, 2 unverified.
      '1',
      '1',
      '',
    ]);
    expect(rows.map((r) => [Number(r[0]).toFixed(6), ...r.slice(1)])).toEqual(expected);
  });
});
