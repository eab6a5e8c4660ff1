import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, TIME_WAIT_PRESETS } from '../../engine';
import { timerRuns } from '../../export/ladder/timerRuns';

const runs = (id: Parameters<typeof simulateScenario>[0], options = DEFAULT_OPTIONS) => timerRuns(simulateScenario(id, options));

describe('timer runs', () => {
  it('show the RTO backing off 1 s, 2 s, 4 s … while a SYN goes unanswered', () => {
    const client = runs('syn-flood').filter((run) => run.side === 'client' && run.timer === 'retransmit');
    expect(client.map((run) => run.durationMs)).toEqual([1000, 2000, 4000, 8000, 16_000]);
    expect(client.slice(0, -1).every((run) => run.outcome === 'fired')).toBe(true);
    // The run is cut off at 20 s with the last one still counting.
    expect(client.at(-1)).toMatchObject({ outcome: 'running', end: 20_000 });
  });

  it('stop the RTO when the acknowledgment arrives', () => {
    const first = runs('close').find((run) => run.side === 'client' && run.timer === 'retransmit');
    expect(first).toMatchObject({ start: 0, deadline: 1000, end: 200, outcome: 'stopped', durationMs: 1000 });
  });

  it('name whose 2MSL TIME-WAIT uses: Linux 60 s by default, the RFC’s 4 minutes, a classroom value', () => {
    const wait = (ms: number) => runs('close', { ...DEFAULT_OPTIONS, timeWaitMs: ms }).find((run) => run.timer === 'timeWait');
    expect(wait(TIME_WAIT_PRESETS.linux)).toMatchObject({ side: 'client', durationMs: 60_000, preset: 'linux', outcome: 'fired' });
    expect(wait(TIME_WAIT_PRESETS.rfc)?.preset).toBe('rfc');
    expect(wait(TIME_WAIT_PRESETS.classroom)?.preset).toBe('classroom');
    expect(wait(12_345)?.preset).toBeNull();
  });

  it('restart TIME-WAIT when the peer’s FIN comes again (§3.10.7.4)', () => {
    const waits = runs('last-ack-lost').filter((run) => run.timer === 'timeWait');
    expect(waits.map((run) => run.outcome)).toEqual(['restarted', 'fired']);
    expect(waits[1]?.start).toBe(waits[0]?.end);
  });
});
