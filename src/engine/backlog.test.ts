/**
 * listen()'s backlog as an option (issue 11 §2): it sizes the listener's queue; a scenario that
 * needs its own (syn-flood, RFC 4987) keeps it.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, OPTION_LIMITS, readWholeNumber } from './options';
import { SCENARIOS } from './scenarios';
import { simulate } from './simulate';

describe('the listen backlog option', () => {
  it('sizes the server listener; syn-flood keeps its backlog of 2 whatever the option', () => {
    const handshake = simulate(SCENARIOS.handshake, { ...DEFAULT_OPTIONS, backlog: 2 });
    expect(handshake.steps[0]?.after.server.backlog).toBe(2);
    const flood = simulate(SCENARIOS['syn-flood'], { ...DEFAULT_OPTIONS, backlog: 64 });
    expect(flood.steps[0]?.after.server.backlog).toBe(2);
  });

  it('a queue of one half-open connection from another host: the next forged SYN is dropped (listen-backlog-full)', () => {
    const flood = simulate(SCENARIOS['syn-flood'], DEFAULT_OPTIONS);
    const oneSlot = simulate({ ...SCENARIOS['syn-flood'], endpoints: { server: { backlog: 1 } } }, DEFAULT_OPTIONS);
    const full = (trace: typeof flood) => trace.steps.filter((s) => s.rule === 'listen-backlog-full').length;
    expect(full(oneSlot)).toBeGreaterThan(full(flood));
    expect(oneSlot.steps.filter((s) => s.rule === 'listen-syn-queued')).toHaveLength(1);
  });

  it('accepts 1 to 4096 (Linux caps listen() at net.core.somaxconn), nothing else', () => {
    expect(OPTION_LIMITS.backlog).toEqual({ min: 1, max: 4096 });
    expect(readWholeNumber('0', OPTION_LIMITS.backlog)).toEqual({ ok: false, problem: 'range' });
    expect(readWholeNumber('4097', OPTION_LIMITS.backlog)).toEqual({ ok: false, problem: 'range' });
    expect(readWholeNumber('128', OPTION_LIMITS.backlog)).toEqual({ ok: true, value: 128 });
  });
});
