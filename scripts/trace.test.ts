import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../src/engine';

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
});
