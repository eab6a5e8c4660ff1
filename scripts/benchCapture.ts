/**
 * Capture import throughput for `npm run bench` (issue 12, "Speed"): a generated pcap of
 * 1,000,000 TCP packets (many short connections: the `close` scenario as the client captured it,
 * copied with a new client address and port for each connection), read by our reader (every
 * segment decoded and numbered into tcp.stream connections) and, in the same run, by
 * `tshark -r FILE -T fields -e tcp.stream -e tcp.flags -e tcp.seq -e tcp.ack`. Prints packets
 * per CPU second and MB/s for both, and our speed as a multiple of tshark's by CPU time (goal: 10×).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCapture } from '../src/capture';
import { DEFAULT_OPTIONS, simulateScenario } from '../src/engine';
import { traceToPcap } from '../src/export';

const PACKETS = 1_000_000;
const GOAL_MULTIPLE = 10;
const PCAP_HEADER = 24;
const RECORD_HEADER = 16;
/** Offsets in an Ethernet + IPv4 (20-byte header) frame. */
const IP_SRC = 14 + 12;
const IP_DST = 14 + 16;
const TCP_SRC_PORT = 34;
const TCP_DST_PORT = 36;

/** The records of one exported connection, each as [offset, length] into `file`. */
function records(file: Uint8Array): [number, number][] {
  const view = new DataView(file.buffer, file.byteOffset);
  const out: [number, number][] = [];
  for (let at = PCAP_HEADER; at < file.length;) {
    const length = RECORD_HEADER + view.getUint32(at + 8, true);
    out.push([at, length]);
    at += length;
  }
  return out;
}

/**
 * `count` packets: copies of one connection; connection n comes from port 1024 + n % 60000 of
 * client 10.0.0.(1 + n / 60000): a few hosts with many connections each, as in a lab's capture.
 */
export function generatedCapture(count: number): Uint8Array {
  const one = traceToPcap(simulateScenario('close', DEFAULT_OPTIONS), { side: 'client', ipVersion: 4 });
  const recs = records(one);
  const perConnection = recs.reduce((sum, [, length]) => sum + length, 0);
  const connections = Math.ceil(count / recs.length);
  const out = new Uint8Array(PCAP_HEADER + connections * perConnection);
  out.set(one.subarray(0, PCAP_HEADER));
  const view = new DataView(out.buffer);
  let at = PCAP_HEADER;
  let written = 0;
  for (let n = 0; n < connections && written < count; n++) {
    const port = 1024 + (n % 60_000);
    for (const [offset, length] of recs) {
      if (written === count) break;
      out.set(one.subarray(offset, offset + length), at);
      const frame = at + RECORD_HEADER;
      const clientIsSource = out[frame + IP_SRC] === 192;
      const addr = frame + (clientIsSource ? IP_SRC : IP_DST);
      view.setUint32(addr, (10 << 24) | (1 + Math.floor(n / 60_000)));
      view.setUint16(frame + (clientIsSource ? TCP_SRC_PORT : TCP_DST_PORT), port);
      // Spread the connections over time so every one is a new tcp.stream.
      view.setUint32(at, view.getUint32(at, true) + n * 2, true);
      at += length;
      written++;
    }
  }
  return out.subarray(0, at);
}

/** Wall-clock and CPU seconds (user + system) that `work` took in this process. */
function timed(work: () => void): { wall: number; cpu: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/**
 * tshark's wall-clock and CPU seconds, read with the shell's `times` (its children's user and
 * system time); null when tshark is missing or fails.
 */
function tsharkTimes(file: string): { wall: number; cpu: number } | null {
  const fields = ['tcp.stream', 'tcp.flags', 'tcp.seq', 'tcp.ack'].map((f) => `-e ${f}`).join(' ');
  const start = performance.now();
  const run = spawnSync('bash', ['-c', `tshark -r "$0" -T fields ${fields} > /dev/null 2>&1 || exit 3; times`, file], { encoding: 'utf8' });
  const wall = (performance.now() - start) / 1000;
  if (run.status !== 0) return null;
  // `times` prints the shell's own times, then its children's: "0m14.040s 0m0.500s".
  const children = run.stdout.trim().split('\n').at(-1) ?? '';
  const parts = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wall, cpu: parts.reduce((sum, v) => sum + v, 0) };
}

export function reportCaptureThroughput(): void {
  console.log(`\nCapture import: a generated pcap of ${PACKETS.toLocaleString('en')} packets`);
  const bytes = generatedCapture(PACKETS);
  const mb = bytes.length / 1e6;
  const dir = mkdtempSync(join(tmpdir(), 'bench-capture-'));
  const file = join(dir, 'generated.pcap');
  writeFileSync(file, bytes);
  try {
    let packets = 0;
    const ours = timed(() => {
      packets = readCapture(bytes).packets.length;
    });
    const line = (who: string, t: { wall: number; cpu: number }) =>
      console.log(
        `  ${who.padEnd(44)} ${t.wall.toFixed(2).padStart(7)} s wall ${t.cpu.toFixed(2).padStart(7)} s CPU  ` +
          `${Math.round(PACKETS / t.cpu)
            .toLocaleString('en')
            .padStart(11)} packets/s  ${(mb / t.cpu).toFixed(1).padStart(7)} MB/s (per CPU second)`,
      );
    line(`our reader (${packets.toLocaleString('en')} segments, ${mb.toFixed(1)} MB)`, ours);
    const theirs = tsharkTimes(file);
    if (theirs === null) {
      console.log('  tshark: not run (install it: apt-get install tshark)');
      return;
    }
    line('tshark -T fields (stream, flags, seq, ack)', theirs);
    // CPU time is the fair measure on a shared machine: wall time there is each process's share.
    const multiple = theirs.cpu / ours.cpu;
    console.log(
      `  ours is ${multiple.toFixed(1)}× tshark by CPU time (${(theirs.wall / ours.wall).toFixed(1)}× by wall clock)   ` +
        `goal ≥ ${GOAL_MULTIPLE}×  ${multiple >= GOAL_MULTIPLE ? 'PASS' : 'UNDER'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
