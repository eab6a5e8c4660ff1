import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../src/engine';
import { isControlCharacter } from './traceArgs';

const tsx = ['node_modules/tsx/dist/cli.mjs', 'scripts/trace.ts'];

function run(args: string[]) {
  return spawnSync(process.execPath, [...tsx, ...args], { encoding: 'utf8' });
}

// Each case starts a Node process with tsx; on a busy 2-core machine that can take seconds.
describe('npm run trace', { timeout: 30_000 }, () => {
  it('prints the JSON contract for a scenario', () => {
    const out = execFileSync(process.execPath, [...tsx, 'close-fin-ack', '--json'], { encoding: 'utf8' });
    const json = JSON.parse(out);
    expect(json.scenario).toBe('close-fin-ack');
    expect(json.states.client).toEqual(['CLOSED', 'SYN-SENT', 'ESTABLISHED', 'FIN-WAIT-1', 'TIME-WAIT', 'CLOSED']);
  });

  it('rejects an unknown id with exit code 2 and lists the valid ids', () => {
    const result = run(['no-such-scenario']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown scenario "no-such-scenario"');
    for (const id of SCENARIO_IDS) expect(result.stderr).toContain(id);
  });

  it('rejects a bad option value with exit code 2', () => {
    const result = run(['close', '--latency', 'fast']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--latency');
  });

  it('writes a pcap as bytes on stdout and a packetdrill script as text', () => {
    const pcap = spawnSync(process.execPath, [...tsx, 'handshake', '--format', 'pcap']);
    expect(pcap.status).toBe(0);
    expect(pcap.stdout.readUInt32LE(0)).toBe(0xa1b2c3d4);
    const drill = run(['close', '--format', 'packetdrill', '--side', 'server']);
    expect(drill.stdout).toContain('0.000 listen(3, 128) = 0');
    expect(drill.stdout).toContain('accept(3, ..., ...) = 4');
  });

  it('prints Mermaid and text formats', () => {
    expect(run(['handshake', '--format', 'mermaid']).stdout).toMatch(/^sequenceDiagram\n/);
    expect(run(['handshake', '--format', 'text', '--relative']).stdout).toContain('SYN, ACK seq=0 ack=1');
  });

  it('--relative counts from each incarnation’s ISN and prints the app’s labels: an old duplicate is shown as sent and marked, never wrapped', () => {
    const text = run(['old-duplicate-syn', '--format', 'text', '--relative']).stdout;
    expect(text).toContain(' SYN seq=990* (old duplicate) ');
    expect(text).toContain(' SYN, ACK seq=0 ack=1 (ISN 80000) ');
    expect(text).toMatch(/^\* absolute number: it belongs to no connection incarnation of ours/m);
    expect(text).not.toMatch(/seq=-|4294967286/);
  });

  it('--json --relative adds each segment’s label and its relative numbers (null where there is no ISN of ours)', () => {
    const json = JSON.parse(run(['refused', '--json', '--relative']).stdout);
    expect(json.segments.map((s: { label: string; relative: unknown }) => [s.label, s.relative])).toEqual([
      ['SYN seq=0 (ISN 1000)', { seq: 0, ack: null, isn: 1000 }],
      ['RST, ACK seq=0* ack=1', { seq: null, ack: 1, isn: null }],
    ]);
  });

  it('--pcap --list --json prints the connection list of a capture', () => {
    const result = run(['--pcap', 'src/capture/fixtures/whois.pcap', '--list', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).connections).toHaveLength(1);
  });

  it("--pcap --stream N --json prints that connection's packets", () => {
    const result = run(['--pcap', 'src/capture/fixtures/whois.pcap', '--stream', '0', '--json']);
    expect(JSON.parse(result.stdout).packets).toHaveLength(11);
  });

  it.each([
    ['a file that is not a capture', 'package.json', 'package.json: This is not a pcap or pcapng capture'],
    ['a missing file', 'no-such-file.pcap', 'cannot read "no-such-file.pcap" (ENOENT)'],
  ])('%s: one line on stderr, exit code 1, no stack trace', (_what, file, message) => {
    const result = run(['--pcap', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\bat \S+:\d+/);
  });

  it('a file name with control characters is not echoed raw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trace-'));
    const file = join(dir, 'bad\u001b[31m.pcap');
    writeFileSync(file, 'not a capture');
    const result = run(['--pcap', file]);
    rmSync(dir, { recursive: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad?[31m.pcap: This is not a pcap or pcapng capture');
    expect([...result.stderr].filter(isControlCharacter)).toEqual(['\n']);
  });

  it('--format svg prints one SVG document; a step past the end is refused with exit code 2', () => {
    const out = run(['close', '--format', 'svg', '--lang', 'zh', '--step', '4']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* xml:lang="zh-CN"/);
    expect(out.stdout).toContain('<title>四次挥手</title>');
    const past = run(['close', '--format', 'svg', '--step', '99']);
    expect(past.status).toBe(2);
    expect(past.stderr).toContain('--step 99 is past the end: close has');
  });
});
